import type { Agency } from "../model/agency";
import { ABBREVIATIONS } from "./abbreviations";
import { foldForMatch, toNFC } from "./fold";

// Agency abbreviations are expanded only as whole words, case-sensitively (they are written in
// capitals), so "TP" expands but "tp" inside a word does not: an abbreviation is replaced where it
// is written with no letter or digit (a Unicode letter or number, whole code points) right before
// or after it, left to right, each replacement's text not read again for the same abbreviation —
// what `replace` with the pattern `(?<![\p{L}\p{N}])ABBR(?![\p{L}\p{N}])` and the flags `gu`
// does, with a substring search instead of some seventy Unicode-aware patterns, which cost most of
// building a plan the first time they ran.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the code point is a Unicode letter or number (`undefined`, outside the text: no). */
function isLetterOrDigit(code: number | undefined): boolean {
  if (code === undefined) return false;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** The code point that ends right before `at` (a surrogate pair read whole). */
function codePointBefore(text: string, at: number): number | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2);
  }
  return low;
}

/** `text` with each whole-word occurrence of `abbr` replaced by `expansion` (see above). */
function replaceWord(text: string, abbr: string, expansion: string): string {
  let out = "";
  let from = 0;
  for (let at = text.indexOf(abbr); at >= 0; ) {
    const end = at + abbr.length;
    if (isLetterOrDigit(codePointBefore(text, at)) || isLetterOrDigit(text.codePointAt(end))) at = text.indexOf(abbr, at + 1);
    else {
      out += text.slice(from, at) + expansion;
      from = end;
      at = text.indexOf(abbr, end);
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Expands the abbreviations in an agency name, keeping the rest as written:
 * "Văn phòng UBNDTP" → "Văn phòng Ủy ban nhân dân thành phố".
 *
 * @example
 * expandAgencyName("Công an TP") // "Công an thành phố"
 */
export function expandAgencyName(name: string): string {
  let expanded = toNFC(name).trim().replace(/\s+/g, " ");
  for (const { abbr, expansion } of ABBREVIATIONS) expanded = replaceWord(expanded, abbr, expansion);
  return expanded.replace(/\s*&\s*/g, " và ").replace(/\s+/g, " ");
}

/**
 * An agency as written plus its grouping key: abbreviations expanded, diacritics, case,
 * punctuation and the spelling variants of tone placement (Uỷ/Ủy, hoá/hóa) folded away.
 *
 * @example
 * normalizeAgency("Công an TP").key === normalizeAgency("Công an thành phố").key // true
 * normalizeAgency("Công an TP").label // "Công an thành phố"
 */
export function normalizeAgency(name: string): Agency {
  const written = toNFC(name).trim().replace(/\s+/g, " ");
  const label = expandAgencyName(written);
  const key = foldForMatch(label).replace(/ va /g, " ").replace(/ /g, "-");
  return { name: written, key: key || "unknown", label: capitalizeFirst(label) };
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
