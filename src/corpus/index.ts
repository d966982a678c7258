/**
 * `dean06/corpus`: the built-in plans (the national root and five derived plans) and the documents
 * they cite whose text the corpus does not hold. Each plan is read on first use.
 *
 * @example
 * import { getPlan } from "dean06/corpus";
 * getPlan("hue-2022").tasks.length // 52
 *
 * @module dean06/corpus
 */
import { z } from "zod";
import { plans as SEED_PLANS, references as SEED_REFERENCES, type SeedFile } from "../../seeds/index.cjs";
import { PlanNotFoundError, PlanValidationError } from "../model/errors";
import { type Plan, PlanSchema, type ReferencedPlan, ReferencedPlanSchema } from "../model/plan";
import { markValidated, validatePlan } from "../model/validate";
import { deepNFC, planFromSeed } from "./build";
import { lazyRecord } from "./lazy";
import { restorePlan, type StoredPlan } from "./stored";

export { planFromSeed } from "./build";

// Nothing is read or validated at import: each plan is built (read, NFC, deadlines parsed,
// validated) the first time one of its fields is read, and the referenced documents on first use.
// The national root is also stored built (seeds/derived, see stored.ts, checked by the tests to
// be what its seed file makes), which saves validating it again in every process.
const PLAN_KEYS = Object.keys(PlanSchema.shape);
const REFERENCE_KEYS = Object.keys(ReferencedPlanSchema.shape);

function buildPlan(seed: SeedFile): Plan {
  // stored built (the national root): read as built, checked by the tests to be what the seed makes
  const plan = seed.built ? restorePlan(seed.built.load() as StoredPlan) : planFromSeed(seed.load(), seed.file);
  if (plan.id !== seed.id) throw new PlanValidationError(seed.file, [{ path: "id", message: `expected "${seed.id}" (the file's name), got "${plan.id}"` }]);
  return plan;
}

/**
 * The built-in corpus: the national root `qd-06-2022` first, then the derived plans
 * `bac-giang-2022`, `hue-2022`, `ninh-hoa-2022`, `hcmc-2024`, `hue-2026`. Each plan is read and
 * validated the first time one of its fields is read (importing dean06 reads nothing).
 *
 * @example
 * import { plans } from "dean06";
 * for (const plan of plans) console.log(plan.id, plan.tasks.length);
 */
export const plans: readonly Plan[] = Object.freeze(SEED_PLANS.map((seed) => lazyRecord(PLAN_KEYS, () => buildPlan(seed))));
markValidated(plans);

/**
 * The national root, Quyết định 06/QĐ-TTg (06/01/2022): 52 tasks (Phụ lục II) and 25 essential
 * services (Phụ lục I).
 *
 * @example
 * rootPlan.tasks.length // 52
 */
export const rootPlan: Plan = plans[0]!;

let references: readonly ReferencedPlan[] | undefined;
function loadReferences(): readonly ReferencedPlan[] {
  if (references) return references;
  const parsed = z.array(ReferencedPlanSchema).safeParse(deepNFC(SEED_REFERENCES.load()));
  if (!parsed.success) throw PlanValidationError.fromZod(SEED_REFERENCES.file, parsed.error);
  references = parsed.data;
  return references;
}

/**
 * Documents plans derive from or cite whose text the corpus does not hold
 * (Khánh Hòa 1403/KH-UBND, Thừa Thiên Huế 80/KH-UBND, HCMC 922/KH-UBND, Chỉ thị 04/CT-TTg).
 *
 * @example
 * referencedPlans.map((r) => r.code) // ["1403/KH-UBND", "80/KH-UBND", "922/KH-UBND", "04/CT-TTg"]
 */
export const referencedPlans: readonly ReferencedPlan[] = Object.freeze(SEED_REFERENCES.ids.map((id, i) => lazyRecord(REFERENCE_KEYS, () => referenceAt(id, i))));

function referenceAt(id: string, index: number): ReferencedPlan {
  const reference = loadReferences()[index];
  if (reference?.id !== id || loadReferences().length !== SEED_REFERENCES.ids.length) {
    throw new PlanValidationError(SEED_REFERENCES.file, [{ path: `[${index}].id`, message: `expected the documents ${SEED_REFERENCES.ids.join(", ")} in this order` }]);
  }
  return reference;
}

/**
 * The built-in plan with this id. Throws {@link PlanNotFoundError}, whose message lists the known
 * ids, when there is none.
 *
 * @example
 * getPlan("hue-2022").code // "2274/KH-UBND"
 */
export function getPlan(id: string): Plan {
  const index = SEED_PLANS.findIndex((seed) => seed.id === id);
  if (index < 0)
    throw new PlanNotFoundError(
      id,
      SEED_PLANS.map((seed) => seed.id),
    );
  return plans[index]!;
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
