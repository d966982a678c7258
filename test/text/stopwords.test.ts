import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOILERPLATE_PAIRS, BOILERPLATE_PHRASE_HEAD, BOILERPLATE_WORD, BOILERPLATE_WORDS, boilerplateRole, inBoilerplatePhrase, isBoilerplate, isBoilerplatePair } from "../../src/text/stopwords";
import { tonedForm } from "../../src/text/tone";

/** A word to try in a form: a boilerplate word, a word of a boilerplate phrase's pair, or any short word. */
const wordOf = (form: "toned" | "folded") =>
  fc.oneof(fc.constantFrom(...BOILERPLATE_WORDS[form], ...[...BOILERPLATE_PAIRS[form]].flatMap((p) => p.split(" "))), fc.stringMatching(/^[a-zđêôơư0-9]{1,6}$/));

describe("isBoilerplatePair", () => {
  it("says what isBoilerplate says of the written pair, for boilerplate words, their pairs and any others (property)", () => {
    for (const form of ["toned", "folded"] as const) {
      const word = wordOf(form);
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

describe("boilerplateRole", () => {
  it("tells isBoilerplatePair from the two words' roles and a phrase's pair, as isBoilerplate says of the written pair (property)", () => {
    for (const form of ["toned", "folded"] as const) {
      const word = wordOf(form);
      fc.assert(
        fc.property(word, word, (a, b) => {
          const [ra, rb] = [boilerplateRole(a, form), boilerplateRole(b, form)];
          const byRoles = (ra & BOILERPLATE_WORD && rb & BOILERPLATE_WORD) || (ra & BOILERPLATE_PHRASE_HEAD && inBoilerplatePhrase(a, b, form));
          expect(Boolean(byRoles)).toBe(isBoilerplate(`${a} ${b}`, form));
          expect(Boolean(ra & BOILERPLATE_WORD)).toBe(isBoilerplate(a, form));
        }),
        { numRuns: 2000 },
      );
      for (const pair of BOILERPLATE_PAIRS[form]) {
        const [a, b] = pair.split(" ") as [string, string];
        expect(boilerplateRole(a, form) & BOILERPLATE_PHRASE_HEAD).toBe(BOILERPLATE_PHRASE_HEAD);
        expect(inBoilerplatePhrase(a, b, form)).toBe(true);
      }
    }
    expect(boilerplateRole("vneid", "folded")).toBe(0);
  });
});
