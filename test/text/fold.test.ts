import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldDiacritics, foldForMatch, toNFC } from "../../src/text/fold";

describe("foldDiacritics", () => {
  it("removes tone and vowel marks and folds đ/Đ", () => {
    expect(foldDiacritics("Định danh điện tử")).toBe("Dinh danh dien tu");
    expect(foldDiacritics("Cơ sở dữ liệu quốc gia về dân cư")).toBe("Co so du lieu quoc gia ve dan cu");
    expect(foldDiacritics("ĐỒNG THÁP")).toBe("DONG THAP");
  });

  it("treats NFC and NFD input alike", () => {
    const nfc = "Thừa Thiên Huế, Ninh Hòa, Ủy ban";
    expect(foldDiacritics(nfc.normalize("NFD"))).toBe(foldDiacritics(nfc));
  });

  it("is idempotent and leaves no combining mark (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const once = foldDiacritics(s);
        expect(foldDiacritics(once)).toBe(once);
        expect(/[\u0300-\u036f]/.test(once)).toBe(false);
        expect(/[đĐ]/.test(once)).toBe(false);
      }),
    );
  });
});

describe("foldForMatch", () => {
  it("lower-cases, folds and collapses punctuation", () => {
    expect(foldForMatch("  Cổng Dịch vụ công quốc gia (DVCQG);  ")).toBe("cong dich vu cong quoc gia dvcqg");
    expect(foldForMatch("Uỷ ban") === foldForMatch("Ủy ban")).toBe(true);
  });

  it("yields only lower-case letters, digits and single spaces (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const folded = foldForMatch(s);
        expect(folded).toBe(folded.trim());
        expect(folded.includes("  ")).toBe(false);
        expect(/^[\p{L}\p{N} ]*$/u.test(folded)).toBe(true);
        expect(foldForMatch(folded)).toBe(folded);
      }),
    );
  });
});

describe("toNFC", () => {
  it("composes decomposed Vietnamese", () => {
    expect(toNFC("Ho\u0300a")).toBe("Hòa");
  });
});
