import { CONCEPTS } from "./concepts";

/**
 * What a task does, read from its leading verb phrase. Tasks of the programme's plans begin with
 * what is to be done ("Kết nối, chia sẻ dữ liệu …", "Tham gia góp ý Luật …", "Thanh tra, kiểm tra
 * …") and then name its object. Most leading verbs say nothing specific ("triển khai", "thực
 * hiện", "xây dựng", "phối hợp"); these kinds are the ones that do, and a task that implements
 * another does the same kind of thing:
 * - `law`: comments on, issues or amends a legal instrument (or implements one: "triển khai
 *   thực hiện Thông tư …");
 * - `connect`: connects, shares, integrates or synchronises data or systems;
 * - `inspect`: inspects, checks, supervises, evaluates ("Đánh giá …" opening a task);
 * - `train`: trains; `inform`: communicates, campaigns; `fund`: budgets; `report`: reviews and
 *   reports on the plan itself.
 */
export type ActionKind = "law" | "connect" | "inspect" | "train" | "inform" | "fund" | "report";

/** The kinds of {@link ActionKind}, in bit order (bit k of an action set is kind k). */
export const ACTION_KINDS: readonly ActionKind[] = ["law", "connect", "inspect", "train", "inform", "fund", "report"];

/**
 * Kinds a local task can only do for a target that does the same: supporting work (inspection,
 * training, communication, budget, reporting) and legal drafting implement a national task only
 * when it is that same work ("Thanh tra công vụ … cán bộ, công chức" does not implement connecting
 * the database of civil servants).
 */
const ONLY_SAME_KIND: readonly ActionKind[] = ["law", "inspect", "train", "inform", "fund", "report"];

const bit = (kind: ActionKind) => 1 << ACTION_KINDS.indexOf(kind);
const ONLY_SAME_MASK = ONLY_SAME_KIND.reduce((mask, kind) => mask | bit(kind), 0);

// Matching forms (folded, as `matchText` gives them: stop words such as "các", "việc", "theo"
// already gone). A phrase is read at most three words long.
const ACTION_PHRASES = new Map<string, ActionKind>([
  ...(["gop y", "ban hanh", "trinh chinh phu", "sua doi", "soan thao"] as const).map((p) => [p, "law"] as const),
  ...(["ket noi", "chia se", "tich hop", "dong bo", "lien thong"] as const).map((p) => [p, "connect"] as const),
  ...(["thanh tra", "kiem tra", "giam sat", "don doc"] as const).map((p) => [p, "inspect"] as const),
  ...(["dao tao", "tap huan", "boi duong"] as const).map((p) => [p, "train"] as const),
  ...(["tuyen truyen", "pho bien", "truyen thong"] as const).map((p) => [p, "inform"] as const),
  ...(["bo tri", "lap du toan", "kinh phi"] as const).map((p) => [p, "fund"] as const),
  ...(["so ket", "tong ket", "bao cao"] as const).map((p) => [p, "report"] as const),
]);

/**
 * Verbs that say what a task does only when they open it: "Đánh giá mức độ hài lòng …" is
 * evaluation work, "Rà soát, đánh giá và tái cấu trúc quy trình …" restructures (the assessment
 * is a step towards it). Elsewhere in the verb phrase they are read past.
 */
const OPENING_PHRASES = new Map<string, ActionKind>([["danh gia", "inspect"]]);

/** Leading verbs that say nothing specific (and words that join them): read past. */
const UNSPECIFIC = new Set([
  "trien khai",
  "thuc hien",
  "to chuc",
  "phoi hop",
  "chu tri",
  "tham muu",
  "tham gia",
  "tiep tuc",
  "day manh",
  "tang cuong",
  "hoan thanh",
  "tap trung",
  "khan truong",
  "chu dong",
  "xay dung",
  "hoan thien",
  "nang cap",
  "phat trien",
  "dau tu",
  "hieu qua",
  "dinh ky",
  "thuong xuyen",
  "bat dau",
  "duy tri",
  "nghien cuu",
  "tien hanh",
  "ra soat",
  "de xuat",
  "thi hanh",
  "va",
]);

/** Nouns that head an action ("chương trình đào tạo", "cơ chế thanh tra", "công tác truyền thông"): read past. */
const ACTION_HEADS = new Set(["chuong trinh", "khoa", "ke hoach", "co che", "cong tac", "hoat dong", "lop", "quy che", "du thao"]);

/** Legal instruments: a verb phrase that reaches one is about that instrument ("triển khai thực hiện Thông tư …"). */
const LEGAL_INSTRUMENTS = new Set(["luat", "nghi dinh", "thong tu", "nghi quyet", "quyet dinh", "van ban", "chi thi"]);

/** How many words after the verb phrase make the task's object, where a named system is looked for. */
const OBJECT_WORDS = 3;

/** The phrases {@link leadingPhrase} looks up, word by word: a node per beginning, with the phrase that ends there. */
interface PhraseNode {
  phrase: string | null;
  readonly next: Map<string, PhraseNode>;
}

const PHRASES: PhraseNode = { phrase: null, next: new Map() };
for (const phrase of [...ACTION_PHRASES.keys(), ...OPENING_PHRASES.keys(), ...LEGAL_INSTRUMENTS, ...UNSPECIFIC, ...ACTION_HEADS]) {
  let node = PHRASES;
  for (const word of phrase.split(" ")) {
    let next = node.next.get(word);
    if (!next) node.next.set(word, (next = { phrase: null, next: new Map() }));
    node = next;
  }
  node.phrase = phrase;
}

/** Whether one of the `count` words from `i` has a space (then phrases are joined as written, not looked up word by word). */
function spaced(words: readonly string[], i: number, count: number): boolean {
  for (let k = i; k < Math.min(words.length, i + count); k++) if (words[k]!.includes(" ")) return true;
  return false;
}

/**
 * A task's leading verb phrase: what it does ({@link ActionKind}s, as a bit set over
 * {@link ACTION_KINDS}) and the programme systems its object names (concept tokens such as
 * `vneid` and `ioc` among the first words after the verb phrase; none when the object is a legal
 * instrument).
 */
export interface LeadingPhrase {
  actions: number;
  systems: string[];
  /** Whether the verb phrase reaches a legal instrument: its object is a law, decree, circular … ("góp ý dự thảo Nghị định …"). */
  instrument: boolean;
}

/**
 * Reads the leading verb phrase of a task from its matching words (folded, see `matchText`).
 *
 * @example
 * leadingPhrase("tham gia gop y luat sua doi luat xu ly vi pham hanh chinh".split(" ")) // { actions: 1 (law), systems: [], instrument: true }
 * leadingPhrase("phat trien hoan thien trien khai hieu qua vneid".split(" "))          // { actions: 0, systems: ["vneid"], instrument: false }
 */
export function leadingPhrase(words: readonly string[]): LeadingPhrase {
  let actions = 0;
  let i = 0;
  scan: while (i < words.length) {
    // the phrases of two and three words from i that a table may hold, found word by word in PHRASES (none: no table holds one)
    const joined = spaced(words, i, 3);
    const two = joined ? undefined : PHRASES.next.get(words[i]!)?.next.get(words[i + 1]!);
    const three = joined ? undefined : two?.next.get(words[i + 2]!);
    for (let length = 3; length >= 1; length--) {
      if (i + length > words.length) continue;
      const phrase = length === 1 ? words[i]! : joined ? words.slice(i, i + length).join(" ") : ((length === 3 ? three : two)?.phrase ?? null);
      if (phrase === null) continue;
      const kind = ACTION_PHRASES.get(phrase) ?? (i === 0 ? OPENING_PHRASES.get(phrase) : undefined);
      if (kind) actions |= bit(kind);
      else if (LEGAL_INSTRUMENTS.has(phrase)) return { actions: actions | bit("law"), systems: [], instrument: true };
      else if (!UNSPECIFIC.has(phrase) && !ACTION_HEADS.has(phrase) && !OPENING_PHRASES.has(phrase)) continue;
      i += length;
      continue scan;
    }
    break;
  }
  // the distinct concepts of the object's words, in order
  const systems: string[] = [];
  for (let k = i; k < Math.min(words.length, i + OBJECT_WORDS); k++) {
    const word = words[k]!;
    if (CONCEPTS.has(word) && !systems.includes(word)) systems.push(word);
  }
  return { actions, systems, instrument: false };
}

/**
 * Whether a local task doing `local` can implement a target task doing `target` (action sets of
 * {@link leadingPhrase}): yes when they share a kind; otherwise no when both say what they do,
 * or when the local task does work that only implements the same work (law, inspection,
 * training, communication, budget, reporting).
 *
 * @example
 * const law = leadingPhrase(["gop", "y", "luat"]).actions;
 * const connect = leadingPhrase(["ket", "noi", "chia", "se", "du", "lieu"]).actions;
 * actionsCompatible(law, connect) // false
 * actionsCompatible(0, connect)   // true: "Triển khai …" says nothing specific
 */
export function actionsCompatible(local: number, target: number): boolean {
  if ((local & target) !== 0) return true;
  if (local !== 0 && target !== 0) return false;
  return (local & ONLY_SAME_MASK) === 0;
}
