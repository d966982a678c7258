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

/** Folds `original` (already NFC) character by character, keeping the index map. */
export function foldWithOrigin(original: string): FoldedText {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of original) {
    const mapped = foldChar(char);
    for (const unit of mapped) {
      folded += unit;
      origin.push(index);
    }
    index += char.length;
  }
  origin.push(original.length);
  return { original, folded, origin };
}

/** The original wording behind `folded.slice(start, end)`. */
export function originalSlice(text: FoldedText, start: number, end: number): string {
  const from = text.origin[start] ?? text.original.length;
  const to = end >= text.origin.length - 1 ? text.original.length : (text.origin[end] ?? text.original.length);
  return text.original.slice(from, to).trim();
}
