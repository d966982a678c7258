import type { Plan } from "../model/plan";

// A built-in plan can also be stored built (seeds/derived/<id>.json, written by
// scripts/derived.ts): what planFromSeed makes of its seed file, with a fingerprint of that seed.
// The seed file stays the source: a stored plan is read only when the seed it was built from is
// the one in the package (checked each time, in a millisecond or two), else the seed is built.

/**
 * A plan as stored built: `planFromSeed` of a seed file, and the {@link seedFingerprint} of that seed.
 *
 * @example
 * const stored = storePlan(planFromSeed(seed), seed);
 * restorePlan(stored, seed) // the plan, without validating it again
 */
export interface StoredPlan {
  /** The script that wrote it. */
  writtenBy: string;
  /** {@link seedFingerprint} of the seed file's content it was built from. */
  seed: string;
  /** The built plan. */
  plan: Plan;
}

/**
 * A fingerprint of a JSON value (a seed file's parsed content): two 32-bit FNV-1a hashes of its
 * JSON text with different offsets, in hex. It tells an edited seed file from the one a plan
 * was stored from (it is not meant to resist deliberate collisions).
 *
 * @example
 * seedFingerprint({ id: "x" }) === seedFingerprint({ id: "x" }) // true
 * seedFingerprint({ id: "x" }) === seedFingerprint({ id: "y" }) // false
 */
export function seedFingerprint(seed: unknown): string {
  const text = JSON.stringify(seed) ?? "";
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/**
 * The stored form of a plan built from a seed file's content (see {@link StoredPlan}).
 *
 * @example
 * JSON.stringify(storePlan(planFromSeed(seed), seed)) // what seeds/derived/<id>.json holds
 */
export function storePlan(plan: Plan, seed: unknown): StoredPlan {
  return { writtenBy: "scripts/derived.ts", seed: seedFingerprint(seed), plan };
}

/**
 * The plan a stored plan holds (a new copy each time, so the parsed file is never changed), or
 * `undefined` when it was built from another seed than `seed`.
 *
 * @example
 * restorePlan(stored, seed)?.id // "qd-06-2022"
 */
export function restorePlan(stored: StoredPlan, seed: unknown): Plan | undefined {
  return stored.seed === seedFingerprint(seed) ? (structuredClone(stored.plan) as Plan) : undefined;
}
