import { z } from "zod";
import { PlanNotFoundError, PlanValidationError } from "../model/errors";
import { type Plan, type ReferencedPlan, ReferencedPlanSchema } from "../model/plan";
import { markValidated, validatePlan } from "../model/validate";
import { deepNFC, planFromSeed } from "./build";
import { SEED_PLANS, SEED_REFERENCES } from "./seeds";

/**
 * The built-in corpus: the national root `qd-06-2022` first, then the derived plans
 * `bac-giang-2022`, `hue-2022`, `ninh-hoa-2022`, `hcmc-2024`, `hue-2026`. Validated when loaded.
 *
 * @example
 * import { plans } from "dean06";
 * for (const plan of plans) console.log(plan.id, plan.tasks.length);
 */
export const plans: readonly Plan[] = Object.freeze(SEED_PLANS.map(({ file, data }) => planFromSeed(data, file)));
markValidated(plans);

/**
 * The national root, Quyết định 06/QĐ-TTg (06/01/2022): 52 tasks (Phụ lục II) and 25 essential
 * services (Phụ lục I).
 *
 * @example
 * rootPlan.tasks.length // 52
 */
export const rootPlan: Plan = plans[0]!;

/**
 * Documents plans derive from or cite whose text the corpus does not hold
 * (Khánh Hòa 1403/KH-UBND, Thừa Thiên Huế 80/KH-UBND, HCMC 922/KH-UBND, Chỉ thị 04/CT-TTg).
 *
 * @example
 * referencedPlans.map((r) => r.code) // ["1403/KH-UBND", "80/KH-UBND", "922/KH-UBND", "04/CT-TTg"]
 */
export const referencedPlans: readonly ReferencedPlan[] = Object.freeze(loadReferences());

function loadReferences(): ReferencedPlan[] {
  const parsed = z.array(ReferencedPlanSchema).safeParse(deepNFC(SEED_REFERENCES.data));
  if (!parsed.success) throw PlanValidationError.fromZod(SEED_REFERENCES.file, parsed.error);
  return parsed.data;
}

/**
 * The built-in plan with this id. Throws {@link PlanNotFoundError}, whose message lists the known
 * ids, when there is none.
 *
 * @example
 * getPlan("hue-2022").code // "2274/KH-UBND"
 */
export function getPlan(id: string): Plan {
  const plan = plans.find((p) => p.id === id);
  if (!plan) throw new PlanNotFoundError(id, plans.map((p) => p.id));
  return plan;
}

/**
 * A plan given as a {@link Plan} object or a built-in plan id, as every analysis function
 * accepts: an id must be known ({@link PlanNotFoundError}), an object must be a valid plan
 * ({@link PlanValidationError}, checked once per object).
 *
 * @example
 * resolvePlan("hue-2022") === getPlan("hue-2022") // true
 */
export function resolvePlan(planOrId: Plan | string): Plan {
  if (typeof planOrId === "string") return getPlan(planOrId);
  if (typeof planOrId !== "object" || planOrId === null) {
    throw new PlanValidationError("plan argument", [{ path: "", message: `expected a plan object or a plan id, got ${planOrId === null ? "null" : typeof planOrId}` }]);
  }
  return validatePlan(planOrId);
}
