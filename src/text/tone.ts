import { replaceRunsWithSpace } from "./runs";

// Tone marks (combining, after NFD): huyền, sắc, ngã, hỏi, nặng.
const TONES: Record<string, string> = { "\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5" };
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word with its tone moved from the vowel to a digit at the end ("hoá" and "hóa" → "hoa1";
 * "thuế" → "thuê1", "thuê" stays "thuê"). Keeps the distinctions folding loses while ignoring
 * where a writer placed the tone mark (old and new orthography).
 *
 * @example
 * tonedForm("Hoá") === tonedForm("hóa") // true
 * tonedForm("thuế") === tonedForm("thuê") // false
 */
export function tonedForm(word: string): string {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tone = decomposed.match(TONE_MARKS)?.[0];
  const base = decomposed.replace(TONE_MARKS, "").normalize("NFC");
  return tone ? base + TONES[tone] : base;
}

const MARKED = /[\u0300-\u036f]|đ/i;

/**
 * Whether a text is written with Vietnamese diacritics (at least a third of its words carry a
 * mark), as opposed to text stripped of them or OCR'd without them.
 *
 * @example
 * hasDiacritics("Kết nối dữ liệu dân cư") // true
 * hasDiacritics("Ket noi du lieu dan cu") // false
 */
export function hasDiacritics(text: string): boolean {
  const [words, marked] = diacriticCounts(text);
  if (words === 0) return false;
  return marked / words >= 1 / 3;
}

/**
 * The words of a text and those with a mark, as {@link hasDiacritics} counts them. Counted per
 * chunk between ASCII characters other than letters: such a character is a word separator and a
 * starter (combining class 0) that decomposition and canonical reordering never cross, so the
 * NFD words of the text are the NFD words of its chunks (each chunk counted on its own).
 */
export function diacriticCounts(text: string): [number, number] {
  let words = 0;
  let marked = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const separator = code < 0x80 && !((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a));
    if (!separator) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const counts = chunkCounts(text.slice(start, i));
      words += counts[0];
      marked += counts[1];
      start = -1;
    }
  }
  return [words, marked];
}

/** Words and words with a mark in a chunk of text, as the whole-text rule counts them. */
function chunkCounts(chunk: string): readonly [number, number] {
  // runs of separators made one space in pieces (split(/[^…]+/u) overflows the stack on a run of millions)
  const words = replaceRunsWithSpace(chunk.normalize("NFD"), /[^\p{L}\u0300-\u036f]+/gu)
    .split(" ")
    .filter((w) => /\p{L}/u.test(w));
  return [words.length, words.filter((w) => MARKED.test(w)).length];
}
