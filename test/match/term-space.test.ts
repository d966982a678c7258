import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rootPlan } from "../../src/corpus/index";
import { targetIndexFor } from "../../src/match/root-index";
import { unseenPairWeight } from "../../src/match/target-index";
import { PairTable, TermSpace, UNSEEN_BOILERPLATE_PAIR, UNSEEN_PAIR } from "../../src/match/term-space";
import { BOILERPLATE_PAIRS } from "../../src/text/stopwords";
import { createWordReader } from "../../src/text/word-reader";

// A task's two-word terms the target lacks are told apart by their words' ids in a small table
// started afresh for each task; the target's own pairs keep the target's ids.

describe("PairTable", () => {
  it("finds what was set since it was last cleared, and nothing before, growing as pairs come (as a Map started afresh per task)", () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(fc.array(fc.array(pair, { maxLength: 300 }), { minLength: 1, maxLength: 6 }), (tasks) => {
        const pairs = new PairTable(4);
        for (const task of tasks) {
          pairs.clear();
          const expected = new Map<string, number>();
          task.forEach(([a, b], place) => {
            const key = `${a},${b}`;
            expect(pairs.get(a, b)).toBe(expected.get(key) ?? -1);
            if (!expected.has(key)) {
              expected.set(key, place);
              pairs.set(a, b, place);
            }
          });
          for (const [key, place] of expected) {
            const [a, b] = key.split(",").map(Number);
            expect(pairs.get(a!, b!)).toBe(place);
          }
        }
      }),
    );
  });
});

describe("TermSpace.pair", () => {
  const index = targetIndexFor(rootPlan, { reader: createWordReader() });
  const space = new TermSpace(index, "folded");
  const id = (word: string) => space.word(word);

  it("gives the target's id of a pair it has, and for one it lacks the weight unseenPairWeight gives", () => {
    space.startTask();
    const table = index.tables.forms.folded;
    const [knownKey, knownId] = [...table.pairs][0]!;
    const n = table.size;
    expect(space.pair(Math.floor(knownKey / n), knownKey % n, "", "")).toBe(knownId);
    for (const [a, b] of [
      ["zalo", "pay"],
      ["trien", "khai"],
      ["thuc", "hien"],
      ["dan", "cu"],
    ] as const) {
      const got = space.pair(id(a), id(b), a, b);
      if (got >= 0) continue; // a pair of the root's
      expect([UNSEEN_PAIR, UNSEEN_BOILERPLATE_PAIR]).toContain(got);
      expect(space.unseenPairWeight(got)).toBe(unseenPairWeight(index, "folded", a, b));
    }
    expect(space.unseenPairWeight(space.pair(id("zalo"), id("pay"), "zalo", "pay"))).toBe(index.unseenIdf);
    // the boilerplate pairs the root lacks: reduced, as unseenPairWeight reduces them
    const lacked = [...BOILERPLATE_PAIRS.folded].map((pair) => pair.split(" ") as [string, string]).filter(([a, b]) => !table.pairs.has(id(a) * n + id(b)) || id(a) >= n || id(b) >= n);
    expect(lacked.length).toBeGreaterThan(10);
    for (const [a, b] of lacked) {
      expect(space.pair(id(a), id(b), a, b)).toBe(UNSEEN_BOILERPLATE_PAIR);
      expect(space.unseenPairWeight(UNSEEN_BOILERPLATE_PAIR)).toBe(unseenPairWeight(index, "folded", a, b));
    }
    expect(space.unseenPairWeight(UNSEEN_BOILERPLATE_PAIR)).toBeLessThan(index.unseenIdf);
  });
});
