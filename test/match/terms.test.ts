import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharedRuns } from "../../src/match/terms";

const claused = (text: string) => {
  const words: string[] = [];
  const clauses: number[] = [];
  text.split(",").forEach((clause, i) => {
    for (const word of clause.trim().split(" ").filter(Boolean)) {
      words.push(word);
      clauses.push(i);
    }
  });
  return { words, clauses };
};

describe("sharedRuns", () => {
  it("finds the longest run the other text has in a row at each word, none inside another", () => {
    const a = claused("ket noi co so du lieu thue");
    const runs = sharedRuns(a, claused("co so du lieu quoc gia ve thue ket"));
    expect(runs.map(({ start, length }) => a.words.slice(start, start + length).join(" "))).toEqual(["ket", "co so du lieu", "thue"]);
  });

  it("keeps overlapping runs that reach further, and never runs across a clause in either text", () => {
    const a = claused("a b c d");
    expect(sharedRuns(a, claused("a b x b c d"))).toEqual([
      { start: 0, length: 2 },
      { start: 1, length: 3 },
    ]);
    expect(sharedRuns(a, claused("a b, c d"))).toEqual([
      { start: 0, length: 2 },
      { start: 2, length: 2 },
    ]);
    expect(sharedRuns(claused("a b, c d"), claused("a b c d"))).toEqual([
      { start: 0, length: 2 },
      { start: 2, length: 2 },
    ]);
    expect(sharedRuns(a, claused("x y"))).toEqual([]);
  });

  it("covers every word both texts use, each run held by both texts in a row (property)", () => {
    const text = fc.array(fc.constantFrom("a", "b", "c", "d", ","), { maxLength: 14 }).map((w) => claused(w.join(" ")));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const runs = sharedRuns(a, b);
        const joined = (t: typeof a, from: number, length: number) => t.words.slice(from, from + length).join(" ");
        for (const { start, length } of runs) {
          expect(new Set(a.clauses.slice(start, start + length)).size).toBe(1);
          const found = b.words.some((_, p) => joined(b, p, length) === joined(a, start, length) && new Set(b.clauses.slice(p, p + length)).size === 1);
          expect(found).toBe(true);
        }
        a.words.forEach((word, i) => {
          if (b.words.includes(word)) expect(runs.some(({ start, length }) => start <= i && i < start + length)).toBe(true);
        });
      }),
    );
  });
});
