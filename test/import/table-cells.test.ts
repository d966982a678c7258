import { describe, expect, it } from "vitest";
import { splitFlatRow, startsLikeDeadline } from "../../src/import/table-cells";
import { foldDiacritics } from "../../src/text/fold";

const KINDS = ["text", "lead", "coordinating", "product", "deadline"] as const;

describe("splitFlatRow", () => {
  // rows of hue-2026's flattened PDF table, with the lines as extraction breaks them
  const rows: [string[], string[]][] = [
    [
      ["Tham gia góp ý Luật sửa đổi Luật Cư trú Công an thành phố Văn phòng UBNDTP, Sở", "Tư pháp", "Văn bản tham gia", "góp ý Tháng 12/2026"],
      ["Tham gia góp ý Luật sửa đổi Luật Cư trú", "Công an thành phố", "Văn phòng UBNDTP, Sở Tư pháp", "Văn bản tham gia góp ý", "Tháng 12/2026"],
    ],
    [
      ["Xây dựng Đề án thí điểm trên địa bàn", "Sở Khoa học và", "Công nghệ", "Văn phòng UBNDTP, Sở", "Xây dựng, Công an thành phố", "Mô hình được triển khai", "Thực hiện thường xuyên"],
      ["Xây dựng Đề án thí điểm trên địa bàn", "Sở Khoa học và Công nghệ", "Văn phòng UBNDTP, Sở Xây dựng, Công an thành phố", "Mô hình được triển khai", "Thực hiện thường xuyên"],
    ],
  ];

  it.each(rows)("splits a row into its columns, with or without diacritics (%#)", (lines, cells) => {
    const read = (texts: string[]) =>
      splitFlatRow(
        texts.map((text, n) => ({ n, text })),
        KINDS,
      ).cells;
    expect(read(lines)).toEqual(cells);
    expect(read(lines.map(foldDiacritics))).toEqual(cells.map(foldDiacritics));
  });
});

describe("startsLikeDeadline", () => {
  it("reads the usual openings, and without diacritics asks the opening to read as a deadline", () => {
    for (const text of ["Tháng 12/2026", "Thực hiện thường xuyên", "Từ năm 2026", "Tu nam 2026", "Theo lo trinh cua cac bo", "Truoc ngay 30/6/2026"]) expect(startsLikeDeadline(text), text).toBe(true);
    // "Tu phap" is "Tư pháp", not "Từ …"
    for (const text of ["Tu phap Van ban tham gia gop y Thang 12/2026", "Văn bản góp ý", "Sở Tư pháp"]) expect(startsLikeDeadline(text), text).toBe(false);
  });
});
