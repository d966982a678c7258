import type { Abbreviation } from "../model/plan";
import { foldForMatch, sameLengthFold } from "../text/fold";

// The short forms a document defines for itself: "… (sau đây viết tắt là Đề án 06)", "(gọi tắt
// là NDXP)", "(viết tắt là tài khoản ĐDĐT)", and "Trung tâm dữ liệu quốc gia (TTDLQG)".

const DEFINED = /\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi tắt là|viết tắt là|gọi là|viết tắt|gọi tắt)\s*:?\s*([^()]{1,60}?)\s*\)/giu;
const ACRONYM = /\(\s*([A-ZĐ][A-ZĐ0-9]{1,9})\s*\)/gu;
const QUOTES = /^[\s“”"'‘’«»]+|[\s“”"'‘’«»,;:]+$/gu;
/** How far back a long form is looked for (characters). */
const REACH = 400;

const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** Whether a word is an acronym: two or more letters, all upper case ("ĐDĐT", "PVHCC", "TTHC"). */
const isAcronym = (word: string) => /^[\p{Lu}\d]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

/** The last words of `before` whose initials spell `acronym` ("Cơ sở dữ liệu quốc gia" for "CSDLQG"), or null. */
function byInitials(before: string, acronym: string): string | null {
  const ws = words(before.replace(/[,;]/g, " "));
  const want = foldForMatch(acronym).replace(/\s/g, "");
  for (let k = 1; k <= Math.min(ws.length, want.length); k++) {
    const tail = ws.slice(ws.length - k);
    if (tail.map((w) => foldForMatch(w).charAt(0)).join("") === want) return tail.join(" ");
  }
  return null;
}

/** The name ending `before`: back to its first capitalised word after a lower-case one ("… hạ tầng Nền tảng tích hợp, chia sẻ dữ liệu quốc gia"). */
function byCapital(before: string): string | null {
  const ws = words(before);
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 45); k--) {
    const w = ws[k]!.replace(QUOTES, "");
    if (/[;:()]/.test(ws[k]!.slice(0, -1)) || /[;:(]$/.test(ws[k]!)) return null;
    const previous = ws[k - 1] ?? "";
    if (/^\p{Lu}/u.test(w) && (k === 0 || !/^\p{Lu}/u.test(previous.replace(QUOTES, "")) || /[,;:)]$/.test(previous))) return ws.slice(k).join(" ");
  }
  return null;
}

/** The long form a definition stands for, from the text before its bracket. */
function longForm(before: string, short: string): string | null {
  const shortWords = words(short);
  const acronym = shortWords.find(isAcronym);
  // "tài khoản ĐDĐT" after "… tài khoản định danh điện tử mức độ 2": from the last time its plain words open
  const lead = shortWords.slice(0, acronym ? shortWords.indexOf(acronym) : 0).join(" ");
  const folded = sameLengthFold(before);
  const foldedLead = sameLengthFold(lead);
  if (lead && folded && foldedLead) {
    const at = folded.lastIndexOf(foldedLead);
    if (at >= 0 && (at === 0 || /\s/.test(folded[at - 1]!))) return before.slice(at);
  }
  if (acronym && shortWords.length === 1) {
    const initials = byInitials(before, acronym);
    if (initials) return initials;
  }
  return byCapital(before);
}

const clean = (text: string) => text.replace(/\s+/g, " ").replace(QUOTES, "").trim();

/**
 * The short forms a plan's text defines for itself, each with the words it stands for, in order
 * of definition (the first definition of a short form wins): "(sau đây viết tắt là X)", "(gọi
 * tắt là X)", "(viết tắt là X)" after the long form, and "Long Name (ACRONYM)" when the
 * acronym's letters are the initials of the words before it.
 *
 * @example
 * readAbbreviations("Kết nối với Trung tâm dữ liệu quốc gia (TTDLQG) và Nền tảng tích hợp, chia sẻ dữ liệu (gọi tắt là NDXP).")
 * // [{ short: "TTDLQG", long: "Trung tâm dữ liệu quốc gia" }, { short: "NDXP", long: "Nền tảng tích hợp, chia sẻ dữ liệu" }]
 */
export function readAbbreviations(text: string): Abbreviation[] {
  const found: { at: number; short: string; long: string }[] = [];
  for (const m of text.matchAll(DEFINED)) {
    const short = clean(m[1]!);
    if (!short || words(short).length > 6) continue;
    const long = longForm(text.slice(Math.max(0, m.index! - REACH), m.index!).replace(/\s+$/, ""), short);
    if (long && clean(long) && foldForMatch(clean(long)) !== foldForMatch(short)) found.push({ at: m.index!, short, long: clean(long) });
  }
  for (const m of text.matchAll(ACRONYM)) {
    const long = byInitials(text.slice(Math.max(0, m.index! - REACH), m.index!).replace(/\s+$/, ""), m[1]!);
    if (long) found.push({ at: m.index!, short: m[1]!, long: clean(long) });
  }
  const out: Abbreviation[] = [];
  for (const { short, long } of found.sort((a, b) => a.at - b.at)) if (!out.some((a) => a.short === short)) out.push({ short, long });
  return out;
}
