import { ABBREVIATIONS } from "./abbreviations";
import { foldDiacritics, foldForMatch } from "./fold";

/** A word in both matching forms: folded (no diacritics) and toned (see `tonedForm`), and the clause it is in. */
export interface MatchWord {
  folded: string;
  toned: string;
  /** Index of the clause (text between punctuation) the word stands in. */
  clause: number;
}

/**
 * Synonyms of the programme's named objects (matching form, folded), each mapped to one concept
 * token and named for people to read: the VNeID app, the IOC, the citizen-identity card, …
 * General programme vocabulary, not taken from any one plan.
 */
const SYNONYMS: readonly { concept: string; name: string; forms: readonly string[] }[] = [
  {
    concept: "vneid",
    name: "VNeID",
    forms: [
      "vneid",
      "vnelid",
      "vn eid",
      "ung dung vneid",
      "ung dung cong dan so",
      "ung dung di dong cong dan so",
      "ung dung dinh danh dien tu",
      "ung dung dinh danh quoc gia",
      "ung dung dinh danh",
      "cong dan so tu vneid",
      "cong an so tu vneid",
    ],
  },
  // the national public-service portal, and the province's (ministry's) system for handling
  // procedures that Nghị định 107/2021/NĐ-CP made of the former one-stop-shop system
  { concept: "congdvc", name: "Cổng Dịch vụ công", forms: ["cong dich vu cong quoc gia", "cong dich vu cong"] },
  {
    concept: "httthc",
    name: "Hệ thống thông tin giải quyết thủ tục hành chính",
    forms: ["he thong thong tin giai quyet thu tuc hanh chinh", "he thong thong tin mot cua dien tu", "he thong mot cua dien tu"],
  },
  { concept: "ioc", name: "IOC", forms: ["ioc", "trung tam giam sat dieu hanh thong minh", "trung tam dieu hanh thong minh", "trung tam giam sat dieu hanh do thi thong minh"] },
  { concept: "cccd", name: "căn cước công dân", forms: ["the can cuoc cong dan", "can cuoc cong dan", "the can cuoc", "can cuoc dien tu", "can cuoc"] },
  { concept: "cmnd", name: "chứng minh nhân dân", forms: ["giay chung minh nhan dan", "chung minh nhan dan"] },
  { concept: "dddt", name: "định danh và xác thực điện tử", forms: ["dinh danh va xac thuc dien tu", "dinh danh dien tu", "xac thuc dien tu"] },
  { concept: "gplx", name: "giấy phép lái xe", forms: ["giay phep lai xe"] },
  { concept: "dkdn", name: "đăng ký doanh nghiệp", forms: ["dang ky doanh nghiep"] },
  { concept: "lltp", name: "lý lịch tư pháp", forms: ["phieu ly lich tu phap", "ly lich tu phap"] },
  { concept: "kyso", name: "chữ ký số", forms: ["chu ky so", "ky so", "chung thu so", "chu ky dien tu"] },
  { concept: "motcua", name: "một cửa", forms: ["bo phan mot cua", "bo phan tiep nhan va tra ket qua", "mot cua"] },
  { concept: "dvcty", name: "dịch vụ công thiết yếu", forms: ["dich vu cong thiet yeu", "thu tuc hanh chinh thiet yeu"] },
  { concept: "bvdlcn", name: "bảo vệ dữ liệu cá nhân", forms: ["bao ve du lieu ca nhan"] },
  { concept: "ssk", name: "sổ sức khỏe điện tử", forms: ["so suc khoe dien tu", "so suc khoe"] },
  // the telecom sector among those III.1 names (banking, finance, telecom, power, water), as plans
  // name it: its mobile subscribers, SIM cards and carriers
  { concept: "vienthong", name: "viễn thông", forms: ["vien thong", "thue bao di dong", "thue bao", "sim", "nha mang"] },
];

const toWords = (text: string): string[] => foldForMatch(text).split(" ").filter(Boolean);

/** Folded abbreviation → its expansion, written with diacritics. */
const EXPANSIONS = new Map(ABBREVIATIONS.map(({ abbr, expansion }) => [foldForMatch(abbr).replace(/ /g, ""), expansion]));

/** Folded abbreviation → the words of its expansion. */
const EXPANSION_WORDS = new Map([...EXPANSIONS].map(([abbr, expansion]) => [abbr, expansion.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean)]));

interface PhraseRule {
  words: string[];
  concept: string;
}
const RULES_BY_FIRST = new Map<string, PhraseRule[]>();
for (const { concept, forms } of SYNONYMS) {
  for (const form of forms) {
    const words = toWords(form);
    RULES_BY_FIRST.set(words[0]!, [...(RULES_BY_FIRST.get(words[0]!) ?? []), { words, concept }]);
  }
}
for (const rules of RULES_BY_FIRST.values()) rules.sort((a, b) => b.words.length - a.words.length);

const NAMES = new Map(SYNONYMS.map((s) => [s.concept, s.name]));

/**
 * The name of a concept token for people to read (a word that is not a concept token, as it is).
 *
 * @example
 * conceptName("congdvc") // "Cổng Dịch vụ công"
 * conceptName("dan cu")  // "dan cu"
 */
export const conceptName = (token: string): string => NAMES.get(token) ?? token;

/** Whether a folded word (without spaces or "&") is a known abbreviation, e.g. `tttt` for "TT&TT". */
const isAbbreviation = (folded: string): boolean => EXPANSIONS.has(folded);

/**
 * The folded abbreviation a run of words joined by hyphens or "&" writes, if it is one ("KT-XH",
 * "LĐ-TB&XH", "TT&TT"); null for other joined words ("Kế hoạch-Đầu tư", "HĐND&UBND").
 *
 * @example
 * joinedAbbreviation("LĐ-TB&XH") // "ldtbxh"
 * joinedAbbreviation("HĐND&UBND") // null: two abbreviations
 */
export function joinedAbbreviation(run: string): string | null {
  const folded = foldDiacritics(run.replace(/[-&]/g, "")).toLowerCase();
  return isAbbreviation(folded) ? folded : null;
}

/** The concept tokens synonyms map to (e.g. `vneid`, `ioc`, `cccd`). */
export const CONCEPTS: ReadonlySet<string> = new Set(SYNONYMS.map((s) => s.concept));

/**
 * Expands abbreviations into their words ("CSDLQG" → "Cơ sở dữ liệu quốc gia") so both forms
 * match, using `toMatchWord` to put each expansion word in matching form.
 */
export function expandAbbreviations(words: readonly MatchWord[], toMatchWord: (word: string, clause: number) => MatchWord): MatchWord[] {
  const out: MatchWord[] = [];
  for (const word of words) {
    const expansion = EXPANSION_WORDS.get(word.folded);
    if (expansion) for (const w of expansion) out.push(toMatchWord(w, word.clause));
    else out.push(word);
  }
  return out;
}

/**
 * Replaces every synonym phrase of a programme concept by its concept token, longest first
 * ("ứng dụng định danh điện tử" and "VNeID" both become `vneid`).
 *
 * @example
 * canonicalizeConcepts(words) // "ứng dụng định danh điện tử" → one word { folded: "vneid", toned: "vneid" }
 */
export function canonicalizeConcepts(words: readonly MatchWord[]): MatchWord[] {
  const out: MatchWord[] = [];
  for (let i = 0; i < words.length; ) {
    const rule = RULES_BY_FIRST.get(words[i]!.folded)?.find((r) => r.words.every((w, k) => words[i + k]?.folded === w));
    if (rule) {
      out.push({ folded: rule.concept, toned: rule.concept, clause: words[i]!.clause });
      i += rule.words.length;
    } else {
      out.push(words[i]!);
      i++;
    }
  }
  return out;
}

/**
 * The concept phrase {@link canonicalizeConcepts} replaces at word `i` of a word sequence (the
 * longest that matches its folded forms, within the first `end` words), if any: its concept token and its length in words.
 */
export function conceptAt(words: readonly { folded: string }[], i: number, end = words.length): { concept: string; length: number } | undefined {
  const rules = RULES_BY_FIRST.get(words[i]!.folded);
  if (!rules) return undefined;
  for (const rule of rules) {
    const length = rule.words.length;
    if (i + length > end) continue;
    let k = 0;
    while (k < length && words[i + k]!.folded === rule.words[k]) k++;
    if (k === length) return { concept: rule.concept, length };
  }
  return undefined;
}

/** Whether a concept phrase of {@link canonicalizeConcepts} can start with this folded word. */
export const startsConcept = (folded: string): boolean => RULES_BY_FIRST.has(folded);

/** The words {@link expandAbbreviations} puts in place of a folded word, if it is an abbreviation. */
export function expansionOf(folded: string): readonly string[] | undefined {
  return EXPANSION_WORDS.get(folded);
}
