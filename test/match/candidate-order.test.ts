import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CandidateOrder } from "../../src/match/candidate-order";

// scores from a few values (ties are the point), some NaN; id ranks with ties (a target repeating an id)
const scenario = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    scores: fc.array(fc.oneof(fc.constantFrom(0, 0.25, 0.5, 0.75, 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(Number.NaN)), { minLength: n, maxLength: n }),
    idRank: fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: n, maxLength: n }),
    candidates: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }),
    count: fc.integer({ min: 0, max: 6 }),
    atLeast: fc.constantFrom(0, 0.3, 0.5, 0.9),
    alsoAtLeast: fc.constantFrom(0, 0.4, 0.8),
    most: fc.constantFrom(1, 3, 8, Number.POSITIVE_INFINITY),
  }),
);

describe("CandidateOrder", () => {
  it("sorts by score descending, then id rank, then the order found (stable)", () => {
    const order = new CandidateOrder(Float64Array.of(0.2, 0.9, 0.9, 0.9), Int32Array.of(0, 2, 1, 1));
    expect(order.sorted([0, 3, 1, 2])).toEqual([3, 2, 1, 0]);
    expect(order.sorted([0, 1, 2, 3])).toEqual([2, 3, 1, 0]);
    expect(order.best([0, 3, 1, 2])).toBe(3);
  });

  it("picks the beginning of the sorted order: best is its first, top a prefix holding what it must (property)", () => {
    fc.assert(
      fc.property(scenario, ({ scores, idRank, candidates, count, atLeast, alsoAtLeast, most }) => {
        const order = new CandidateOrder(Float64Array.from(scores), Int32Array.from(idRank));
        const sorted = order.sorted(candidates);
        expect(order.best(candidates)).toBe(sorted[0]);
        const top = order.top(candidates, count, atLeast, alsoAtLeast, most);
        expect(top).toEqual(sorted.slice(0, top.length));
        if (scores.some((s) => Number.isNaN(s))) return;
        const reaching = candidates.filter((i) => scores[i]! >= atLeast && scores[i]! >= alsoAtLeast).length;
        expect(top.length).toBeGreaterThanOrEqual(Math.min(count, candidates.length));
        expect(top.length).toBeGreaterThanOrEqual(Math.min(reaching, most));
      }),
      { numRuns: 500 },
    );
  });
});
