import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IntSet } from "../../src/match/int-set";

describe("IntSet", () => {
  it("holds what a Set of the same 32-bit integers holds, through adds, removals and clears (property)", () => {
    const op = fc.oneof(
      { arbitrary: fc.record({ kind: fc.constant("add" as const), key: fc.integer({ min: -40, max: 40 }) }), weight: 10 },
      { arbitrary: fc.record({ kind: fc.constant("add" as const), key: fc.integer() }), weight: 10 },
      { arbitrary: fc.record({ kind: fc.constant("delete" as const), key: fc.integer({ min: -40, max: 40 }) }), weight: 8 },
      { arbitrary: fc.record({ kind: fc.constant("clear" as const), key: fc.constant(0) }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
        const set = new IntSet();
        const reference = new Set<number>();
        for (const { kind, key } of ops) {
          if (kind === "add") {
            set.add(key);
            reference.add(key);
          } else if (kind === "delete") {
            set.delete(key);
            reference.delete(key);
          } else {
            set.clear();
            reference.clear();
          }
          expect(set.size).toBe(reference.size);
        }
        for (let key = -41; key <= 41; key++) expect(set.has(key)).toBe(reference.has(key));
        for (const key of reference) expect(set.has(key)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("holds a number as its 32-bit integer", () => {
    const set = new IntSet();
    set.add(0x811c9dc5);
    expect(set.has(0x811c9dc5)).toBe(true);
    expect(set.has(0x811c9dc5 | 0)).toBe(true);
  });
});
