import { extractCitations } from "../text/citations";
import { PLAN_DOCUMENT_KINDS } from "../text/document-kinds";
import { foldForMatch } from "../text/fold";
import type { Block } from "./body-blocks";
import { knownPlanId, namedPlanIds, referencedPlanId } from "./cited-plans";
import type { SourceLine } from "./source-lines";

// The plans a document says it implements: its grounds ("Căn cứ …", "Thực hiện …").

/**
 * Whether two document codes are the same (folded; a blank number "…/KH-UBND" as its rest).
 *
 * @example
 * sameCode("06/QĐ-TTg", "06/QD-TTG") // true
 */
export const sameCode = (a: string, b: string): boolean => foldForMatch(a).replace(/^…/, "") === foldForMatch(b).replace(/^…/, "");

/** How the paragraph naming the documents a plan implements opens (folded): "Thực hiện …", "Căn cứ …", "Để tiếp tục triển khai …". */
// (also "Theo Kế hoạch số …", "Trên cơ sở …", "Quán triệt …", and "Ngày 23/02/2023, Thủ tướng Chính phủ ban hành Chỉ thị số …")
const GROUNDS = /^(?:(?:de|nham) (?:tiep tuc )?(?:thuc hien|trien khai|quan triet)|(?:tiep tuc )?(?:thuc hien|trien khai|quan triet)|can cu|tren co so|theo (?!de nghi)|ngay \d{1,2}\b)/;

/**
 * The text of a preamble paragraph from its "Thực hiện …" / "Căn cứ …" on (the documents the plan
 * implements), or null when it names none. The words may open the paragraph, or one of its lines
 * when a text without blank lines runs the title into it ("… NĂM 2023" over "Thực hiện Quyết
 * định số 06/QĐ-TTg …"); with `afterFirstLine`, only there (the title's own block: "Thực hiện Đề
 * án 06 trên địa bàn …" names its subject, not its grounds).
 *
 * @example
 * const lines = toSourceLines("Thực hiện Kế hoạch số 80/KH-UBND …");
 * groundsOf(readBlocks(lines, 0, 1).blocks[0], lines) // "Thực hiện Kế hoạch số 80/KH-UBND …"
 */
export function groundsOf(block: Block, lines: readonly SourceLine[], afterFirstLine = false): string | null {
  if (!afterFirstLine && GROUNDS.test(foldForMatch(block.text))) return block.text;
  const start = block.lines.findIndex((n, k) => {
    const text = lines[n - 1]!.text.trim();
    return k > 0 && /^\p{Lu}/u.test(text) && GROUNDS.test(foldForMatch(text));
  });
  return start < 0
    ? null
    : block.lines
        .slice(start)
        .map((n) => lines[n - 1]!.text.trim())
        .join(" ");
}

/**
 * The parents a document's grounds name, in order and once each: the plans and decisions they
 * cite (the corpus id when known, else `<kind>-<number>-<year>`) and the scheme named as plans
 * name it ("Đề án 06", "Quyết định 06"); never the document's own code.
 *
 * @example
 * parentsNamed(["Thực hiện Đề án 06 và Kế hoạch số 1403/KH-UBND ngày 18/02/2022 của UBND tỉnh Khánh Hòa"], null)
 * // ["khanh-hoa-1403-2022", "qd-06-2022"]: cited documents first
 */
export function parentsNamed(grounds: readonly (string | null)[], ownCode: string | null): string[] {
  const parents: string[] = [];
  for (const text of grounds) {
    if (!text) continue;
    for (const cited of extractCitations(text)) {
      if (!PLAN_DOCUMENT_KINDS.includes(cited.kind) || (ownCode && sameCode(cited.code, ownCode))) continue;
      const id = knownPlanId(cited) ?? referencedPlanId(cited);
      if (id && !parents.includes(id)) parents.push(id);
    }
    for (const id of namedPlanIds(text)) if (!parents.includes(id)) parents.push(id);
  }
  return parents;
}
