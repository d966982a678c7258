import { describe, expect, it } from "vitest";
import { referenceCheck } from "../../bench/reference";
import { rewritePlan, TEXT_VARIANTS } from "../../scripts/variants";
import { plans } from "../../src/corpus/index";
import { breathe } from "../helpers";

// Slow (npm run test:slow): the fast path against the reference scorer, candidate by candidate,
// on every text variant of every built-in plan (test/match/rank.test.ts checks the plans as written).
describe("the linker's fast path (rank.ts)", () => {
  it("scores every candidate exactly as the reference scorer on the built-in plans re-written (without diacritics, OCR damage …: scripts/variants.ts)", async () => {
    for (const variant of TEXT_VARIANTS) {
      await breathe(); // one variant blocks for up to a minute under load
      const rewritten = plans.slice(1).map((plan) => rewritePlan(plan, variant));
      expect(referenceCheck(rewritten), variant.name).toBe(rewritten.reduce((n, p) => n + p.tasks.length, 0));
    }
  });
});
