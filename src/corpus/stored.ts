import type { Plan } from "../model/plan";

// A built-in plan can also be stored built (seeds/derived/<id>.json, written by
// scripts/derived.ts): what planFromSeed makes of its seed file, so that a process need not read,
// parse and validate the seed again. The seed file stays the source: test/corpus/stored.test.ts
// checks that the stored plan is what planFromSeed makes of it now (as the word-boundary snapshot
// is checked), and scripts/derived.ts writes it again.

/**
 * A plan as stored built: `planFromSeed` of a seed file, and the SHA-256 of that file.
 *
 * @example
 * const stored: StoredPlan = { writtenBy: "scripts/derived.ts", inputs: sha256, plan: planFromSeed(seed) };
 * restorePlan(stored).id // the plan's id, without validating it again
 */
export interface StoredPlan {
  /** The script that wrote it. */
  writtenBy: string;
  /** SHA-256 (hex) of the seed file it was built from. */
  inputs: string;
  /** The built plan. */
  plan: Plan;
}

/**
 * The plan a stored plan holds: a new copy each time, so the parsed file (which `require` keeps)
 * is never changed.
 *
 * @example
 * restorePlan(plans[0].built.load()).id // "qd-06-2022"
 */
export function restorePlan(stored: StoredPlan): Plan {
  return structuredClone(stored.plan);
}
