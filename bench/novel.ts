// Novel wording for the benchmark's generator (bench/generate.ts): edits that make each local
// plan write a task its own way — synonyms, words dropped, listed items in another order, a
// word added — and a register of the wordings produced so far, so that no task text of a corpus
// repeats an earlier one. An analyst's corpus of real plans is closer to that than to plans that
// copy each other word for word (a linker that remembers wordings would otherwise be measured on
// its memo, not on its matching).
import type { Rng } from "./generate";

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

// Synonyms and near-synonyms administrative plans use for one another (both directions).
const SYNONYMS: readonly (readonly [string, string])[] = [
  ["bảo đảm", "đảm bảo"],
  ["đẩy mạnh", "tăng cường"],
  ["nâng cao", "tăng cường"],
  ["hoàn thành", "hoàn tất"],
  ["người dân", "công dân"],
  ["trên toàn quốc", "trên cả nước"],
  ["các cơ quan, đơn vị", "các đơn vị"],
  ["hướng dẫn", "chỉ dẫn"],
  ["phối hợp", "phối kết hợp"],
  ["kịp thời", "nhanh chóng"],
  ["chủ trì", "chịu trách nhiệm chính"],
  ["thực hiện", "thực thi"],
  ["cung cấp", "cung ứng"],
  ["sử dụng", "ứng dụng"],
  ["phục vụ", "đáp ứng"],
  ["doanh nghiệp", "tổ chức, doanh nghiệp"],
  ["theo quy định", "đúng quy định"],
  ["giai đoạn", "thời kỳ"],
  ["kiểm tra", "kiểm tra, giám sát"],
  ["tuyên truyền", "thông tin, tuyên truyền"],
  ["đầy đủ", "đầy đủ, chính xác"],
  ["hiệu quả", "có hiệu quả"],
  ["trang bị", "đầu tư, trang bị"],
  ["nghiên cứu", "khảo sát, nghiên cứu"],
];

const LETTER = /\p{L}/u;

/** The text with the first whole-word occurrence of `phrase` replaced by `other`, or null. */
function replaceWord(text: string, phrase: string, other: string): string | null {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after))) return text.slice(0, at) + other + text.slice(at + phrase.length);
  }
  return null;
}

// Words a plan adds to a task without changing what it is.
const FILLERS = ["kịp thời", "đồng bộ", "hiệu quả", "thống nhất", "nghiêm túc", "chặt chẽ", "thường xuyên", "cụ thể", "toàn diện", "quyết liệt"];

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Swaps each synonym pair the text writes (either side, lower case or capitalised) with probability `rate`. */
export function synonyms(rng: Rng, text: string, rate: number): string {
  let out = text;
  for (const [a, b] of SYNONYMS) {
    const replaced = replaceWord(out, a, b) ?? replaceWord(out, capital(a), capital(b)) ?? replaceWord(out, b, a) ?? replaceWord(out, capital(b), capital(a));
    if (replaced !== null && rng() < rate) out = replaced;
  }
  return out;
}

/** Drops `count` words of a text of eight words or more, never among its first two (the verb). */
export function dropWords(rng: Rng, text: string, count: number): string {
  const words = text.split(" ");
  for (let n = 0; n < count && words.length >= 8; n++) words.splice(2 + Math.floor(rng() * (words.length - 2)), 1);
  return words.join(" ");
}

/** Lists the items of a comma-separated enumeration (three or more) in another order: two neighbours swapped. */
export function swapItems(rng: Rng, text: string): string {
  const parts = text.split(", ");
  if (parts.length < 3) return text;
  const i = 1 + Math.floor(rng() * (parts.length - 2));
  [parts[i], parts[i + 1]] = [parts[i + 1]!, parts[i]!];
  return parts.join(", ");
}

/** Adds a word of emphasis ("kịp thời", "đồng bộ" …) after the verb or at the end. */
export function addFiller(rng: Rng, text: string): string {
  const words = text.split(" ");
  const filler = pick(rng, FILLERS);
  if (rng() < 0.5) {
    words.splice(Math.min(2, words.length), 0, filler);
    return words.join(" ");
  }
  return `${text.replace(/[.;\s]+$/u, "")} ${filler}`;
}

/** The edits of one plan's style, each a rate or a count. */
export interface WordingStyle {
  synonyms: number;
  drops: number;
  swaps: number;
  fillers: number;
}

/** A plan's way of rewording (seeded). */
export function wordingStyle(rng: Rng): WordingStyle {
  return { synonyms: 0.2 + rng() * 0.6, drops: 0.2 + rng() * 0.6, swaps: rng() * 0.5, fillers: rng() * 0.3 };
}

/** One pass of rewording edits in a plan's style. */
export function rewordOnce(rng: Rng, text: string, style: WordingStyle): string {
  let out = synonyms(rng, text, style.synonyms);
  if (rng() < style.drops) out = dropWords(rng, out, 1 + Math.floor(rng() * 2));
  if (rng() < style.swaps) out = swapItems(rng, out);
  if (rng() < style.fillers) out = addFiller(rng, out);
  return out;
}

/** Two 32-bit FNV-1a hashes of a text, as one number below 2^53 (equal texts, equal keys). */
function keyOf(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 2 ** 21 + ((b >>> 0) & 0x1fffff);
}

/**
 * The wordings a corpus has produced so far, by 53-bit hash: a text whose hash is known is never
 * let through (two equal texts hash alike, so none repeats; a rare collision only costs one more
 * edit). Counts how many texts needed more edits to become new.
 */
export class Wordings {
  readonly #seen = new Set<number>();
  /** Texts that needed one or more further edit passes, and those that needed the last resort (a place name). */
  reedited = 0;
  placed = 0;
  get size(): number {
    return this.#seen.size;
  }
  has(text: string): boolean {
    return this.#seen.has(keyOf(text));
  }
  add(text: string): void {
    this.#seen.add(keyOf(text));
  }
  /**
   * A wording of `raw` no earlier task wrote, as the plan writes it (`render`: diacritics stripped,
   * OCR noise …): the text itself if new, else after further rewording passes, and at last with
   * the plan's place named at the end ("… trên địa bàn xã Tân Phú 12").
   */
  novel(rng: Rng, raw: string, render: (raw: string) => string, style: WordingStyle, place: string): string {
    let source = raw;
    let out = render(source);
    for (let pass = 0; pass < 6 && this.has(out); pass++) {
      source = pass < 3 ? rewordOnce(rng, source, style) : addFiller(rng, source);
      out = render(source);
      if (pass === 0) this.reedited++;
    }
    for (let n = 0; this.has(out); n++) {
      if (n === 0) this.placed++;
      out = render(`${source.replace(/[.;\s]+$/u, "")} trên địa bàn ${place}${n ? ` (${n + 1})` : ""}`);
    }
    this.add(out);
    return out;
  }
}

/**
 * How many distinct texts a list of texts holds, by the 53-bit hashes of {@link Wordings} (a lower
 * bound: distinct hashes are distinct texts; equal counts prove that no text repeats).
 */
export function distinctTexts(texts: Iterable<string>): number {
  const keys = new Set<number>();
  for (const text of texts) keys.add(keyOf(text));
  return keys.size;
}

// Place names (communes, wards) for the last resort and the plans' titles.
const PLACE_NAMES = [
  "Tân Phú",
  "Hòa Bình",
  "An Khánh",
  "Phú Lộc",
  "Vĩnh Thạnh",
  "Đông Hòa",
  "Xuân Lộc",
  "Thạnh Mỹ",
  "Bình An",
  "Quảng Điền",
  "Hương Trà",
  "Phong Điền",
  "Ninh Sơn",
  "Cẩm Lệ",
  "Tiên Du",
  "Yên Thế",
];

/** A plan's place: a commune or province name and a number ("xã Tân Phú 12"). */
export function placeName(k: number, isProvince: boolean): string {
  return `${isProvince ? "tỉnh" : "xã"} ${PLACE_NAMES[k % PLACE_NAMES.length]} ${Math.floor(k / PLACE_NAMES.length) + 1}`;
}
