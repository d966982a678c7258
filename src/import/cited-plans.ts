import { plans, referencedPlans } from "../corpus/index";
import { citedDocumentId } from "../lineage/ids";
import type { Citation, PlanId } from "../model/plan";
import { foldDiacritics, foldForMatch } from "../text/fold";

/** A document the corpus knows: a built-in plan or a referenced-only one. */
interface Known {
  id: PlanId;
  code: string;
  issuedOn: string | null;
}

const known = (): Known[] => [...plans.map((p) => ({ id: p.id, code: p.code, issuedOn: p.issuedOn })), ...referencedPlans.map((r) => ({ id: r.id, code: r.code, issuedOn: r.issuedOn }))];

const number = (code: string) => /^\d+/.exec(code)?.[0] ?? null;
const issuerCode = (code: string) => foldForMatch(code.split("-").at(-1) ?? "");
/** Central issuers' codes are unique by number and year, local ones ("KH-UBND") are not. */
const isCentral = (code: string) => /-(ttg|cp|qh\d*)$/.test(foldForMatch(code).replace(/ /g, "-"));

/**
 * The id of the corpus plan a citation names: same code (folded) and same date, or same code of a
 * central issuer (…-TTg, …-CP, …/QH15) when the citation gives no date; as a last resort, for OCR'd
 * codes ("06/0P-TTg"), the same number, issuer code and date. Null when the corpus does not know it.
 *
 * @example
 * knownPlanId({ kind: "Quyết định", code: "06/QĐ-TTg", date: "2022-01-06", issuer: null, ref: null }) // "qd-06-2022"
 */
export function knownPlanId(citation: Citation): PlanId | null {
  // "Đề án 06/CP": the scheme the national decision approves
  if (foldForMatch(citation.kind) === "de an" && /^0?6(?:\W*cp)?$/.test(foldForMatch(citation.code))) return nationalDecision();
  const code = foldForMatch(citation.code);
  for (const plan of known()) {
    if (foldForMatch(plan.code) !== code) continue;
    if (citation.date && plan.issuedOn === citation.date) return plan.id;
    if (!citation.date && isCentral(plan.code)) return plan.id;
  }
  if (citation.date) {
    for (const plan of known()) {
      if (plan.issuedOn === citation.date && number(plan.code) === number(citation.code) && issuerCode(plan.code) === issuerCode(citation.code)) {
        return plan.id;
      }
    }
  }
  return null;
}

/**
 * A stable id for a cited document the corpus does not know, the same as its node in lineage
 * graphs ({@link citedDocumentId}): the kind's prefix, the number and the year — "Kế hoạch số
 * 1403/KH-UBND ngày 18/02/2022" → "kh-1403-2022", "Nghị quyết số 98/2023/QH15" → "nq-98-2023".
 * Null for a blank number ("…/KH-UBND").
 *
 * @example
 * referencedPlanId({ kind: "Kế hoạch", code: "1403/KH-UBND", date: "2022-02-18", issuer: null, ref: null }) // "kh-1403-2022"
 */
export function referencedPlanId(citation: Citation): PlanId | null {
  if (!number(citation.code)) return null;
  const id = citedDocumentId(citation);
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : null;
}

/** The corpus id of Quyết định 06/QĐ-TTg, the national decision approving Đề án 06 (null if the corpus lacks it). */
const nationalDecision = (): PlanId | null => plans.find((p) => foldForMatch(p.code) === foldForMatch("06/QĐ-TTg"))?.id ?? null;

// How plans name the national scheme without citing it in full: "Đề án 06", "Đề án 06/CP",
// "Quyết định 06", "Quyết định số 06/QĐ-TTg" (not a local "Quyết định số 06/QĐ-UBND")
// named as what the plan implements ("Thực hiện Đề án 06 …"), not as the topic of a cited plan ("Kế hoạch số 95/KH-UBND … về thực hiện Đề án 06")
const NAMES_SCHEME =
  /(?:^|[;,.]\s*)(?:(?:de|nham) (?:tiep tuc )?(?:thuc hien|trien khai)|(?:tiep tuc )?(?:thuc hien|trien khai)|can cu)\s+(?:(?:noi dung|tinh than|yeu cau)\s+(?:cua\s+)?)?(?:de an\s+(?:so\s+)?0?6(?:\s*\/\s*cp)?|quyet dinh\s+(?:so\s+)?0?6(?:\s*\/\s*qd\s*-\s*ttg)?)(?![\w/])/;

/**
 * The corpus plans a text of grounds names the way plans name them rather than by a full
 * citation, as what it implements ("Thực hiện Đề án 06", "Căn cứ Đề án 06/CP", "Thực hiện Quyết
 * định 06"): the national decision, `qd-06-2022`. Not the topic of another cited plan ("Kế
 * hoạch số 95/KH-UBND … về thực hiện Đề án 06").
 *
 * @example
 * namedPlanIds("Thực hiện Đề án 06 của Chính phủ, UBND tỉnh ban hành …") // ["qd-06-2022"]
 * namedPlanIds("Căn cứ Quyết định số 06/QĐ-UBND của UBND tỉnh") // []
 */
export function namedPlanIds(text: string): PlanId[] {
  // folded with its punctuation kept: a clause opens after ";" or ","
  const id = NAMES_SCHEME.test(foldDiacritics(text).toLowerCase().replace(/\s+/g, " ")) ? nationalDecision() : null;
  return id ? [id] : [];
}
