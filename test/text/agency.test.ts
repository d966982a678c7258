import { describe, expect, it } from "vitest";
import { expandAgencyName, normalizeAgency } from "../../src/text/agency";

describe("normalizeAgency", () => {
  it("groups abbreviated and full spellings under one key", () => {
    const groups = [
      ["Công an TP", "Công an thành phố", "công an Thành phố"],
      ["Văn phòng UBNDTP", "Văn phòng Ủy ban nhân dân thành phố", "VP UBND thành phố", "Văn phòng Uỷ ban nhân dân TP"],
      ["Sở TT&TT", "Sở Thông tin và Truyền thông"],
      ["Phòng Văn hoá & Thông tin", "Phòng Văn hóa và Thông tin"],
      ["Văn phòng HĐND&UBND thành phố", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố"],
    ];
    for (const group of groups) {
      const keys = new Set(group.map((name) => normalizeAgency(name).key));
      expect(keys.size, group.join(" / ")).toBe(1);
    }
  });

  it("keeps different agencies apart", () => {
    expect(normalizeAgency("Công an thành phố").key).not.toBe(normalizeAgency("Công an tỉnh").key);
    expect(normalizeAgency("Sở Tư pháp").key).not.toBe(normalizeAgency("Sở Tài chính").key);
  });

  it("keeps the written name and gives a readable label", () => {
    const agency = normalizeAgency("  Công an   TP ");
    expect(agency.name).toBe("Công an TP");
    expect(agency.label).toBe("Công an thành phố");
    expect(expandAgencyName("Văn phòng UBNDTP")).toBe("Văn phòng Ủy ban nhân dân thành phố");
  });

  it("does not expand abbreviations inside words", () => {
    expect(expandAgencyName("Sở Tư pháp")).toBe("Sở Tư pháp");
  });
});
