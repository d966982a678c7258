import { foldWithOrigin, originalSlice } from "../deadline/scan";
import type { Citation } from "../model/plan";
import { readAgencyPrefix } from "./agency-list";
import { DOCUMENT_KINDS } from "./document-kinds";
import { foldForMatch, toNFC } from "./fold";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const KIND_NAMES = DOCUMENT_KINDS.map((k) => ({ name: k.name, folded: foldForMatch(k.name) }));
const KIND = KIND_NAMES.map((k) => escapeRegExp(k.folded).replace(/ /g, "\\s+")).join("|");

// Number codes: "06/QĐ-TTg", "98/2023/QH15", "1552/BTTTT-THH", "02-KH/BCĐTW"; a blank number
// ("Kế hoạch số     /KH-UBND", left for the signature date) only after "số".
const CODE = String.raw`(\d{1,5}\s*(?:\/\s*\d{4}\s*)?\/\s*[a-z0-9&]+(?:\s*-\s*[a-z0-9&]+)*|\d{1,5}-[a-z]+\/[a-z0-9&]+)`;
const BLANK_CODE = String.raw`(\/\s*[a-z]{2,}(?:-[a-z0-9&]+)+)`;
const CITATION = new RegExp(String.raw`(?<![a-z])(${KIND})\s+(?:s\S{0,2}\s*:?\s*)?(?:(?:${KIND})\s+(?:so\s*)?)?(?:${CODE}|(?<=so\s+)${BLANK_CODE})`, "g");
const DATE_NUMERIC = /^\s*,?\s*(?:ban hanh\s+)?ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const DATE_WORDS = /^\s*,?\s*(?:ban hanh\s+)?ngay\s*(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+n\S{1,2}m\s+(\d{4})/;
const OF = /^\s*,?\s*(?:cua|do)\s+/;

/**
 * An ISO date from day, month, year, or null when there is no such day.
 *
 * @example
 * isoDate(31, 2, 2022) // null
 * isoDate(6, 1, 2022) // "2022-01-06"
 */
export function isoDate(day: number, month: number, year: number): string | null {
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Reads "ngày 18/02/2022" or "ngày 06 tháng 01 năm 2022" at the start of folded text.
 *
 * @example
 * readDateAt(" ngay 06 thang 01 nam 2022 cua") // { date: "2022-01-06", length: 26 }
 */
export function readDateAt(folded: string): { date: string | null; length: number } | null {
  const m = DATE_NUMERIC.exec(folded) ?? DATE_WORDS.exec(folded);
  if (!m) return null;
  return { date: isoDate(Number(m[1]), Number(m[2]), Number(m[3])), length: m[0].length };
}

/** The code as written, without the spaces PDF extraction leaves around "/" and "-". */
function tidyCode(code: string): string {
  return code.replace(/\s+/g, "").replace(/^\//, "…/");
}

/**
 * Every legal document the text cites by number: Quyết định, Kế hoạch, Chỉ thị, Nghị định, Thông
 * tư, Nghị quyết, Công văn … with its number code as written, its date (ISO) when written as
 * "ngày 18/02/2022" or "ngày 06 tháng 01 năm 2022", and its issuer when written ("của UBND tỉnh
 * Khánh Hòa", "của Thủ tướng Chính phủ"). Each code once, in order of first mention; `ref` is null
 * (the importer resolves it against the corpus). Works on text without diacritics (OCR) too.
 *
 * @example
 * extractCitations("Thực hiện Kế hoạch số 1403/KH-UBND ngày 18/02/2022 của UBND tỉnh Khánh Hòa về …")
 * // [{ kind: "Kế hoạch", code: "1403/KH-UBND", date: "2022-02-18", issuer: "UBND tỉnh Khánh Hòa", ref: null }]
 */
export function extractCitations(text: string): Citation[] {
  const source = toNFC(text ?? "").replace(/\s+/g, " ");
  const folded = foldWithOrigin(source);
  const found = new Map<string, Citation>();
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(folded.folded); m; m = CITATION.exec(folded.folded)) {
    const kindFolded = m[1]!.replace(/\s+/g, " ");
    const kind = KIND_NAMES.find((k) => k.folded === kindFolded)?.name ?? originalSlice(folded, m.index, m.index + m[1]!.length);
    const codeStart = m.index + m[0].length - (m[2] ?? m[3] ?? "").length;
    const code = tidyCode(originalSlice(folded, codeStart, m.index + m[0].length));
    let after = m.index + m[0].length;
    const dated = readDateAt(folded.folded.slice(after));
    if (dated) after += dated.length;
    let issuer: string | null = null;
    const of = OF.exec(folded.folded.slice(after));
    if (of) {
      const rest = originalSlice(folded, after + of[0].length, Math.min(folded.folded.length, after + of[0].length + 160));
      issuer = readAgencyPrefix(rest).entries[0] ?? null;
    }
    const key = foldForMatch(code);
    const known = found.get(key);
    if (!known) found.set(key, { kind, code, date: dated?.date ?? null, issuer, ref: null });
    else {
      known.date ??= dated?.date ?? null;
      known.issuer ??= issuer;
    }
  }
  return [...found.values()];
}
