import { ABBREVIATIONS } from "./abbreviations";
import { foldForMatch } from "./fold";

/**
 * A short form a document defines for itself and the words it stands for.
 *
 * @example
 * const own: OwnAbbreviation = { short: "NDXP", long: "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia" };
 */
export interface OwnAbbreviation {
  short: string;
  long: string;
}

const KNOWN = new Set(ABBREVIATIONS.map((a) => foldForMatch(a.abbr)));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Whether a word is an acronym: two or more letters, all upper case ("ĐDĐT", "NDXP"). */
const isAcronym = (word: string) => /^[\p{Lu}\d&-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

/**
 * A text with the short forms its document defined for itself written out ("tài khoản ĐDĐT" →
 * "tài khoản định danh điện tử mức độ 2"), so that a task written only with them reads like one
 * written in full. Only short forms holding an acronym the shared table ({@link ABBREVIATIONS})
 * does not already expand are written out (a name such as "Đề án 06" is words already); longer
 * short forms first.
 *
 * @example
 * expandOwnAbbreviations("Kết nối NDXP với CSDLQG", [{ short: "NDXP", long: "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia" }])
 * // "Kết nối Nền tảng tích hợp, chia sẻ dữ liệu quốc gia với CSDLQG"
 */
export function expandOwnAbbreviations(text: string, abbreviations: readonly OwnAbbreviation[]): string {
  let out = text;
  const own = abbreviations
    .filter((a) => a.short.split(/\s+/).some((w) => isAcronym(w) && !KNOWN.has(foldForMatch(w))))
    .sort((a, b) => b.short.length - a.short.length);
  for (const { short, long } of own) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(short)}(?![\\p{L}\\p{N}])`, "gu"), long);
  }
  return out;
}
