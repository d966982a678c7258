import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForMatch } from "../../src/text/fold";
import { termSpeller } from "../../src/text/surface";

describe("termSpeller", () => {
  it("spells a folded term as the text writes it, in lower case", () => {
    const spell = termSpeller("Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về Dân cư với VNeID");
    expect(spell("du lieu quoc")).toBe("dữ liệu quốc");
    expect(spell("dan cu")).toBe("dân cư");
    expect(spell("ket noi")).toBe("kết nối");
  });

  it("keeps a term the text does not hold word for word", () => {
    const spell = termSpeller("Cấp CCCD cho công dân");
    expect(spell("can cuoc cong dan")).toBe("can cuoc cong dan"); // an expanded abbreviation
    expect(spell("cong cap")).toBe("cong cap"); // not adjacent in this order
    expect(termSpeller("")("du lieu")).toBe("du lieu");
  });

  it("always gives a spelling whose matching form is the term (property)", () => {
    const syllable = fc.constantFrom("dữ", "liệu", "Dân", "cư", "ĐỊNH", "danh", "điện", "tử", "thuế", "thuê", "hoá", "hóa", "A1", "x");
    fc.assert(
      fc.property(fc.array(syllable, { maxLength: 12 }), fc.array(fc.constantFrom(" ", ", ", "; ", " (", ") "), { maxLength: 12 }), fc.nat(), fc.integer({ min: 1, max: 3 }), (words, gaps, start, length) => {
        const text = words.map((w, i) => w + (gaps[i] ?? " ")).join("");
        const folded = foldForMatch(text).split(" ").filter(Boolean);
        const from = folded.length ? start % folded.length : 0;
        const term = folded.slice(from, from + length).join(" ") || "x";
        expect(foldForMatch(termSpeller(text)(term))).toBe(term);
      }),
    );
  });
});
