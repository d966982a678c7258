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
  const words = text.normalize("NFD").split(/[^\p{L}\u0300-\u036f]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  return words.filter((w) => MARKED.test(w)).length / words.length >= 1 / 3;
}
