import { conceptAt } from "./concepts";
import { hasRepairCandidates, repairTokens, repairVersion, type Vocabulary } from "./ocr";
import { oneWord, SEGMENT_HASH_SEED, summaryLetterWords, summaryMarked, summaryRuns } from "./segments";
import { tonedForm } from "./tone";
import { ABBREVIATION, CONCEPT_START, STOP_FOLDED, STOP_TONED, type WordForms, WordReader, type WordScratch } from "./word-reader";

export { createWordReader, type WordForms, WordReader } from "./word-reader";

/**
 * A text as the matcher sees it: its words in both forms, and whether it has diacritics.
 *
 * @example
 * const form: MatchText = matchText("Kết nối CSDLQG về dân cư");
 * form.folded // ["ket", "noi", "co", "so", "du", "lieu", "quoc", "gia", "dan", "cu"]
 * form.toned  // ["kêt1", "nôi1", "cơ", "sơ3", …] (tones as digits)
 */
export interface MatchText {
  /** Words with tones kept (use when both texts have diacritics). */
  toned: string[];
  /** Words folded (use when either text lacks diacritics). */
  folded: string[];
  /** For each word, the clause (text between punctuation marks) it stands in. */
  clauses: number[];
  /** Whether the text is written with diacritics (a third or more of its words carry a tone mark). */
  accented: boolean;
  /** The programme concepts the text puts its work on (`MatchWords.hosts`). */
  hosts: string[];
}

// matchText is the first step of every comparison, so it is built for speed with the same
// result as the plain pipeline (split into clauses and tokens → matching forms → OCR repair →
// abbreviations → concepts → function words; see the reference version in git history and the
// tests): what depends only on a word or on a piece of text between spaces is computed once and
// remembered (bounded memos, cleared when full, so results never depend on them), and the words
// travel as parallel arrays rather than one object each.

/**
 * The words of a text as the matcher sees them, as shared {@link WordForms}, with the clause of
 * each and whether the text has diacritics: what {@link matchText} returns, before it is spelled
 * out. Internal (the linker reads it).
 */
export interface MatchWords {
  words: WordForms[];
  clauses: number[];
  accented: boolean;
  /**
   * The programme concepts the text puts its work on: a concept right after "trên", "vào" or
   * "lên" ("tích hợp … trên ứng dụng VNeID", "đẩy dữ liệu lên VNeID"), in text order.
   */
  hosts: string[];
}

/** Prepositions that put work on the concept after them ("trên", "vào", "lên"), folded. */
const HOST_PREPOSITIONS = new Set(["tren", "vao", "len"]);

const NUMBER_SIGN = tonedForm("số");
/** Whether a word is "số" (written with its marks, or without any). */
const isNumberSign = (word: WordForms): boolean => word.toned === NUMBER_SIGN || word.toned === "so";

/**
 * Words of a text (as written) with the clause each stands in (into the reader's `split`
 * scratch), and whether it has diacritics (`hasDiacritics` of its NFC, lower-case form) and a word
 * OCR repair could change. The text is read in pieces between spaces
 * (U+0020), each remembered: a space separates tokens, chunks of {@link hasDiacritics} and runs of
 * clause separators alike, so the pieces add up to the whole; and each piece can be put in NFC
 * and lower case on its own, because a space is a starter that normalization never composes or
 * reorders across, is neither cased nor case-ignorable (so final-sigma lower-casing never looks
 * past it), and no character's normal or lower-case form has or loses a space.
 */
function splitWords(text: string, reader: WordReader, vocabulary?: Vocabulary): { accented: boolean; repairable: boolean } {
  const version = vocabulary ? repairVersion(vocabulary) : 0;
  let repairable = false;
  const split = reader.split;
  const { words, clauses } = split;
  const table = reader.segments;
  let count = 0;
  let clause = 0;
  let letterWords = 0;
  let marked = 0;
  for (let from = 0; from <= text.length; ) {
    // the piece up to the next space, hashed as it is scanned (the segment table's hash)
    let to = from;
    let hash = SEGMENT_HASH_SEED;
    // (never reading past the end: a read out of bounds would send the optimized loop back to the interpreter)
    for (; to < text.length; to++) {
      const unit = text.charCodeAt(to);
      if (unit === 0x20) break;
      hash = Math.imul(hash ^ unit, 0x01000193);
    }
    if (to > from) {
      const slot = table.find(text, from, to, hash);
      const summary = table.summaryAt(slot);
      if (oneWord(summary)) {
        // (most pieces) one word, read from the slot without the segment
        words[count] = table.singleAt(slot);
        clauses[count++] = clause;
        clause += summaryRuns(summary);
        letterWords += summaryLetterWords(summary);
        marked += summaryMarked(summary);
      } else {
        const segment = table.segmentAt(slot);
        // "số" right before a number is "No." ("Quyết định số 06/QĐ-TTg"), not "digital" ("chuyển đổi số"): dropped
        if (segment.leadingNumber && count > 0 && isNumberSign(words[count - 1]!)) count--;
        for (let k = 0; k < segment.words.length; k++) {
          words[count] = segment.words[k]!;
          clauses[count++] = clause + segment.marks[k]!;
        }
        clause += segment.runs;
        letterWords += segment.letterWords;
        marked += segment.marked;
      }
      if (version) {
        let known = table.repairableAt(slot, version);
        if (known === undefined) {
          known = false;
          for (const word of table.segmentAt(slot).words) known = wordRepairable(word, vocabulary!, version) || known;
          table.setRepairable(slot, version, known);
        }
        repairable ||= known;
      }
    }
    from = to + 1;
  }
  split.count = count;
  return { accented: letterWords === 0 ? false : marked / letterWords >= 1 / 3, repairable };
}

/** Whether OCR repair has a vocabulary word near a word (`hasRepairCandidates`), remembered on the word for the vocabulary's version. */
function wordRepairable(word: WordForms, vocabulary: Vocabulary, version: number): boolean {
  if (word.repairFor !== version) {
    word.repairable = hasRepairCandidates(word.folded, vocabulary);
    word.known = vocabulary.words.has(word.folded);
    word.repairFor = version;
  }
  return word.repairable;
}

/**
 * Whether the word at `i` forms, with a neighbour in its clause, a pair the vocabulary holds. In
 * a text without diacritics a function word's folded form is also a content syllable ("tai":
 * "tại" and "tài chính"; "se": "sẽ" and "chia sẻ"; "can": "cần" and "căn cước"); the vocabulary,
 * read from texts with diacritics whose function words are already dropped, holds such a pair
 * only where it is the content syllable.
 */
function inKnownPair({ words, clauses, count }: WordScratch, i: number, vocabulary: Vocabulary, reader: WordReader): boolean {
  // (the pairs by first word: no pair is written to be looked up)
  const byFirst = reader.pairsByFirst(vocabulary);
  const here = words[i]!.folded;
  return (
    (i > 0 && clauses[i - 1] === clauses[i] && byFirst.get(words[i - 1]!.folded)?.has(here) === true) ||
    (i + 1 < count && clauses[i + 1] === clauses[i] && byFirst.get(here)?.has(words[i + 1]!.folded) === true)
  );
}

/** The reader's `split` words with their abbreviations expanded (expandAbbreviations), each expansion word in the abbreviation's clause: `split` itself when none is, else the reader's `expanded` scratch. */
function withExpansions(reader: WordReader): WordScratch {
  const split = reader.split;
  const { words, clauses, count } = split;
  let any = false;
  for (let i = 0; i < count && !any; i++) any = (words[i]!.flags & ABBREVIATION) !== 0;
  if (!any) return split;
  const expanded = reader.expanded;
  const into = expanded.words;
  const intoClauses = expanded.clauses;
  let k = 0;
  for (let i = 0; i < count; i++) {
    const word = words[i]!;
    if (word.flags & ABBREVIATION) {
      for (const forms of reader.expansionForms(word.folded)) {
        into[k] = forms;
        intoClauses[k++] = clauses[i]!;
      }
    } else {
      into[k] = word;
      intoClauses[k++] = clauses[i]!;
    }
  }
  expanded.count = k;
  return expanded;
}

/**
 * The words of a text as written, in both forms, abbreviations expanded: function words kept and
 * programme concepts not replaced (what OCR damages, and what a repair vocabulary must hold:
 * "một cửa", "giấy phép lái xe"). A clause break is marked by an empty pair of strings, so that
 * {@link buildVocabulary} makes no pair across it.
 *
 * @example
 * writtenWords("Bộ phận một cửa; TTHC").folded // ["bo", "phan", "mot", "cua", "", "thu", "tuc", "hanh", "chinh"]
 */
export function writtenWords(text: string, reader: WordReader = new WordReader()): { folded: string[]; toned: string[] } {
  splitWords(text, reader);
  const { words, clauses, count } = withExpansions(reader);
  const folded: string[] = [];
  const toned: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && clauses[i] !== clauses[i - 1]) {
      folded.push("");
      toned.push("");
    }
    folded.push(words[i]!.folded);
    toned.push(words[i]!.toned);
  }
  return { folded, toned };
}

/** {@link matchText}'s words as shared {@link WordForms}. */
export function matchWords(text: string, vocabulary?: Vocabulary, reader: WordReader = new WordReader()): MatchWords {
  const { accented, repairable } = splitWords(text, reader, vocabulary);
  // OCR repair: a damaged word (folded and toned alike, so written without marks) becomes the
  // vocabulary word; a known abbreviation ("TTHC", "DVC") is not damage, it is expanded below.
  if (vocabulary && repairable) {
    const version = repairVersion(vocabulary);
    const words = reader.split.words.slice(0, reader.split.count);
    const folded = words.map((w) => w.folded);
    // which words have a vocabulary word near them (the others are damage of nothing the target has)
    const candidates = words.map((w) => wordRepairable(w, vocabulary, version));
    const known = words.map((w) => w.known);
    // in a text with diacritics, which words carry marks (a loanword there has none; damage keeps them)
    const repaired = repairTokens(folded, vocabulary, accented ? words.map((w) => w.toned !== w.folded) : undefined, { candidates, known });
    for (let i = 0; i < repaired.length; i++) {
      if (repaired[i] !== folded[i] && !(words[i]!.flags & ABBREVIATION)) reader.split.words[i] = reader.repairedForms(repaired[i]!, words[i]!.toned, vocabulary);
    }
  }
  const expanded = withExpansions(reader);
  const { words, clauses, count } = expanded;
  // concept phrases replaced (canonicalizeConcepts), function words dropped
  const stop = accented ? STOP_TONED : STOP_FOLDED;
  const hosts: string[] = [];
  const matched = reader.matched;
  const into = matched.words;
  const intoClauses = matched.clauses;
  let k = 0;
  for (let i = 0; i < count; ) {
    const word = words[i]!;
    const concept = word.flags & CONCEPT_START ? conceptAt(words, i, count) : undefined;
    if (concept && i > 0 && HOST_PREPOSITIONS.has(words[i - 1]!.folded)) hosts.push(concept.concept);
    const forms = concept ? reader.plainForms(concept.concept) : word;
    if (!(forms.flags & stop) || (!concept && vocabulary !== undefined && !accented && inKnownPair(expanded, i, vocabulary, reader))) {
      into[k] = forms;
      intoClauses[k++] = clauses[i]!;
    }
    i += concept ? concept.length : 1;
  }
  // copied out at their length (the caller keeps them)
  return { words: into.slice(0, k), clauses: intoClauses.slice(0, k), accented, hosts };
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
export function matchText(text: string, vocabulary?: Vocabulary, reader?: WordReader): MatchText {
  const { words, clauses, accented, hosts } = matchWords(text, vocabulary, reader);
  return { toned: words.map((w) => w.toned), folded: words.map((w) => w.folded), clauses, accented, hosts };
}
