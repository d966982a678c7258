import { describe, expect, it } from "vitest";
import { rootPlan } from "../../src/corpus/index";
import { buildReferenceIndex, isAnchor } from "../../src/match/target-index";
import { matchText } from "../../src/text/match-form";
import { crossWordPairs } from "../../src/text/segment";

const text = (s: string) => ({ words: s.split(" "), clauses: s.split(" ").map(() => 0) });

describe("crossWordPairs", () => {
  it("finds pairs formed across a word boundary, not the words around them", () => {
    const texts = [
      "xu ly vi pham",
      "quan ly dan cu",
      "quan ly nha nuoc",
      "xu ly ho so",
      "vi pham phap luat",
      "hanh vi trai phep",
      "quan ly dat dai",
      "xu ly tin",
      "vi pham quy dinh",
      "vi pham hanh chinh",
    ];
    const pairs = crossWordPairs(texts.map(text));
    expect(pairs.has("ly vi")).toBe(true);
    expect(pairs.has("xu ly")).toBe(false);
    expect(pairs.has("vi pham")).toBe(false);
  });

  it("never joins words of different clauses", () => {
    expect(crossWordPairs([{ words: ["a", "b"], clauses: [0, 1] }]).size).toBe(0);
  });
});

describe("anchors are lexical words (learnt from the corpus)", () => {
  const index = buildReferenceIndex(rootPlan);
  const pairsOf = (s: string) => {
    const t = matchText(s);
    return t.toned.slice(1).map((w, i) => `${t.toned[i]} ${w}`);
  };

  it("a pair straddling two words does not anchor a link", () => {
    // "sửa đổi | luật", "bổ sung | nghị định", "khai thác | dữ liệu", "đơn giản hóa | thủ tục"
    for (const [phrase, at] of [
      ["sửa đổi luật", 1],
      ["bổ sung nghị định", 1],
      ["khai thác dữ liệu", 1],
      ["đơn giản hóa thủ tục", 2],
    ] as const) {
      const straddling = pairsOf(phrase)[at]!;
      expect(isAnchor(index, "toned", straddling), straddling).toBe(false);
    }
  });

  it("a lexical word, or the name of a national database, still can", () => {
    expect(isAnchor(index, "toned", pairsOf("vi phạm")[0]!)).toBe(true);
    expect(isAnchor(index, "toned", pairsOf("dữ liệu thuế")[1]!)).toBe(true);
  });
});
