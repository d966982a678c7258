import { joinedAbbreviation } from "./concepts";
import { toNFC } from "./fold";
import { diacriticCounts } from "./tone";
import type { WordForms, WordReader } from "./word-reader";

// The pieces of text between spaces a word reader reads a text in (see `splitWords`): each read
// once (its words, clause separators, diacritics) and remembered by content.

/** The table holds at most this many pieces (cleared all at once when full). */
const CACHE_LIMIT = 50_000;

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
  /** The piece, as written (what the table compares). */
  key: string;
  /** Its one word when it has one and no clause separator before it (most pieces): what `splitWords` takes without reading `words` and `marks`. */
  single: WordForms | null;
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
  const segment: Segment = { key: raw, single: null, words: [], marks: [], runs: 0, letterWords: 0, marked: 0, repairable: false, repairFor: 0, leadingNumber: false };
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
  if (segment.words.length === 1 && segment.marks[0] === 0) segment.single = segment.words[0]!;
  return segment;
}

/** Code units of a piece held in its slot (two to an integer); a longer piece is compared with its segment's key. */
const INLINE_UNITS = 12;
/** Integers per slot: the hash, the length (0: slot empty), the first {@link INLINE_UNITS} code units. */
const SLOT = 2 + INLINE_UNITS / 2;

/**
 * Pieces of text remembered by content without cutting them out of the text first: an open
 * addressing table over a hash of the characters, each hit checked character by character. A
 * slot holds the hash, the length and (for a piece of up to {@link INLINE_UNITS} code units, most
 * of them) the characters side by side, and the segment by the same slot: a probe and its check
 * read one place (no hop to the segment and its key), a hit the segment it returns.
 *
 * @example
 * const table = new SegmentTable(createWordReader());
 * table.get("Kết nối", 0, 3, segmentHash("Kết nối", 0, 3)).single?.folded // "ket"
 */
export class SegmentTable {
  constructor(private readonly reader: WordReader) {}

  /** slot s: the hash at SLOT·s, the length at SLOT·s + 1 (0: empty), then the code units (see {@link SLOT}) */
  private slots = new Int32Array(SLOT << 12);
  private segments: (Segment | undefined)[] = new Array<Segment | undefined>(1 << 12).fill(undefined);
  private size = 0;

  /** The segment of text[from, to) (not empty), read and remembered when new (`hash`: its {@link segmentHash}). */
  get(text: string, from: number, to: number, hash: number): Segment {
    const slots = this.slots;
    const mask = this.segments.length - 1;
    const length = to - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const used = slots[at + 1]!;
      if (used === 0) break;
      if (slots[at] === hash && used === length && (length <= INLINE_UNITS ? inlineEquals(slots, at + 2, text, from, to) : equals(this.segments[slot]!.key, text, from))) return this.segments[slot]!;
    }
    const segment = readSegment(this.reader, text.slice(from, to));
    if (this.size >= CACHE_LIMIT) this.clear();
    if ((this.size + 1) * 2 > this.segments.length) this.grow();
    this.insert(hash, segment);
    this.size++;
    return segment;
  }

  private insert(hash: number, segment: Segment): void {
    const slots = this.slots;
    const mask = this.segments.length - 1;
    let slot = hash & mask;
    while (slots[SLOT * slot + 1] !== 0) slot = (slot + 1) & mask;
    const at = SLOT * slot;
    const key = segment.key;
    slots[at] = hash;
    slots[at + 1] = key.length;
    if (key.length <= INLINE_UNITS) {
      for (let k = 0; k < key.length; k += 2) slots[at + 2 + (k >> 1)] = key.charCodeAt(k) | (k + 1 < key.length ? key.charCodeAt(k + 1) << 16 : 0);
    }
    this.segments[slot] = segment;
  }

  private grow(): void {
    this.rebuild(this.segments.length * 2);
  }

  private clear(): void {
    this.slots = new Int32Array(SLOT << 12);
    this.segments = new Array<Segment | undefined>(1 << 12).fill(undefined);
    this.size = 0;
  }

  private rebuild(size: number): void {
    const { slots, segments } = this;
    this.slots = new Int32Array(SLOT * size);
    this.segments = new Array<Segment | undefined>(size).fill(undefined);
    for (let slot = 0; slot < segments.length; slot++) if (slots[SLOT * slot + 1] !== 0) this.insert(slots[SLOT * slot]!, segments[slot]!);
  }
}

/**
 * Where a piece's hash starts (FNV-1a's offset basis).
 *
 * @example
 * segmentHash("ket", 0, 3) === [..."ket"].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193), SEGMENT_HASH_SEED) // true
 */
export const SEGMENT_HASH_SEED = 0x811c9dc5;

/**
 * The hash a segment table files text[from, to) under: FNV-1a of its code units.
 *
 * @example
 * segmentHash("Kết nối", 0, 3) === segmentHash("Kết", 0, 3) // true
 */
export function segmentHash(text: string, from: number, to: number): number {
  let hash = SEGMENT_HASH_SEED;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** Whether text[from, from + key.length) is `key` (the caller has checked the length). */
function equals(key: string, text: string, from: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/** Whether text[from, to) is the code units held two to an integer in slots from `at` (the caller has checked the length). */
function inlineEquals(slots: Int32Array, at: number, text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 2, at++) {
    const pair = text.charCodeAt(i) | (i + 1 < to ? text.charCodeAt(i + 1) << 16 : 0);
    if (slots[at] !== pair) return false;
  }
  return true;
}
