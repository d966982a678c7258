import { foldDiacritics } from "./fold";
import { tonedForm } from "./tone";

/** Function words that carry no topic, written with diacritics. */
const FUNCTION_WORDS =
  "và với của các cho trên trong để theo về từ đến tới là những được này đó tại thì hoặc nhằm khi sau trước giữa " +
  "bằng như vào ra lên lại còn đã đang sẽ cần phải mỗi từng khác cũng tất cả việc nhất hơn rất qua ở nào gì " +
  "đây ấy kia một do " +
  // parts of document numbers ("69/2024/NĐ-CP", "06/QĐ-TTg")
  "nđ cp qđ ttg kh ct nq qh tw bcđtw";

/**
 * Boilerplate of implementation plans, written with diacritics: the verbs, generic nouns and
 * set phrases every task shares ("triển khai", "thực hiện", "phối hợp", "nghiên cứu", "hệ thống",
 * "cơ sở dữ liệu quốc gia về dân cư" …). Kept for matching but down-weighted, and never the
 * distinctive object a link is anchored on.
 *
 * A phrase's syllables count as boilerplate words, and two boilerplate words side by side as a
 * boilerplate term, so a phrase whose syllable heads object words would hide them: "tài liệu" is
 * not listed, because its "tài" would make "tài chính", "tài sản" and "tài khoản" boilerplate (and
 * leave the national task of the finance database, V.4, without a distinctive term).
 */
const BOILERPLATE_PHRASES = [
  "triển khai",
  "thực hiện",
  "phối hợp",
  "tổ chức",
  "chủ trì",
  "tham mưu",
  "hướng dẫn",
  "tăng cường",
  "đẩy mạnh",
  "nâng cao",
  "đảm bảo",
  "bảo đảm",
  "hiệu quả",
  "liên quan",
  "địa phương",
  "bộ ngành",
  "cơ quan",
  "đơn vị",
  "hoàn thành",
  "tiếp tục",
  "xây dựng",
  "phát triển",
  "ứng dụng",
  "phục vụ",
  "dịch vụ",
  "quy định",
  "kế hoạch",
  "đề án",
  "nhiệm vụ",
  "giải pháp",
  "tỉnh",
  "thành phố",
  "huyện",
  "xã",
  "quận",
  "thị xã",
  "cấp",
  "sở",
  "ban",
  "ngành",
  "người dân",
  "doanh nghiệp",
  "ủy ban nhân dân",
  "kịp thời",
  "đồng bộ",
  "thống nhất",
  "chặt chẽ",
  "tích cực",
  "quyết liệt",
  "yêu cầu",
  "kết quả",
  "sản phẩm",
  "báo cáo",
  "kiểm tra",
  "giám sát",
  "đánh giá",
  "nghiên cứu",
  "đề xuất",
  "góp ý",
  "rà soát",
  "tham gia",
  "trên địa bàn",
  "hoạt động",
  "công tác",
  "chỉ đạo",
  "điều hành",
  "chính phủ",
  "trung ương",
  "lãnh đạo",
  "cần thiết",
  "năm",
  "tháng",
  "ngày",
  "quý",
  "cơ sở dữ liệu quốc gia về dân cư",
  "cơ sở dữ liệu",
  "dữ liệu",
  "quốc gia",
  "dân cư",
  "điều kiện",
  "xử lý",
  "trung tâm",
  "tiện ích",
  "công nghệ",
  "chương trình",
  "mục đích",
  "nhà nước",
  "trực tuyến",
  "hệ thống",
  "thông tin",
  "quản lý",
  "sử dụng",
  "cá nhân",
  "môi trường",
  "điện tử",
  "cung cấp",
  "hiện đại",
  "thực chất",
  "chuyên ngành",
  "lĩnh vực",
  "nội dung",
  "hình thức",
  "phương án",
  "cơ chế",
  "chính sách",
  "mô hình",
  "nền tảng",
  "hạ tầng",
  "tiến độ",
  "lộ trình",
  "công dân",
  "thủ tục hành chính",
  "giải quyết",
  "thủ tướng",
  "hồ sơ",
  "đăng ký",
  "văn bản",
  "tuyên truyền",
  "phổ biến",
  "kinh tế xã hội",
  "hoàn thiện",
  "khó khăn",
  "vướng mắc",
  "thời gian",
  "quá trình",
  "đáp ứng",
  "nhu cầu",
  "duy trì",
  "đời sống",
];

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);

/** A word set in both matching forms. */
export interface WordSets {
  toned: ReadonlySet<string>;
  folded: ReadonlySet<string>;
}

function wordSets(list: readonly string[]): WordSets {
  return { toned: new Set(list.map(tonedForm)), folded: new Set(list.map((w) => foldDiacritics(w).toLowerCase())) };
}

/** Function words, in both forms: dropped before matching. */
export const STOPWORDS: WordSets = wordSets(words(FUNCTION_WORDS));

/** Words of boilerplate phrases, in both forms. */
export const BOILERPLATE_WORDS: WordSets = wordSets(BOILERPLATE_PHRASES.flatMap(words));

function pairSets(): WordSets {
  const toned = new Set<string>();
  const folded = new Set<string>();
  for (const phrase of BOILERPLATE_PHRASES) {
    const list = words(phrase);
    for (let i = 1; i < list.length; i++) {
      toned.add(`${tonedForm(list[i - 1]!)} ${tonedForm(list[i]!)}`);
      folded.add(foldDiacritics(`${list[i - 1]} ${list[i]}`).toLowerCase());
    }
  }
  return { toned, folded };
}

/** Two-word terms of boilerplate phrases, in both forms. */
export const BOILERPLATE_PAIRS: WordSets = pairSets();

/** {@link BOILERPLATE_PAIRS} by first word: the second words each one takes. */
const BOILERPLATE_NEXT: Record<"toned" | "folded", ReadonlyMap<string, ReadonlySet<string>>> = {
  toned: byFirstWord(BOILERPLATE_PAIRS.toned),
  folded: byFirstWord(BOILERPLATE_PAIRS.folded),
};

/**
 * Two-word terms ("a b") by their first word: the second words each one takes, so that a pair is
 * looked up without writing it.
 *
 * @example
 * byFirstWord(new Set(["du lieu", "du an"])).get("du") // Set {"lieu", "an"}
 */
export function byFirstWord(pairs: Iterable<string>): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>();
  for (const pair of pairs) {
    const [first, second] = pair.split(" ") as [string, string];
    let seconds = next.get(first);
    if (!seconds) next.set(first, (seconds = new Set()));
    seconds.add(second);
  }
  return next;
}

/** {@link boilerplateRole}: a boilerplate word. */
export const BOILERPLATE_WORD = 1;
/** {@link boilerplateRole}: the first word of a two-word term of a boilerplate phrase. */
export const BOILERPLATE_PHRASE_HEAD = 2;

/**
 * What a word can be in a boilerplate two-word term: {@link BOILERPLATE_WORD},
 * {@link BOILERPLATE_PHRASE_HEAD}, both (their sum) or neither (0). A pair "a b" is boilerplate
 * ({@link isBoilerplatePair}) when both are boilerplate words, or a starts a phrase's pair and
 * {@link inBoilerplatePhrase} holds: a caller that keeps each word's role asks the sets only then.
 *
 * @example
 * boilerplateRole(tonedForm("triển"), "toned") & BOILERPLATE_PHRASE_HEAD // 2
 * boilerplateRole("vneid", "folded") // 0
 */
export function boilerplateRole(word: string, form: "toned" | "folded"): number {
  return (BOILERPLATE_WORDS[form].has(word) ? BOILERPLATE_WORD : 0) | (BOILERPLATE_NEXT[form].has(word) ? BOILERPLATE_PHRASE_HEAD : 0);
}

/**
 * Whether "a b" is a two-word term of a boilerplate phrase ({@link BOILERPLATE_PAIRS}), without writing it.
 *
 * @example
 * inBoilerplatePhrase(tonedForm("triển"), tonedForm("khai"), "toned") // true
 */
export function inBoilerplatePhrase(a: string, b: string, form: "toned" | "folded"): boolean {
  return BOILERPLATE_NEXT[form].get(a)?.has(b) ?? false;
}

/**
 * {@link isBoilerplate} of the two-word term "a b" (two matching words, without spaces), without
 * writing the term: the linker asks it of every word pair a target lacks.
 *
 * @example
 * isBoilerplatePair(tonedForm("triển"), tonedForm("khai"), "toned") // true
 */
export function isBoilerplatePair(a: string, b: string, form: "toned" | "folded"): boolean {
  if (inBoilerplatePhrase(a, b, form)) return true;
  const words = BOILERPLATE_WORDS[form];
  return words.has(a) && words.has(b);
}

/**
 * Whether a matching term (one word or two, in the given form) is boilerplate: a boilerplate
 * two-word phrase, a boilerplate word, or two boilerplate words side by side.
 *
 * @example
 * isBoilerplate("triển khai".split(" ").map(tonedForm).join(" "), "toned") // true
 * isBoilerplate([tonedForm("bảo"), tonedForm("hiểm")].join(" "), "toned") // false
 */
export function isBoilerplate(term: string, form: "toned" | "folded"): boolean {
  if (BOILERPLATE_PAIRS[form].has(term)) return true;
  // every word of the term (as split on spaces) boilerplate
  const words = BOILERPLATE_WORDS[form];
  for (let start = 0; ; ) {
    const space = term.indexOf(" ", start);
    if (!words.has(space < 0 ? term.slice(start) : term.slice(start, space))) return false;
    if (space < 0) return true;
    start = space + 1;
  }
}
