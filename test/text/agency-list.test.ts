import { describe, expect, it } from "vitest";
import { readAgencyList, readAgencyPrefix, splitAgencies, startsWithAgency } from "../../src/text/agency-list";
import { foldDiacritics } from "../../src/text/fold";

describe("readAgencyList", () => {
  const lists: [string, string[]][] = [
    ["Công an thành phố, Sở Tư pháp và các sở, ngành liên quan", ["Công an thành phố", "Sở Tư pháp", "các sở, ngành liên quan"]],
    ["Các sở, ban, ngành, UBND quận, huyện, thành phố Thủ Đức", ["Các sở, ban, ngành", "UBND quận, huyện, thành phố Thủ Đức"]],
    ["Văn phòng HĐND và UBND thị xã, Phòng Văn hóa và Thông tin", ["Văn phòng HĐND và UBND thị xã", "Phòng Văn hóa và Thông tin"]],
    ["Bộ Lao động – Thương binh và Xã hội, Bộ Thông tin và Truyền thông", ["Bộ Lao động – Thương binh và Xã hội", "Bộ Thông tin và Truyền thông"]],
    ["Sở Thông tin và Truyền thông và địa phương", ["Sở Thông tin và Truyền thông", "địa phương"]],
    ["Ngân hàng Nhà nước Khu vực 9", ["Ngân hàng Nhà nước Khu vực 9"]],
    ["Chi Cục thi hành án dân sự thành phố và các đơn vị liên quan", ["Chi Cục thi hành án dân sự thành phố", "các đơn vị liên quan"]],
    ["các tổ chức chính trị - xã hội, các cơ quan Đảng trên địa bàn", ["các tổ chức chính trị - xã hội", "các cơ quan Đảng trên địa bàn"]],
    ["Uỷ ban nhân dân cấp huyện, cấp xã", ["Uỷ ban nhân dân cấp huyện, cấp xã"]],
    ["Thanh tra", ["Thanh tra"]],
  ];
  it.each(lists)("reads %j as agencies", (text, entries) => {
    expect(readAgencyList(text)).toEqual({ ok: true, entries });
  });

  it.each(lists)("reads %j the same written without diacritics", (text, entries) => {
    // "thì" folds to "thi" as "thị xã" and "Thi hành án" do: not a word that ends a name there
    expect(readAgencyList(foldDiacritics(text))).toEqual({ ok: true, entries: entries.map(foldDiacritics) });
  });

  it.each(["Văn bản tham gia góp ý", "Ban hành Quy chế làm việc", "Hội nghị", "Bộ trường thông tin dữ liệu gốc", "Công an thành phố Văn phòng UBNDTP", "Sở Tư pháp Sửa đổi văn bản pháp lý", ""])(
    "does not read %j as an agency list",
    (text) => {
      expect(readAgencyList(text).ok).toBe(false);
    },
  );

  it("reads the agencies that open a sentence and returns the rest", () => {
    expect(readAgencyPrefix("Công an tỉnh, các sở, ngành liên quan tham mưu cho Chủ tịch UBND tỉnh")).toEqual({
      entries: ["Công an tỉnh", "các sở, ngành liên quan"],
      rest: "tham mưu cho Chủ tịch UBND tỉnh",
    });
    expect(readAgencyPrefix("Kết nối dữ liệu").entries).toEqual([]);
  });

  it("splits cells by lines, semicolons, the grammar, else keeps them whole", () => {
    expect(splitAgencies("Bộ Công an\nVăn phòng Chính phủ")).toEqual(["Bộ Công an", "Văn phòng Chính phủ"]);
    expect(splitAgencies("Các sở, ngành, UBND các địa phương\n")).toEqual(["Các sở, ngành, UBND các địa phương"]);
    expect(splitAgencies("Công an Thành phố; Ủy ban nhân dân cấp huyện, cấp xã")).toEqual(["Công an Thành phố", "Ủy ban nhân dân cấp huyện, cấp xã"]);
    expect(splitAgencies("Tài nguyên và Môi trường, Sở Thông tin và Truyền thông")).toEqual(["Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông"]);
    expect(splitAgencies("  ")).toEqual([]);
    expect(startsWithAgency("Sở Tư pháp Sửa đổi")).toBe(true);
    expect(startsWithAgency("Số hóa hồ sơ")).toBe(false);
  });

  it("reads text without diacritics (OCR) on folded words", () => {
    expect(readAgencyList("Cong an tinh, cac so, nganh lien quan")).toEqual({ ok: true, entries: ["Cong an tinh", "cac so, nganh lien quan"] });
  });
});
