import type { Agency } from "../model/agency";
import { ABBREVIATIONS } from "./abbreviations";
import { foldForMatch, toNFC } from "./fold";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Agency abbreviations are expanded only as whole words, case-sensitively (they are written in
// capitals), so "TP" expands but "tp" inside a word does not. Compiled on first use (some forty
// Unicode-aware patterns are a noticeable part of loading the package otherwise).
let agencyAbbreviations: { abbr: string; pattern: RegExp; expansion: string }[] | undefined;
const abbreviationPatterns = () =>
  (agencyAbbreviations ??= ABBREVIATIONS.map(({ abbr, expansion }) => ({
    abbr,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(abbr)}(?![\\p{L}\\p{N}])`, "gu"),
    expansion,
  })));

/**
 * Expands the abbreviations in an agency name, keeping the rest as written:
 * "Văn phòng UBNDTP" → "Văn phòng Ủy ban nhân dân thành phố".
 *
 * @example
 * expandAgencyName("Công an TP") // "Công an thành phố"
 */
export function expandAgencyName(name: string): string {
  let expanded = toNFC(name).trim().replace(/\s+/g, " ");
  // a pattern matches only where its abbreviation is written: most names have none, and a
  // Unicode-aware pattern costs far more to run (and, the first time, to compile) than a search
  for (const { abbr, pattern, expansion } of abbreviationPatterns()) if (expanded.includes(abbr)) expanded = expanded.replace(pattern, expansion);
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
