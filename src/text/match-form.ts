import { conceptAt, expansionOf, joinedAbbreviation, startsConcept } from "./concepts";
import { foldDiacritics, toNFC } from "./fold";
import { hasRepairCandidates, repairOcrTokens, repairVersion, tonedRepair, type Vocabulary } from "./ocr";
import { clearBoilerplateMemo, STOPWORDS } from "./stopwords";
import { clearDiacriticMemo, diacriticCounts, tonedForm } from "./tone";

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
 * A word in its two matching forms, with what the pipeline asks of it precomputed, and a memo
 * slot a consumer (the linker's ranker) may use for what it derives from the word. One object per
 * distinct word, shared by every text that uses it.
 */
export interface WordForms {
  readonly folded: string;
  readonly toned: string;
  /** {@link ABBREVIATION} | {@link CONCEPT_START} | {@link STOP_TONED} | {@link STOP_FOLDED} */
  readonly flags: number;
  /** One consumer's memo about this word (whoever set it last, marked with its number). */
  memo: { readonly owner: number } | null;
}

/** The folded form is an abbreviation (expandAbbreviations expands it). */
const ABBREVIATION = 1;
/** A concept phrase can start with the folded form. */
const CONCEPT_START = 2;
/** The toned form is a function word (dropped in accented texts). */
const STOP_TONED = 4;
/** The folded form is a function word (dropped in texts without diacritics). */
const STOP_FOLDED = 8;

function wordForms(folded: string, toned: string): WordForms {
  const flags =
    (expansionOf(folded) ? ABBREVIATION : 0) |
    (startsConcept(folded) ? CONCEPT_START : 0) |
    (STOPWORDS.toned.has(toned) ? STOP_TONED : 0) |
    (STOPWORDS.folded.has(folded) ? STOP_FOLDED : 0);
  return { folded, toned, flags, memo: null };
}

const CACHE_LIMIT = 50_000;
const formsCache = new Map<string, WordForms>();
/** raw token (a maximal run of word characters) → the matching forms it contributes (zero, one or several words) */
const tokenCache = new Map<string, readonly WordForms[]>();
/** word put in by OCR repair or a concept token (both forms alike) → its forms */
const plainCache = new Map<string, WordForms>();

function formsOf(word: string): WordForms {
  let forms = formsCache.get(word);
  if (forms === undefined) {
    if (formsCache.size >= CACHE_LIMIT) formsCache.clear();
    forms = wordForms(foldDiacritics(word).toLowerCase(), tonedForm(word));
    formsCache.set(word, forms);
  }
  return forms;
}

function plainForms(word: string): WordForms {
  let forms = plainCache.get(word);
  if (forms === undefined) {
    if (plainCache.size >= CACHE_LIMIT) plainCache.clear();
    forms = wordForms(word, word);
    plainCache.set(word, forms);
  }
  return forms;
}

const repairs = new Map<string, WordForms>();
/** The forms of a word OCR repair put in: folded as repaired, toned as the vocabulary spells it (`tonedRepair`). */
function repairedForms(word: string, damaged: string, vocabulary: Vocabulary): WordForms {
  const toned = tonedRepair(word, damaged, vocabulary);
  if (toned === word) return plainForms(word);
  const key = `${word} ${toned}`;
  let forms = repairs.get(key);
  if (forms === undefined) {
    if (repairs.size >= CACHE_LIMIT) repairs.clear();
    repairs.set(key, (forms = wordForms(word, toned)));
  }
  return forms;
}

const expansions = new Map<string, readonly WordForms[]>();
/** The forms of an abbreviation's expansion words. */
function expansionForms(folded: string): readonly WordForms[] {
  let forms = expansions.get(folded);
  if (!forms) expansions.set(folded, (forms = expansionOf(folded)!.map(formsOf)));
  return forms;
}

/** The matching forms of one token: "TT&TT" is one abbreviation, "HĐND&UBND" two words; a token with a digit gives none. */
function tokenForms(token: string): readonly WordForms[] {
  let forms = tokenCache.get(token);
  if (forms === undefined) {
    if (tokenCache.size >= CACHE_LIMIT) tokenCache.clear();
    const words = !token || /\d/.test(token) ? [] : token.includes("&") && !joinedAbbreviation(token) ? token.split("&").filter(Boolean) : [token.replace(/&/g, "")];
    // a word is letters and digits only: tested as "no other code point" (/^[\p{L}\p{N}]+$/u overflows the stack on a word of millions of letters)
    forms = words.map(formsOf).filter((w) => w.folded !== "" && !/[^\p{L}\p{N}]/u.test(w.folded));
    tokenCache.set(token, forms);
  }
  return forms;
}

// Clause separators: the characters of /[,;:.()[\]"“”'‘’!?\n–—]/ (all in the BMP).
const CLAUSE_MARKS = new Set([...'(),;:.[]"“”\'‘’!?\n–—'].map((c) => c.charCodeAt(0)));

// Whether a code point is a word character, /[\p{L}\p{M}\p{N}&]/u: computed once per BMP code
// unit (0 unknown, 1 word, 2 not) and per astral code point.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}&]$/u;
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, boolean>();

function isWordCodePoint(code: number): boolean {
  if (code < 0x10000) {
    let cls = bmpClass[code]!;
    if (cls === 0) {
      // a lone surrogate is a code point of its own under /u, and not a word character
      cls = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
      bmpClass[code] = cls;
    }
    return cls === 1;
  }
  let word = astralClass.get(code);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(code));
    astralClass.set(code, word);
  }
  return word;
}

/** What a piece of text without spaces contributes to {@link matchText}. */
interface Segment {
  /** Its words' matching forms … */
  words: WordForms[];
  /** … and for each, the runs of clause separators before it in the piece. */
  marks: number[];
  /** Runs of clause separators in the piece (a number counts as one: words on either side of it do not pair). */
  runs: number;
  /** Whether the piece begins with a number (before any word): then a "số" just before it is the "No." of a citation. */
  leadingNumber: boolean;
  /** Words and words with a mark, as {@link hasDiacritics} counts them. */
  letterWords: number;
  marked: number;
  /** Whether OCR repair could change one of its words, against the vocabulary version `repairFor` (see {@link repairVersion}). */
  repairable: boolean;
  repairFor: number;
}

const HYPHENATED = /[\p{L}&]+(?:-[\p{L}&]+)+/gu;

/**
 * An abbreviation written with hyphens ("KT-XH", "LĐ-TB&XH") made one token, as it is written
 * without them; other hyphenated words are left as they are ("NĐ-CP" of a citation, "Kế hoạch - Đầu tư").
 */
function joinHyphenatedAbbreviations(piece: string): string {
  if (!piece.includes("-")) return piece;
  return piece.replace(HYPHENATED, (run) => (joinedAbbreviation(run) ? run.replace(/-/g, "") : run));
}

/**
 * The words of a piece of text without spaces, and its clause separators. One scan gives what
 * splitting into clauses (/[,;:.()[\]"“”'‘’!?\n–—]+/) and each clause into tokens
 * (/[^\p{L}\p{M}\p{N}&]+/u) gives: a token is a maximal run of word characters, and its clause
 * is the number of runs of clause separators before it.
 */
function readSegment(raw: string): Segment {
  // NFC and lower case, as the whole text would be (see splitWords)
  const piece = joinHyphenatedAbbreviations(toNFC(raw).toLowerCase());
  const segment: Segment = { words: [], marks: [], runs: 0, letterWords: 0, marked: 0, repairable: false, repairFor: 0, leadingNumber: false };
  let inMarks = false;
  let start = -1;
  const flush = (end: number) => {
    const token = piece.slice(start, end);
    if (/\d/.test(token)) {
      // a number (a date, a document code) stands between clauses: "Nghị định số 137/2015/NĐ-CP ngày …"
      if (segment.words.length === 0) segment.leadingNumber = true;
      segment.runs++;
      inMarks = false;
    }
    for (const forms of tokenForms(token)) {
      segment.words.push(forms);
      segment.marks.push(segment.runs);
    }
    start = -1;
  };
  for (let i = 0; i < piece.length; i++) {
    const unit = piece.charCodeAt(i);
    let code = unit;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < piece.length) {
      const low = piece.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const word = code < 0x80 ? (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || code === 0x26 : isWordCodePoint(code);
    if (word) {
      if (start < 0) start = i;
      inMarks = false;
    } else {
      if (start >= 0) flush(i);
      const mark = CLAUSE_MARKS.has(unit);
      if (mark && !inMarks) segment.runs++;
      inMarks = mark;
    }
    i += width - 1;
  }
  if (start >= 0) flush(piece.length);
  [segment.letterWords, segment.marked] = diacriticCounts(piece);
  return segment;
}

/**
 * Pieces of text remembered by content without cutting them out of the text first: an open
 * addressing table over a hash of the characters, each hit checked character by character.
 */
class SegmentTable {
  private keys: string[] = [];
  private values: Segment[] = [];
  private hashes: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  /** The segment of text[from, to), read and remembered when new. */
  get(text: string, from: number, to: number): Segment {
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry < 0) break;
      if (this.hashes[entry] === hash && this.equals(this.keys[entry]!, text, from, to)) return this.values[entry]!;
    }
    const piece = text.slice(from, to);
    const segment = readSegment(piece);
    if (this.keys.length >= CACHE_LIMIT) this.clear();
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    this.insert(this.keys.length, hash);
    this.keys.push(piece);
    this.values.push(segment);
    this.hashes.push(hash);
    return segment;
  }

  private equals(key: string, text: string, from: number, to: number): boolean {
    if (key.length !== to - from) return false;
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
    return true;
  }

  private insert(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.hashes.forEach((hash, entry) => this.insert(entry, hash));
  }

  private clear(): void {
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.slots = new Int32Array(1 << 12).fill(-1);
  }
}

let segments = new SegmentTable();

/** Forgets the memos of matching forms (for measurements from a cold start; results never depend on them). */
export function clearMatchFormMemos(): void {
  formsCache.clear();
  tokenCache.clear();
  plainCache.clear();
  repairs.clear();
  expansions.clear();
  segments = new SegmentTable();
  clearDiacriticMemo();
  clearBoilerplateMemo();
}

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
 * Words of a text (as written) with the clause each stands in, and whether it has diacritics
 * (`hasDiacritics` of its NFC, lower-case form). The text is read in pieces between spaces
 * (U+0020), each remembered: a space separates tokens, chunks of {@link hasDiacritics} and runs of
 * clause separators alike, so the pieces add up to the whole; and each piece can be put in NFC
 * and lower case on its own, because a space is a starter that normalization never composes or
 * reorders across, is neither cased nor case-ignorable (so final-sigma lower-casing never looks
 * past it), and no character's normal or lower-case form has or loses a space.
 */
function splitWords(text: string, vocabulary?: Vocabulary): Omit<MatchWords, "hosts"> & { repairable: boolean } {
  const version = vocabulary ? repairVersion(vocabulary) : 0;
  let repairable = false;
  const words: WordForms[] = [];
  const clauses: number[] = [];
  let clause = 0;
  let letterWords = 0;
  let marked = 0;
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf(" ", from);
    if (to < 0) to = text.length;
    if (to > from) {
      const segment = segments.get(text, from, to);
      // "số" right before a number is "No." ("Quyết định số 06/QĐ-TTg"), not "digital" ("chuyển đổi số"): dropped
      if (segment.leadingNumber && words.length > 0 && isNumberSign(words[words.length - 1]!)) {
        words.pop();
        clauses.pop();
      }
      for (let k = 0; k < segment.words.length; k++) {
        words.push(segment.words[k]!);
        clauses.push(clause + segment.marks[k]!);
      }
      clause += segment.runs;
      letterWords += segment.letterWords;
      marked += segment.marked;
      if (version) {
        if (segment.repairFor !== version) {
          segment.repairable = segment.words.some((word) => hasRepairCandidates(word.folded, vocabulary!));
          segment.repairFor = version;
        }
        repairable ||= segment.repairable;
      }
    }
    from = to + 1;
  }
  return { words, clauses, accented: letterWords === 0 ? false : marked / letterWords >= 1 / 3, repairable };
}

/**
 * Whether the word at `i` forms, with a neighbour in its clause, a pair the vocabulary holds. In
 * a text without diacritics a function word's folded form is also a content syllable ("tai":
 * "tại" and "tài chính"; "se": "sẽ" and "chia sẻ"; "can": "cần" and "căn cước"); the vocabulary,
 * read from texts with diacritics whose function words are already dropped, holds such a pair
 * only where it is the content syllable.
 */
function inKnownPair(words: readonly WordForms[], clauses: readonly number[], i: number, vocabulary: Vocabulary): boolean {
  const pairs = vocabulary.contentPairs ?? vocabulary.pairs;
  const here = words[i]!.folded;
  return (
    (i > 0 && clauses[i - 1] === clauses[i] && pairs.has(`${words[i - 1]!.folded} ${here}`)) ||
    (i + 1 < words.length && clauses[i + 1] === clauses[i] && pairs.has(`${here} ${words[i + 1]!.folded}`))
  );
}

/** Words with their abbreviations expanded (expandAbbreviations), each expansion word in the abbreviation's clause. */
function withExpansions(words: readonly WordForms[], clauses: readonly number[]): { words: readonly WordForms[]; clauses: readonly number[] } {
  if (!words.some((w) => w.flags & ABBREVIATION)) return { words, clauses };
  const expanded: WordForms[] = [];
  const expandedClauses: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.flags & ABBREVIATION) {
      for (const forms of expansionForms(word.folded)) {
        expanded.push(forms);
        expandedClauses.push(clauses[i]!);
      }
    } else {
      expanded.push(word);
      expandedClauses.push(clauses[i]!);
    }
  }
  return { words: expanded, clauses: expandedClauses };
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
export function writtenWords(text: string): { folded: string[]; toned: string[] } {
  const split = splitWords(text);
  const { words, clauses } = withExpansions(split.words, split.clauses);
  const folded: string[] = [];
  const toned: string[] = [];
  words.forEach((word, i) => {
    if (i > 0 && clauses[i] !== clauses[i - 1]) {
      folded.push("");
      toned.push("");
    }
    folded.push(word.folded);
    toned.push(word.toned);
  });
  return { folded, toned };
}

/** {@link matchText}'s words as shared {@link WordForms}. */
export function matchWords(text: string, vocabulary?: Vocabulary): MatchWords {
  const split = splitWords(text, vocabulary);
  const { words, clauses, accented } = split;
  // OCR repair: a damaged word (folded and toned alike, so written without marks) becomes the
  // vocabulary word; a known abbreviation ("TTHC", "DVC") is not damage, it is expanded below.
  if (vocabulary && split.repairable) {
    const folded = words.map((w) => w.folded);
    // in a text with diacritics, which words carry marks (a loanword there has none; damage keeps them)
    const repaired = repairOcrTokens(folded, vocabulary, accented ? words.map((w) => w.toned !== w.folded) : undefined);
    for (let i = 0; i < repaired.length; i++) {
      if (repaired[i] !== folded[i] && !(words[i]!.flags & ABBREVIATION)) words[i] = repairedForms(repaired[i]!, words[i]!.toned, vocabulary);
    }
  }
  const { words: expanded, clauses: expandedClauses } = withExpansions(words, clauses);
  // concept phrases replaced (canonicalizeConcepts), function words dropped
  const stop = accented ? STOP_TONED : STOP_FOLDED;
  const result: MatchWords = { words: [], clauses: [], accented, hosts: [] };
  for (let i = 0; i < expanded.length; ) {
    const word = expanded[i]!;
    const concept = word.flags & CONCEPT_START ? conceptAt(expanded, i) : undefined;
    if (concept && i > 0 && HOST_PREPOSITIONS.has(expanded[i - 1]!.folded)) result.hosts.push(concept.concept);
    const forms = concept ? plainForms(concept.concept) : word;
    if (!(forms.flags & stop) || (!concept && vocabulary !== undefined && !accented && inKnownPair(expanded, expandedClauses, i, vocabulary))) {
      result.words.push(forms);
      result.clauses.push(expandedClauses[i]!);
    }
    i += concept ? concept.length : 1;
  }
  return result;
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
  const { words, clauses, accented, hosts } = matchWords(text, vocabulary);
  return { toned: words.map((w) => w.toned), folded: words.map((w) => w.folded), clauses, accented, hosts };
}
