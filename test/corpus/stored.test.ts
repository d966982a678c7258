import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { storedPlanTexts } from "../../scripts/derived";
import { plans as SEED_PLANS } from "../../seeds/index.cjs";
import { planFromSeed } from "../../src/corpus/build";
import { rootPlan } from "../../src/corpus/index";
import { restorePlan, type StoredPlan, seedFingerprint, storePlan } from "../../src/corpus/stored";

const REGENERATE = "a plan stored in seeds/derived is out of date: run npx tsx scripts/derived.ts";
const stored = SEED_PLANS.filter((seed) => seed.built);

describe("plans stored built", () => {
  it("are the national root's, and what planFromSeed makes of their seed files now, written the same", () => {
    expect(stored.map((seed) => seed.id)).toEqual(["qd-06-2022"]);
    for (const { file, text } of storedPlanTexts()) expect(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8") === text, `${file}: ${REGENERATE}`).toBe(true);
  });

  it("read back as the plan built from the seed, a new copy each time", () => {
    for (const seed of stored) {
      const file = seed.built!.load() as StoredPlan;
      const restored = restorePlan(file, seed.load());
      expect(JSON.stringify(restored)).toBe(JSON.stringify(planFromSeed(seed.load(), seed.file)));
      expect(restorePlan(file, seed.load())).not.toBe(restored);
      expect(restorePlan(file, seed.load())!.tasks).not.toBe(file.plan.tasks);
    }
    expect(JSON.stringify(rootPlan)).toBe(JSON.stringify(planFromSeed(stored[0]!.load(), stored[0]!.file)));
  });

  it("are not read when the seed file is not the one they were built from", () => {
    const seed = stored[0]!;
    const edited = structuredClone(seed.load()) as { tasks: { text: string }[] };
    edited.tasks[0]!.text += " ";
    expect(restorePlan(seed.built!.load() as StoredPlan, edited)).toBeUndefined();
    const plan = planFromSeed(seed.load(), seed.file);
    expect(restorePlan(storePlan(plan, edited), edited)).toEqual(plan);
  });

  it("are fingerprinted by the seed's JSON text", () => {
    expect(seedFingerprint({ a: [1, "ă"] })).toMatch(/^[0-9a-f]{16}$/);
    expect(seedFingerprint({ a: [1, "ă"] })).toBe(seedFingerprint(JSON.parse('{"a":[1,"ă"]}')));
    expect(new Set(["a", "b", "ab", "ba", "", { a: 1 }, { a: 2 }].map(seedFingerprint)).size).toBe(7);
  });
});
