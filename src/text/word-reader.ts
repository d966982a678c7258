import { expansionOf, joinedAbbreviation, startsConcept } from "./concepts";
import { foldDiacritics, toNFC } from "./fold";
import { tonedRepair, type Vocabulary } from "./ocr";
import { STOPWORDS } from "./stopwords";
import { diacriticCounts, tonedForm } from "./tone";

// What reading text into matching words remembers: one object per reader (the linker owns one),
// never module state. What depends only on a word or on a piece of text between spaces is
// computed once per reader and remembered (bounded: each memo is cleared when full, so results
// never depend on it), and every distinct word is one shared WordForms object.

/**
 * A word in its two matching forms, with what the pipeline asks of it precomputed, and a memo
 * slot a consumer (the linker's ranker) may use for what it derives from the word. One object per
 * distinct word, shared by every text that uses it.
 *
 * @example
 * const [word] = matchWords("Kết nối").words;
 * word.folded // "ket"
 */
export interface WordForms {
  readonly folded: string;
  readonly toned: string;
  /** {@link ABBREVIATION} | {@link CONCEPT_START} | {@link STOP_TONED} | {@link STOP_FOLDED} */
  readonly flags: number;
  /** 32-bit hashes (FNV-1a) of the folded and toned forms: what a consumer mixes to hash a sequence of words without reading their characters again. */
  readonly foldedHash: number;
  readonly tonedHash: number;
  /** One consumer's memo about this word (whoever set it last, marked with its number). */
  memo: { readonly owner: object } | null;
  /** Whether OCR repair has a vocabulary word near this one (`hasRepairCandidates`), for the repair vocabulary version `repairFor` (0: not asked). */
  repairable: boolean;
  repairFor: number;
}

/**
 * The folded form is an abbreviation (expandAbbreviations expands it).
 *
 * @example
 * (word.flags & ABBREVIATION) !== 0 // the word is an abbreviation that expands
 */
export const ABBREVIATION = 1;
/**
 * A concept phrase can start with the folded form.
 *
 * @example
 * (word.flags & CONCEPT_START) !== 0 // a concept phrase may start here
 */
export const CONCEPT_START = 2;
/**
 * The toned form is a function word (dropped in accented texts).
 *
 * @example
 * (word.flags & STOP_TONED) !== 0 // a function word in a text with diacritics
 */
export const STOP_TONED = 4;
/**
 * The folded form is a function word (dropped in texts without diacritics).
 *
 * @example
 * (word.flags & STOP_FOLDED) !== 0 // a function word in a text without them
 */
export const STOP_FOLDED = 8;

function wordForms(folded: string, toned: string): WordForms {
  const flags =
    (expansionOf(folded) ? ABBREVIATION : 0) | (startsConcept(folded) ? CONCEPT_START : 0) | (STOPWORDS.toned.has(toned) ? STOP_TONED : 0) | (STOPWORDS.folded.has(folded) ? STOP_FOLDED : 0);
  return { folded, toned, flags, foldedHash: hashOf(folded), tonedHash: hashOf(toned), memo: null, repairable: false, repairFor: 0 };
}

/** FNV-1a of a string's code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash;
}

/** Each memo of a reader holds at most this many entries (cleared all at once when full). */
const CACHE_LIMIT = 50_000;

/**
 * Reads text into shared {@link WordForms}, remembering what it read (words, tokens, pieces of
 * text between spaces). Create one per consumer that reads many texts (a linker owns one); two
 * readers never share state. `matchText` without a reader reads with a fresh one.
 *
 * @example
 * const reader = createWordReader();
 * matchWords("Kết nối CSDLQG", undefined, reader).words[0] === matchWords("kết nối", undefined, reader).words[0] // true: one object per word
 */
export class WordReader {
  private readonly forms = new Map<string, WordForms>();
  /** raw token (a maximal run of word characters) → the matching forms it contributes (zero, one or several words) */
  private readonly tokens = new Map<string, readonly WordForms[]>();
  /** word put in by OCR repair or a concept token (both forms alike) → its forms */
  private readonly plain = new Map<string, WordForms>();
  private readonly repairs = new Map<string, WordForms>();
  private readonly expansions = new Map<string, readonly WordForms[]>();
  private segments = new SegmentTable(this);

  /** The forms of a word as written. */
  formsOf(word: string): WordForms {
    let forms = this.forms.get(word);
    if (forms === undefined) {
      if (this.forms.size >= CACHE_LIMIT) this.forms.clear();
      forms = wordForms(foldDiacritics(word).toLowerCase(), tonedForm(word));
      this.forms.set(word, forms);
    }
    return forms;
  }

  /** The forms of a word that is the same in both forms (a concept token, a repaired word). */
  plainForms(word: string): WordForms {
    let forms = this.plain.get(word);
    if (forms === undefined) {
      if (this.plain.size >= CACHE_LIMIT) this.plain.clear();
      forms = wordForms(word, word);
      this.plain.set(word, forms);
    }
    return forms;
  }

  /** The forms of a word OCR repair put in: folded as repaired, toned as the vocabulary spells it (`tonedRepair`). */
  repairedForms(word: string, damaged: string, vocabulary: Vocabulary): WordForms {
    const toned = tonedRepair(word, damaged, vocabulary);
    if (toned === word) return this.plainForms(word);
    const key = `${word} ${toned}`;
    let forms = this.repairs.get(key);
    if (forms === undefined) {
      if (this.repairs.size >= CACHE_LIMIT) this.repairs.clear();
      this.repairs.set(key, (forms = wordForms(word, toned)));
    }
    return forms;
  }

  /** The forms of an abbreviation's expansion words. */
  expansionForms(folded: string): readonly WordForms[] {
    let forms = this.expansions.get(folded);
    if (!forms) this.expansions.set(folded, (forms = expansionOf(folded)!.map((word) => this.formsOf(word))));
    return forms;
  }

  /** The matching forms of one token: "TT&TT" is one abbreviation, "HĐND&UBND" two words; a token with a digit gives none. */
  tokenForms(token: string): readonly WordForms[] {
    let forms = this.tokens.get(token);
    if (forms === undefined) {
      if (this.tokens.size >= CACHE_LIMIT) this.tokens.clear();
      const words = !token || /\d/.test(token) ? [] : token.includes("&") && !joinedAbbreviation(token) ? token.split("&").filter(Boolean) : [token.replace(/&/g, "")];
      // a word is letters and digits only: tested as "no other code point" (/^[\p{L}\p{N}]+$/u overflows the stack on a word of millions of letters)
      forms = words.map((word) => this.formsOf(word)).filter((w) => w.folded !== "" && !/[^\p{L}\p{N}]/u.test(w.folded));
      this.tokens.set(token, forms);
    }
    return forms;
  }

  /** The segment of text[from, to) (a piece without spaces), read and remembered when new. */
  segment(text: string, from: number, to: number): Segment {
    return this.segments.get(text, from, to);
  }
}

/**
 * A new {@link WordReader}, with nothing remembered.
 *
 * @example
 * const reader = createWordReader();
 * matchText("Kết nối VNeID", undefined, reader).folded // ["ket", "noi", "vneid"]
 */
export function createWordReader(): WordReader {
  return new WordReader();
}

// Clause separators: the characters of /[,;:.()[\]"“”'‘’!?\n–—]/ (all in the BMP).
const CLAUSE_MARKS = new Set([..."(),;:.[]\"“”'‘’!?\n–—"].map((c) => c.charCodeAt(0)));

// Whether a code point is a word character, /[\p{L}\p{M}\p{N}&]/u. For the BMP a constant table,
// read by blocks of 256 code units the first time a block is met (one pass of the regular
// expression over the block; Vietnamese text meets five or six blocks): a property of Unicode, the
// same for every reader and every text, so nothing a result could depend on. A lone surrogate is
// a code point of its own under /u, and not a word character; an astral code point is tested when
// met (rare in administrative text).
const WORD_CHAR = /^[\p{L}\p{M}\p{N}&]$/u;
const NOT_WORD_CHARS = /[^\p{L}\p{M}\p{N}&]/gu;
/** 0: block not read yet; 1: word character; 2: not */
const BMP_CLASS = new Uint8Array(0x10000);

function readBlock(block: number): void {
  const from = block << 8;
  const units: number[] = [];
  for (let code = from; code < from + 256; code++) units.push(code >= 0xd800 && code <= 0xdfff ? 0 : code);
  const marked = String.fromCharCode(...units).replace(NOT_WORD_CHARS, "\u0000");
  for (let k = 0; k < 256; k++) BMP_CLASS[from + k] = units[k] !== 0 && marked.charCodeAt(k) !== 0 ? 1 : 2;
}

function isWordCodePoint(code: number): boolean {
  if (code >= 0x10000) return WORD_CHAR.test(String.fromCodePoint(code));
  if (BMP_CLASS[code] === 0) readBlock(code >> 8);
  return BMP_CLASS[code] === 1;
}

/**
 * What a piece of text without spaces contributes to {@link matchText}.
 *
 * @example
 * createWordReader().segment("(CSDLQG),", 0, 9).words.length // 1
 */
export interface Segment {
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
function readSegment(reader: WordReader, raw: string): Segment {
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
    for (const forms of reader.tokenForms(token)) {
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
 * addressing table over a hash of the characters, each hit checked character by character. A
 * slot holds the hash beside the entry, so a probe reads one place before the key it checks.
 */
class SegmentTable {
  constructor(private readonly reader: WordReader) {}

  private keys: string[] = [];
  private values: Segment[] = [];
  /** slot s: the hash at 2s, the entry at 2s + 1 (-1: empty) */
  private slots = SegmentTable.empty(1 << 12);

  private static empty(size: number): Int32Array {
    return new Int32Array(2 * size).fill(-1);
  }

  /** The segment of text[from, to), read and remembered when new. */
  get(text: string, from: number, to: number): Segment {
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1]!;
      if (entry < 0) break;
      if (slots[2 * slot] === hash && this.equals(this.keys[entry]!, text, from, to)) return this.values[entry]!;
    }
    const piece = text.slice(from, to);
    const segment = readSegment(this.reader, piece);
    if (this.keys.length >= CACHE_LIMIT) this.clear();
    if ((this.keys.length + 1) * 4 > this.slots.length) this.grow();
    this.insert(this.slots, this.keys.length, hash);
    this.keys.push(piece);
    this.values.push(segment);
    return segment;
  }

  private equals(key: string, text: string, from: number, to: number): boolean {
    if (key.length !== to - from) return false;
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
    return true;
  }

  private insert(slots: Int32Array, entry: number, hash: number): void {
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    while (slots[2 * slot + 1]! >= 0) slot = (slot + 1) & mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = entry;
  }

  private grow(): void {
    const old = this.slots;
    const slots = SegmentTable.empty(old.length);
    for (let k = 1; k < old.length; k += 2) if (old[k]! >= 0) this.insert(slots, old[k]!, old[k - 1]!);
    this.slots = slots;
  }

  private clear(): void {
    this.keys = [];
    this.values = [];
    this.slots = SegmentTable.empty(1 << 12);
  }
}
