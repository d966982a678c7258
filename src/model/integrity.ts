import { z } from "zod";
import type { ValidationIssue } from "./errors";
import type { Plan } from "./plan";

/** The shape the integrity checks read: a value without it gets the schema's issues, not a TypeError. */
const CheckedShape = z.object({
  id: z.string(),
  parents: z.array(z.string()),
  sections: z.array(z.object({ ref: z.string() })),
  tasks: z.array(z.object({ id: z.string(), ref: z.string(), section: z.string() })),
  services: z.array(z.object({ ref: z.string() })),
});

const pathOf = (path: readonly PropertyKey[]) => path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join("");

/**
 * Checks what a schema cannot: task and service refs unique, every task's section declared,
 * task ids matching `<planId>:<ref>`, and the plan not its own parent. A value without the fields
 * these checks read (not a plan at all) gets the schema's issues for them instead.
 *
 * @example
 * planIntegrityIssues(getPlan("hue-2022")) // []
 */
export function planIntegrityIssues(plan: Pick<Plan, "id" | "parents" | "sections" | "tasks" | "services">): ValidationIssue[] {
  const shape = CheckedShape.safeParse(plan);
  if (!shape.success) return shape.error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message }));
  return integrityIssuesOf(plan);
}

/**
 * {@link planIntegrityIssues} of a value known to have the fields these checks read (one the plan
 * schema accepts): the checks alone.
 *
 * @example
 * integrityIssuesOf(PlanSchema.parse(value)) // [] for a consistent plan
 */
export function integrityIssuesOf(plan: Pick<Plan, "id" | "parents" | "sections" | "tasks" | "services">): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sections = new Set(plan.sections.map((s) => s.ref));
  const seen = new Set<string>();
  plan.tasks.forEach((task, i) => {
    if (seen.has(task.ref)) issues.push({ path: `tasks[${i}].ref`, message: `duplicate task ref "${task.ref}"` });
    seen.add(task.ref);
    if (task.id !== `${plan.id}:${task.ref}`) {
      issues.push({ path: `tasks[${i}].id`, message: `task id "${task.id}" should be "${plan.id}:${task.ref}"` });
    }
    if (!sections.has(task.section)) {
      issues.push({ path: `tasks[${i}].section`, message: `section "${task.section}" is not in the plan's sections` });
    }
  });
  const services = new Set<string>();
  plan.services.forEach((service, i) => {
    if (services.has(service.ref)) issues.push({ path: `services[${i}].ref`, message: `duplicate service ref "${service.ref}"` });
    services.add(service.ref);
  });
  if (plan.parents.includes(plan.id)) issues.push({ path: "parents", message: `plan "${plan.id}" lists itself as parent` });
  return issues;
}
