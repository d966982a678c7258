import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate";
import { rootPlan } from "../../src/corpus/index";
import { targetIndexFor } from "../../src/match/root-index";
import { createWordReader, matchText, matchWords, WordReader, writtenWords } from "../../src/text/match-form";
import { buildVocabulary } from "../../src/text/ocr";

// A word reader lends matchWords its scratch arrays (reused for every text): what a text gives
// must never depend on what the reader read before (a longer text's words left past the end).
describe("matchWords with a used reader", () => {
  const vocabulary = targetIndexFor(rootPlan, { reader: createWordReader() }).vocabulary;
  const generated = generateCorpus(6, 5, "novel").plans.flatMap((p) => p.tasks.map((t) => t.text));
  // short texts after long ones: a concept phrase cut at the end ("cổng dịch" after "cổng dịch vụ công"), an abbreviation, a repair
  const texts = [
    "Kết nối cơ sở dữ liệu quốc gia về dân cư với Cổng DVC quốc gia, TTHC trên ứng dụng VNeID",
    "Xây dựng cơ sở",
    "Tích hợp cổng dịch vụ công quốc gia",
    "Tích hợp cổng dịch",
    "Triển khai CSDLQG về DC, ket noi du lieu dan cu",
    "cơ sở dữ",
    "Nâng cấp hệ thống thông tin giải quyết TTHC cấp tỉnh",
    "TTHC",
    "quan ly dan cu tren ung dung vneid",
    "Hoàn thành số hoá hồ sơ, kết quả giải quyết TTHC theo Nghị định số 107/2021/NĐ-CP",
    "",
    "số",
    ...generated,
  ];

  it("reads each text as a fresh reader does, with and without a vocabulary", () => {
    const used = createWordReader();
    for (const round of [0, 1]) {
      for (const text of round ? [...texts].reverse() : texts) {
        for (const v of [undefined, vocabulary]) expect(matchText(text, v, used)).toEqual(matchText(text, v, createWordReader()));
        expect(writtenWords(text, used)).toEqual(writtenWords(text, createWordReader()));
      }
    }
  });

  it("returns arrays of the text's own (not the reader's scratch)", () => {
    const used = createWordReader();
    const first = matchWords(texts[0]!, vocabulary, used);
    const copy = { words: [...first.words], clauses: [...first.clauses] };
    matchWords(texts[2]!, vocabulary, used);
    expect({ words: first.words, clauses: first.clauses }).toEqual(copy);
  });
});

describe("WordReader.pairsByFirst", () => {
  it("holds exactly a vocabulary's content pairs (else its pairs), by first word", () => {
    const texts = [
      ["ket", "noi", "du", "lieu"],
      ["tai", "chinh", "", "tai", "khoan"],
      ["du", "lieu", "dan", "cu"],
    ];
    const base = buildVocabulary(texts);
    for (const vocabulary of [base, { ...base, contentPairs: new Set(["tai chinh", "can cuoc"]) }]) {
      const byFirst = new WordReader().pairsByFirst(vocabulary);
      const written = [...byFirst].flatMap(([first, seconds]) => [...seconds].map((second) => `${first} ${second}`));
      expect(new Set(written)).toEqual(new Set(vocabulary.contentPairs ?? vocabulary.pairs));
    }
  });
});
