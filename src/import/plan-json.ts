import { PlanValidationError } from "../model/errors";
import type { Plan } from "../model/plan";
import { validatePlan } from "../model/validate";
import { cleanedMessage, cleanStrings } from "../text/input-clean";

/**
 * Reads a plan from its JSON text (as written by `JSON.stringify(plan)`), validated. Like the
 * text and CSV importers, it keeps text in NFC without control characters (see `cleanInput`): when
 * it removes any, a last warning in `plan.warnings` says how many. Throws
 * {@link PlanValidationError} for JSON that is not a valid plan (the message says which field),
 * including text that is not JSON at all and impossible dates ("2022-02-31").
 *
 * @example
 * planFromJSON(JSON.stringify(getPlan("hue-2022"))) // deep-equals getPlan("hue-2022")
 */
export function planFromJSON(json: string, what = "plan JSON"): Plan {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new PlanValidationError(what, [{ path: "", message: `not JSON: ${(error as Error).message}` }]);
  }
  const cleaned = cleanStrings(value);
  const message = cleanedMessage(cleaned);
  const plan = validatePlan(cleaned.value, what);
  return message ? validatePlan({ ...plan, warnings: [...plan.warnings, { line: null, message, text: "" }] }, what) : plan;
}
