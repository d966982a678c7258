import { readSegment, type Segment } from "./segment-reader";
import type { WordForms, WordReader } from "./word-reader";

export type { Segment } from "./segment-reader";

// The pieces of text between spaces a word reader reads a text in (see `splitWords`): each read
// once (its words, clause separators, diacritics) and remembered by content.

/** The table holds at most this many pieces (cleared all at once when full). */
const CACHE_LIMIT = 50_000;

/** Code units of a piece held in its slot (two to an integer); a longer piece is compared with its segment's key. */
const INLINE_UNITS = 8;
/** Integers per slot: the hash, the length (0: slot empty), the summary, the repair version, the first {@link INLINE_UNITS} code units. */
const SLOT = 4 + INLINE_UNITS / 2;

/**
 * A slot's summary: the piece is one word with no clause separator or number before it (its word
 * is `single`), and (bits 1–7, 8–15, 16–23) its `runs`, `letterWords` and `marked`, when each
 * fits; what a reader of the piece needs without reading its segment.
 */
const ONE_WORD = 1;
/** Summary bit: OCR repair could change one of its words, against the repair version the slot holds (`repairFor`). */
const REPAIRABLE = 1 << 24;

/** The summary of a segment (see {@link ONE_WORD}). */
function summaryOf(segment: Segment): number {
  const { runs, letterWords, marked } = segment;
  const fits = segment.single !== null && !segment.leadingNumber && runs < 128 && letterWords < 256 && marked < 256;
  return fits ? ONE_WORD | (runs << 1) | (letterWords << 8) | (marked << 16) : 0;
}

/**
 * Pieces of text remembered by content without cutting them out of the text first: an open
 * addressing table over a hash of the characters, each hit checked character by character. A
 * slot holds the hash, the length and (for a piece of up to {@link INLINE_UNITS} code units, most
 * of them) the characters side by side, with a summary of the piece (and whether OCR repair could
 * change it, for one repair version): a probe and its check read one place (no hop to the segment
 * and its key), and a one-word piece is read from there and its word. The segment and its word
 * are kept by the same slot number.
 *
 * @example
 * const table = new SegmentTable(createWordReader());
 * table.get("Kết nối", 0, 3, segmentHash("Kết nối", 0, 3)).single?.folded // "ket"
 */
export class SegmentTable {
  constructor(private readonly reader: WordReader) {}

  /** slot s, from SLOT·s: the hash, the length (0: empty), the summary, the repair version, then the code units (see {@link SLOT}) */
  private slots = new Int32Array(SLOT << 12);
  private segments: (Segment | undefined)[] = new Array<Segment | undefined>(1 << 12).fill(undefined);
  /** Each slot's segment's `single`. */
  private singles: (WordForms | null)[] = new Array<WordForms | null>(1 << 12).fill(null);
  private size = 0;

  /** The segment of text[from, to) (not empty), read and remembered when new (`hash`: its {@link segmentHash}). */
  get(text: string, from: number, to: number, hash: number): Segment {
    return this.segmentAt(this.find(text, from, to, hash));
  }

  /**
   * The slot of text[from, to) (not empty; `hash`: its {@link segmentHash}), its piece read and
   * remembered when new: what `*At` reads, until the next `find`.
   */
  find(text: string, from: number, to: number, hash: number): number {
    const slots = this.slots;
    const mask = this.segments.length - 1;
    const length = to - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const used = slots[at + 1]!;
      if (used === 0) break;
      if (slots[at] === hash && used === length && (length <= INLINE_UNITS ? inlineEquals(slots, at + 4, text, from, to) : equals(this.segments[slot]!.key, text, from))) return slot;
    }
    const segment = readSegment(this.reader, text.slice(from, to));
    if (this.size >= CACHE_LIMIT) this.clear();
    if ((this.size + 1) * 2 > this.segments.length) this.grow();
    this.size++;
    return this.insert(hash, segment, summaryOf(segment), 0);
  }

  /** A slot's segment. */
  segmentAt(slot: number): Segment {
    return this.segments[slot]!;
  }

  /** A slot's segment's word, when its summary says it has one ({@link oneWord}). */
  singleAt(slot: number): WordForms {
    return this.singles[slot]!;
  }

  /** A slot's summary: read with {@link oneWord}, {@link summaryRuns}, {@link summaryLetterWords}, {@link summaryMarked}, and `repairableAt`. */
  summaryAt(slot: number): number {
    return this.slots[SLOT * slot + 2]!;
  }

  /** Whether OCR repair could change one of a slot's words, against repair version `version` (undefined: not known for that version). */
  repairableAt(slot: number, version: number): boolean | undefined {
    const at = SLOT * slot;
    return this.slots[at + 3] === version ? (this.slots[at + 2]! & REPAIRABLE) !== 0 : undefined;
  }

  /** Remembers whether OCR repair could change one of a slot's words, for repair version `version`. */
  setRepairable(slot: number, version: number, repairable: boolean): void {
    const at = SLOT * slot;
    this.slots[at + 3] = version;
    this.slots[at + 2] = (this.slots[at + 2]! & ~REPAIRABLE) | (repairable ? REPAIRABLE : 0);
  }

  private insert(hash: number, segment: Segment, summary: number, repairFor: number): number {
    const slots = this.slots;
    const mask = this.segments.length - 1;
    let slot = hash & mask;
    while (slots[SLOT * slot + 1] !== 0) slot = (slot + 1) & mask;
    const at = SLOT * slot;
    const key = segment.key;
    slots[at] = hash;
    slots[at + 1] = key.length;
    slots[at + 2] = summary;
    slots[at + 3] = repairFor;
    if (key.length <= INLINE_UNITS) {
      for (let k = 0; k < key.length; k += 2) slots[at + 4 + (k >> 1)] = key.charCodeAt(k) | (k + 1 < key.length ? key.charCodeAt(k + 1) << 16 : 0);
    }
    this.segments[slot] = segment;
    this.singles[slot] = segment.single;
    return slot;
  }

  private grow(): void {
    this.rebuild(this.segments.length * 2);
  }

  private clear(): void {
    this.slots = new Int32Array(SLOT << 12);
    this.segments = new Array<Segment | undefined>(1 << 12).fill(undefined);
    this.singles = new Array<WordForms | null>(1 << 12).fill(null);
    this.size = 0;
  }

  private rebuild(size: number): void {
    const { slots, segments } = this;
    this.slots = new Int32Array(SLOT * size);
    this.segments = new Array<Segment | undefined>(size).fill(undefined);
    this.singles = new Array<WordForms | null>(size).fill(null);
    for (let slot = 0; slot < segments.length; slot++) {
      const at = SLOT * slot;
      if (slots[at + 1] !== 0) this.insert(slots[at]!, segments[slot]!, slots[at + 2]!, slots[at + 3]!);
    }
  }
}

/**
 * Whether a {@link SegmentTable} summary is of a piece of one word, without a clause separator or
 * number before it: then its word is `singleAt`, and the summary holds its counts.
 *
 * @example
 * oneWord(table.summaryAt(table.find("nối,", 0, 4, segmentHash("nối,", 0, 4)))) // true
 */
export const oneWord = (summary: number): boolean => (summary & ONE_WORD) !== 0;
/**
 * A one-word summary's `runs` (of clause separators; see {@link oneWord}).
 *
 * @example
 * summaryRuns(summary) // 1 for "nối,"
 */
export const summaryRuns = (summary: number): number => (summary >> 1) & 127;
/**
 * A one-word summary's `letterWords` (see {@link oneWord}).
 *
 * @example
 * summaryLetterWords(summary) // 1 for "nối,"
 */
export const summaryLetterWords = (summary: number): number => (summary >> 8) & 255;
/**
 * A one-word summary's `marked` (see {@link oneWord}).
 *
 * @example
 * summaryMarked(summary) // 1 for "nối,"
 */
export const summaryMarked = (summary: number): number => (summary >> 16) & 255;

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
