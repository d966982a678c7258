import { foldDiacritics } from "../text/fold";

/**
 * A text in matching form (diacritics folded, lower case) that remembers, for every character,
 * where it came from in the original, so that a match can be reported in the original wording.
 */
export interface FoldedText {
  original: string;
  folded: string;
  /** `origin[i]` is the index in `original` of `folded[i]`; one extra entry marks the end. */
  origin: number[];
}

const foldedChars = new Map<string, string>();

/** One character in matching form, memoised (the alphabet of real text is small). */
function foldChar(char: string): string {
  let mapped = foldedChars.get(char);
  if (mapped === undefined) {
    mapped = foldDiacritics(char).toLowerCase();
    if (foldedChars.size < 65_536) foldedChars.set(char, mapped);
  }
  return mapped;
}

/**
 * Folds `original` (already NFC) character by character, keeping the index map: one entry per code
 * unit of the folded text (a character outside the BMP is two units, in `original` and in `folded`).
 */
export function foldWithOrigin(original: string): FoldedText {
  // characters that fold to themselves are copied a run at a time (one piece per run, not per
  // character: a long text would otherwise build millions of one-character pieces)
  const pieces: string[] = [];
  const origin: number[] = [];
  let same = 0; // start of the current run of characters that fold to themselves
  let index = 0;
  for (const char of original) {
    const mapped = foldChar(char);
    if (mapped === char) {
      for (let k = 0; k < char.length; k++) origin.push(index);
    } else {
      if (same < index) pieces.push(original.slice(same, index));
      pieces.push(mapped);
      for (let k = 0; k < mapped.length; k++) origin.push(index);
      same = index + char.length;
    }
    index += char.length;
  }
  if (same < index) pieces.push(original.slice(same, index));
  origin.push(original.length);
  return { original, folded: pieces.join(""), origin };
}

/** The original wording behind `folded.slice(start, end)`. */
export function originalSlice(text: FoldedText, start: number, end: number): string {
  const from = text.origin[start] ?? text.original.length;
  const to = end >= text.origin.length - 1 ? text.original.length : (text.origin[end] ?? text.original.length);
  return text.original.slice(from, to).trim();
}
