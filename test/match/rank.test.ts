import { describe, expect, it } from "vitest";
import { plans } from "../../src/corpus/index";
import { referenceCheck } from "../../bench/reference";
import { generateCorpus } from "../../bench/generate";
import { rewritePlan, TEXT_VARIANTS } from "../../scripts/variants";

describe("the linker's fast path (rank.ts)", () => {
  it("scores every candidate exactly as the reference scorer (score.ts) does, component by component", () => {
    // throws, naming the task, where the two differ
    expect(referenceCheck(plans.slice(1))).toBe(plans.slice(1).reduce((n, p) => n + p.tasks.length, 0));
    const generated = generateCorpus(3).plans;
    expect(referenceCheck(generated)).toBe(generated.reduce((n, p) => n + p.tasks.length, 0));
  });

  it("does so on the built-in plans re-written (without diacritics, OCR damage …: scripts/variants.ts)", () => {
    for (const variant of TEXT_VARIANTS) {
      const rewritten = plans.slice(1).map((plan) => rewritePlan(plan, variant));
      expect(referenceCheck(rewritten), variant.name).toBe(rewritten.reduce((n, p) => n + p.tasks.length, 0));
    }
  });
});
