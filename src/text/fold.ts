import { replaceRunsWithSpace } from "./runs";

/**
 * Unicode NFC normal form: the form every text is stored in.
 *
 * @example
 * toNFC("Ho\u0300a") // "Hòa"
 */
export function toNFC(text: string): string {
  return text.normalize("NFC");
}

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Removes Vietnamese diacritics (tone and vowel marks, and đ/Đ → d/D), keeping case.
 * Used only for matching; the model keeps the original text.
 *
 * @example
 * foldDiacritics("Định danh điện tử") // "Dinh danh dien tu"
 */
export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/**
 * The text folded to lower case without diacritics (đ as d), one character per character so that
 * positions found in it are positions in the text; null when some character folds to several.
 *
 * @example
 * sameLengthFold("UBND thị xã Ninh Hòa") // "ubnd thi xa ninh hoa"
 */
export function sameLengthFold(text: string): string | null {
  const same = foldDiacritics(text).toLowerCase();
  return same.length === text.length ? same : null;
}

/**
 * The matching form of a text: NFC, diacritics folded, lower case, every run of characters other
 * than letters and digits turned into one space, trimmed.
 *
 * @example
 * foldForMatch("Cơ sở dữ liệu quốc gia về dân cư; (CSDLQG)") // "co so du lieu quoc gia ve dan cu csdlqg"
 */
export function foldForMatch(text: string): string {
  // in pieces for long texts: a run of millions of non-letters would overflow the regex engine's stack
  return replaceRunsWithSpace(foldDiacritics(text).toLowerCase(), /[^\p{L}\p{N}]+/gu).trim();
}
