import { joinedAbbreviation } from "./concepts";
import { toNFC } from "./fold";
import { diacriticCounts } from "./tone";
import type { WordForms, WordReader } from "./word-reader";

// Reading one piece of text between spaces (what a segment table remembers, see segments.ts):
// its words, clause separators and diacritics.

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
 *
 * @example
 * readSegment(createWordReader(), "nối,").runs // 1
 */
export function readSegment(reader: WordReader, raw: string): Segment {
  // NFC and lower case, as the whole text would be (see splitWords)
  const piece = joinHyphenatedAbbreviations(toNFC(raw).toLowerCase());
  const segment: Segment = { key: raw, single: null, words: [], marks: [], runs: 0, letterWords: 0, marked: 0, leadingNumber: false };
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
