import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seedInputs, storedPlanTexts } from "../../scripts/derived";
import { plans as SEED_PLANS } from "../../seeds/index.cjs";
import { planFromSeed } from "../../src/corpus/build";
import { rootPlan } from "../../src/corpus/index";
import { restorePlan, type StoredPlan } from "../../src/corpus/stored";

const REGENERATE = "a plan stored in seeds/derived is out of date: run npx tsx scripts/derived.ts";
const stored = SEED_PLANS.filter((seed) => seed.built);

describe("plans stored built", () => {
  it("are the national root's, built from its seed file as it is", () => {
    expect(stored.map((seed) => seed.id)).toEqual(["qd-06-2022"]);
    for (const seed of stored) expect((seed.built!.load() as StoredPlan).inputs, `${seed.built!.file}: ${REGENERATE}`).toBe(seedInputs(seed.file));
  });

  it("are what planFromSeed makes of their seed files now, written the same", () => {
    for (const { file, text } of storedPlanTexts()) expect(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8") === text, `${file}: ${REGENERATE}`).toBe(true);
  });

  it("read back as the plan built from the seed, a new copy each time", () => {
    for (const seed of stored) {
      const file = seed.built!.load() as StoredPlan;
      const restored = restorePlan(file);
      expect(JSON.stringify(restored)).toBe(JSON.stringify(planFromSeed(seed.load(), seed.file)));
      expect(restorePlan(file)).not.toBe(restored);
      expect(restorePlan(file).tasks).not.toBe(file.plan.tasks);
    }
    expect(JSON.stringify(rootPlan)).toBe(JSON.stringify(planFromSeed(stored[0]!.load(), stored[0]!.file)));
  });
});
