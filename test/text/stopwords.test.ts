import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOILERPLATE_PAIRS, BOILERPLATE_WORDS, isBoilerplate, isBoilerplatePair, startsBoilerplatePair } from "../../src/text/stopwords";
import { tonedForm } from "../../src/text/tone";

describe("isBoilerplatePair", () => {
  it("says what isBoilerplate says of the written pair, for boilerplate words, their pairs and any others (property)", () => {
    for (const form of ["toned", "folded"] as const) {
      const known = [...BOILERPLATE_WORDS[form], ...[...BOILERPLATE_PAIRS[form]].flatMap((p) => p.split(" "))];
      const word = fc.oneof(fc.constantFrom(...known), fc.stringMatching(/^[a-zđêôơư0-9]{1,6}$/));
      fc.assert(
        fc.property(word, word, (a, b) => {
          expect(isBoilerplatePair(a, b, form)).toBe(isBoilerplate(`${a} ${b}`, form));
        }),
        { numRuns: 2000 },
      );
      for (const pair of BOILERPLATE_PAIRS[form]) {
        const [a, b] = pair.split(" ") as [string, string];
        expect(isBoilerplatePair(a, b, form)).toBe(true);
      }
    }
    expect(isBoilerplatePair(tonedForm("triển"), tonedForm("khai"), "toned")).toBe(true);
    expect(isBoilerplatePair(tonedForm("bảo"), tonedForm("hiểm"), "toned")).toBe(false);
  });
});

describe("startsBoilerplatePair", () => {
  it("is true of the first word of every boilerplate pair, and false only of words that start none (property)", () => {
    for (const form of ["toned", "folded"] as const) {
      const known = [...BOILERPLATE_WORDS[form], ...[...BOILERPLATE_PAIRS[form]].flatMap((p) => p.split(" "))];
      const word = fc.oneof(fc.constantFrom(...known), fc.stringMatching(/^[a-zđêôơư0-9]{1,6}$/));
      fc.assert(
        fc.property(word, word, (a, b) => {
          if (!startsBoilerplatePair(a, form)) expect(isBoilerplate(`${a} ${b}`, form)).toBe(false);
        }),
        { numRuns: 2000 },
      );
      for (const pair of BOILERPLATE_PAIRS[form]) expect(startsBoilerplatePair(pair.split(" ")[0]!, form)).toBe(true);
    }
    expect(startsBoilerplatePair("vneid", "folded")).toBe(false);
  });
});
