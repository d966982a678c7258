import type { ValidationIssue } from "./errors";
import type { Plan } from "./plan";

/**
 * Checks what a schema cannot: task and service refs unique, every task's section declared,
 * task ids matching `<planId>:<ref>`, and the plan not its own parent.
 *
 * @example
 * planIntegrityIssues(getPlan("hue-2022")) // []
 */
export function planIntegrityIssues(plan: Pick<Plan, "id" | "parents" | "sections" | "tasks" | "services">): ValidationIssue[] {
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
