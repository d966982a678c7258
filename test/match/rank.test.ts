import { describe, expect, it } from "vitest";
import { plans } from "../../src/corpus/index";
import { referenceCheck } from "../../bench/reference";
import { generateCorpus } from "../../bench/generate";

describe("the linker's fast path (rank.ts)", () => {
  it("scores every candidate exactly as the reference scorer (score.ts) does, component by component", () => {
    // throws, naming the task, where the two differ
    expect(referenceCheck(plans.slice(1))).toBe(plans.slice(1).reduce((n, p) => n + p.tasks.length, 0));
    const generated = generateCorpus(3).plans;
    expect(referenceCheck(generated)).toBe(generated.reduce((n, p) => n + p.tasks.length, 0));
  });
});
