import { canonicalizeConcepts, expandAbbreviations, isAbbreviation, type MatchWord } from "./concepts";
import { foldDiacritics, toNFC } from "./fold";
import { repairOcrTokens, type Vocabulary } from "./ocr";
import { STOPWORDS } from "./stopwords";
import { hasDiacritics, tonedForm } from "./tone";

/** A text as the matcher sees it: its words in both forms, and whether it has diacritics. */
export interface MatchText {
  /** Words with tones kept (use when both texts have diacritics). */
  toned: string[];
  /** Words folded (use when either text lacks diacritics). */
  folded: string[];
  /** For each word, the clause (text between punctuation marks) it stands in. */
  clauses: number[];
  accented: boolean;
}

const toMatchWord = (word: string, clause: number): MatchWord => ({ folded: foldDiacritics(word).toLowerCase(), toned: tonedForm(word), clause });

/** Words of a text with the clause each stands in; "TT&TT" is one abbreviation, "HĐND&UBND" two words. */
function splitWords(text: string): MatchWord[] {
  return text.split(/[,;:.()[\]"“”'‘’!?\n–—]+/).flatMap((clause, index) =>
    clause
      .split(/[^\p{L}\p{M}\p{N}&]+/u)
      .filter((w) => w && !/\d/.test(w))
      .flatMap((w) => (w.includes("&") && !isAbbreviation(foldDiacritics(w.replace(/&/g, ""))) ? w.split("&").filter(Boolean) : [w.replace(/&/g, "")]))
      .map((w) => toMatchWord(w, index))
      .filter((w) => /^[\p{L}\p{N}]+$/u.test(w.folded)),
  );
}

/**
 * The words of a text as the matcher sees them: split on anything but letters, numbers dropped,
 * OCR damage repaired against a vocabulary when one is given, abbreviations expanded
 * ("CSDLQG" → "cơ sở dữ liệu quốc gia"), synonyms of programme concepts replaced by one concept
 * token (`vneid`, `ioc`, `cccd` …), and function words dropped. Each word comes in two forms:
 * toned (tone as a digit, so "thuế" ≠ "thuê") and folded.
 *
 * @example
 * matchText("Kết nối CSDLQG với VNeID").folded // ["ket", "noi", "co", "so", "du", "lieu", "quoc", "gia", "vneid"]
 */
export function matchText(text: string, vocabulary?: Vocabulary): MatchText {
  const nfc = toNFC(text).toLowerCase();
  let words = splitWords(nfc);
  if (vocabulary) {
    const repaired = repairOcrTokens(words.map((w) => w.folded), vocabulary);
    words = words.map((w, i) => (repaired[i] === w.folded || w.toned !== w.folded ? w : { ...w, folded: repaired[i]!, toned: repaired[i]! }));
  }
  const accented = hasDiacritics(nfc);
  const canonical = canonicalizeConcepts(expandAbbreviations(words, toMatchWord)).filter((w) =>
    accented ? !STOPWORDS.toned.has(w.toned) : !STOPWORDS.folded.has(w.folded),
  );
  return { toned: canonical.map((w) => w.toned), folded: canonical.map((w) => w.folded), clauses: canonical.map((w) => w.clause), accented };
}
