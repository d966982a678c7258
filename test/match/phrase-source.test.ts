import { describe, expect, it } from "vitest";
import { getPlan, rootPlan } from "../../src/corpus/index";
import { MadePhrases, NO_PHRASES, OncePhrases, type PhraseSource } from "../../src/match/phrase-source";
import { Ranker } from "../../src/match/rank";
import { targetIndexFor } from "../../src/match/root-index";
import { SectorReader } from "../../src/match/sector";
import { createWordReader } from "../../src/text/word-reader";

describe("phrase sources", () => {
  it("a held task gives, read late, the phrases its candidates showed when it was ranked", () => {
    const reader = createWordReader();
    const ranker = new Ranker(targetIndexFor(rootPlan, { reader }), reader, new SectorReader());
    const tasks = getPlan("hue-2022").tasks.slice(0, 30);
    const held = tasks.map((task) => {
      const candidates = [...ranker.rank(ranker.prepare(task), null)].slice(0, 4);
      return { candidates, now: candidates.map((i) => ranker.evidencePhrases(i)), source: ranker.heldEvidence() };
    });
    // read after every task was ranked, last first
    for (const { candidates, now, source } of held.reverse()) expect(candidates.map((i) => source.phrases(i))).toEqual(now);
    expect(held.some(({ now }) => now.some((phrases) => phrases.length > 0))).toBe(true);
  });

  it("OncePhrases asks its source once, for its target; MadePhrases and NO_PHRASES give what they hold", () => {
    const asked: number[] = [];
    const source: PhraseSource = {
      phrases: (i) => {
        asked.push(i);
        return [[`t${i}`]];
      },
    };
    const once: PhraseSource = new OncePhrases(source, 7);
    expect(once.phrases(7)).toBe(once.phrases(7));
    expect(once.phrases(7)).toEqual([["t7"]]);
    expect(asked).toEqual([7]);
    const made = [["ket", "noi"]];
    const given: PhraseSource = new MadePhrases(made);
    expect(given.phrases(3)).toBe(made);
    expect(NO_PHRASES.phrases(3)).toEqual([]);
  });
});
