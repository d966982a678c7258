import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ABBREVIATIONS } from "../../src/text/abbreviations";
import { expandAgencyName, normalizeAgency } from "../../src/text/agency";
import { toNFC } from "../../src/text/fold";

// The expansion as it was written with one Unicode-aware pattern per abbreviation (the reference
// the substring search must agree with).
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERNS = ABBREVIATIONS.map(({ abbr, expansion }) => ({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(abbr)}(?![\\p{L}\\p{N}])`, "gu"), expansion }));
function expandByPatterns(name: string): string {
  let expanded = toNFC(name).trim().replace(/\s+/g, " ");
  for (const { pattern, expansion } of PATTERNS) expanded = expanded.replace(pattern, expansion);
  return expanded.replace(/\s*&\s*/g, " và ").replace(/\s+/g, " ");
}

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

  it("expands as one whole-word pattern per abbreviation would, in any text", () => {
    const piece = fc.constantFrom(
      ...ABBREVIATIONS.flatMap(({ abbr }) => [abbr, abbr.slice(0, -1)]),
      " ",
      "-",
      "&",
      "x",
      "Đ",
      "7",
      "٣",
      "\u{1D400}",
      "\u{1F600}",
      "\uDC00",
      "\uD835",
      "Sở ",
      "\u0301",
      "TP",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const name = pieces.join("");
        expect(expandAgencyName(name)).toBe(expandByPatterns(name));
      }),
      { numRuns: 3000 },
    );
    for (const name of ["TPTP", "TP TP", "UBND TP", "xTP", "TPx", "TP7", "\u{1D400}TP", "TP\u{1D400}", "\uDC00TP", "VP-UBND", "TTTTT"]) expect(expandAgencyName(name)).toBe(expandByPatterns(name));
  });
});
