import { describe, expect, it } from "vitest";
import { extractCitations } from "../../src/text/citations";

describe("extractCitations", () => {
  it("reads kind, code, date and issuer as written", () => {
    expect(extractCitations("Thực hiện Kế hoạch số 1403/KH-UBND ngày 18/02/2022 của UBND tỉnh Khánh Hòa về triển khai Đề án 06")).toEqual([
      { kind: "Kế hoạch", code: "1403/KH-UBND", date: "2022-02-18", issuer: "UBND tỉnh Khánh Hòa", ref: null },
    ]);
    expect(extractCitations("Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án")).toEqual([
      { kind: "Quyết định", code: "06/QĐ-TTg", date: "2022-01-06", issuer: "Thủ tướng Chính phủ", ref: null },
    ]);
  });

  it("reads codes with a year, without 'số', with spaces around the slash, and party-style codes", () => {
    const cites = extractCitations("theo Nghị quyết số 98/2023/QH15 của Quốc hội; Quyết định 422/QĐ-TTg ngày 04/4/2022; Kèm theo Kế hoạch số 2274 /KH-UBND; Kế hoạch 02-KH/BCĐTW, Nghị quyết 71/NQ-CP");
    expect(cites.map((c) => [c.kind, c.code, c.date, c.issuer])).toEqual([
      ["Nghị quyết", "98/2023/QH15", null, "Quốc hội"],
      ["Quyết định", "422/QĐ-TTg", "2022-04-04", null],
      ["Kế hoạch", "2274/KH-UBND", null, null],
      ["Kế hoạch", "02-KH/BCĐTW", null, null],
      ["Nghị quyết", "71/NQ-CP", null, null],
    ]);
  });

  it("keeps each code once, filling a date given at a later mention", () => {
    const cites = extractCitations("Quyết định số 1911/QĐ-TTg … theo Quyết định số 1911/QĐ-TTg ngày 15 tháng 11 năm 2021 của Thủ tướng Chính phủ");
    expect(cites).toEqual([{ kind: "Quyết định", code: "1911/QĐ-TTg", date: "2021-11-15", issuer: "Thủ tướng Chính phủ", ref: null }]);
  });

  it("reads a blank number left for the signature and text without diacritics (OCR)", () => {
    expect(extractCitations("(Ban hành kèm theo Kế hoạch số     /KH-UBND ngày     tháng 3 năm 2024)")[0]).toMatchObject({ code: "…/KH-UBND", date: null });
    expect(extractCitations("Thuc hién Quyét dinh sé6 06/QD-TTg ngay 06/01/2022 cua Thu tudng")[0]).toMatchObject({ kind: "Quyết định", code: "06/QD-TTg", date: "2022-01-06" });
  });

  it("gives no citation for numbers that are not document codes", () => {
    expect(extractCitations("100% hồ sơ; tháng 6/2022; 220/380V; số 9")).toEqual([]);
    expect(extractCitations("")).toEqual([]);
  });
});
