import { parseDeadline } from "../deadline/parse";
import type { Agency } from "../model/agency";
import { PlanValidationError } from "../model/errors";
import { planIntegrityIssues } from "../model/integrity";
import { type Plan, PlanSchema } from "../model/plan";
import { type SeedPlan, SeedPlanSchema } from "../model/seed";
import { normalizeAgency } from "../text/agency";
import { toNFC } from "../text/fold";

/** Every string in a JSON-like value, NFC-normalised (keys included). */
export function deepNFC<T>(value: T): T {
  if (typeof value === "string") return toNFC(value) as T;
  if (Array.isArray(value)) return value.map(deepNFC) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [toNFC(k), deepNFC(v)])) as T;
  }
  return value;
}

/** The distinct agencies a plan names (lead and coordinating, of tasks and services), by first mention. */
export function collectAgencies(plan: Pick<Plan, "tasks" | "services">): Agency[] {
  const byName = new Map<string, Agency>();
  for (const item of [...plan.tasks, ...plan.services]) {
    for (const name of [...item.lead, ...item.coordinating]) {
      if (!byName.has(name)) byName.set(name, normalizeAgency(name));
    }
  }
  return [...byName.values()];
}

/**
 * Builds a validated {@link Plan} from a seed file's content: NFC text, task ids
 * `<planId>:<ref>`, deadlines parsed in the context of the plan's issue date, agency keys.
 * Throws {@link PlanValidationError} naming the bad fields.
 *
 * @example
 * const plan = planFromSeed(JSON.parse(readFileSync("seeds/plans/hue-2022.json", "utf8")));
 * plan.tasks[0]?.id           // "hue-2022:I.1"
 * plan.tasks[0]?.deadline.end // "2022-03-31" (Quý I năm 2022)
 */
export function planFromSeed(input: unknown, what = "seed plan"): Plan {
  const parsed = SeedPlanSchema.safeParse(deepNFC(input));
  if (!parsed.success) throw PlanValidationError.fromZod(what, parsed.error);
  const seed: SeedPlan = parsed.data;
  const context = { issuedOn: seed.issuedOn };
  const tasks = seed.tasks.map((task) => ({
    ...task,
    id: `${seed.id}:${task.ref}`,
    deadline: parseDeadline(task.deadline, context),
  }));
  const services = seed.services.map((service) => ({
    ...service,
    id: `${seed.id}:service:${service.ref}`,
    deadline: parseDeadline(service.deadline, context),
  }));
  const plan = {
    ...seed,
    source: { ...seed.source, method: "curated" as const },
    tasks,
    services,
    agencies: collectAgencies({ tasks, services }),
    warnings: [],
  };
  const checked = PlanSchema.safeParse(plan);
  if (!checked.success) throw PlanValidationError.fromZod(what, checked.error);
  const issues = planIntegrityIssues(checked.data);
  if (issues.length) throw new PlanValidationError(what, issues);
  return checked.data;
}
