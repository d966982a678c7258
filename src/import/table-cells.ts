import { parseDeadline } from "../deadline/parse";
import { readAgencyList, startsWithAgency } from "../text/agency-list";
import { AGENCY_HEADS } from "../text/agency-names";
import type { ColumnKind } from "../text/column-names";
import { foldDiacritics, foldForMatch } from "../text/fold";
import { DEADLINE_STARTERS } from "../text/plan-words";
import { hasDiacritics } from "../text/tone";

/** Rows longer than this are not split (they are not one row of a table). */
const MAX_ROW_WORDS = 1500;
/** The longest agency, product or deadline cell considered, in words. */
const MAX_CELL_WORDS = 80;

/** A word of a flattened row and whether it begins its line. */
interface Word {
  text: string;
  lineStart: boolean;
}

const STARTERS = DEADLINE_STARTERS.map((s) => foldForMatch(s)).sort((a, b) => b.length - a.length);
/** Words a cell cannot end on: connectors, prepositions, articles ("… Hoàn thành trong | Quý I/2027"). */
const JOINERS = new Set([
  "và",
  "&",
  "-",
  "–",
  "—",
  "của",
  "với",
  "các",
  "những",
  "tại",
  "về",
  "trong",
  "trên",
  "dưới",
  "giữa",
  "cho",
  "để",
  "theo",
  "từ",
  "đến",
  "là",
  "được",
  "bằng",
  "như",
  "hoặc",
  "(",
  "“",
  '"',
]);
/** Last words of heads that need a complement ("Sở", "Văn phòng"): a cell cannot end on them. */
const BARE_HEADS = new Set(AGENCY_HEADS.filter((h) => h.complement).map((h) => h.words.toLowerCase().split(" ").at(-1)!));
/** The heads that need a complement, folded, each as its words. */
const FOLDED_BARE_HEADS = AGENCY_HEADS.filter((h) => h.complement).map((h) => foldForMatch(h.words).split(" "));

/**
 * In a row written without diacritics, whether word `i` is a bare head that opens a list entry
 * ("…, So | Khoa hoc va Cong nghe"): folded, "so" is also "số" ("chuyen doi so | Cong an …") and
 * "ban" also "bàn" ("tren dia ban | So …"), both of which may end a cell, so only after a list
 * separator.
 */
function plainBareHead(words: Word[], i: number): boolean {
  return FOLDED_BARE_HEADS.some((head) => {
    const first = i - head.length + 1;
    if (first < 1 || head.some((word, k) => foldForMatch(words[first + k]!.text) !== word)) return false;
    const before = words[first - 1]!.text;
    return /[,;]$/.test(before) || before === "&" || foldForMatch(before) === "va";
  });
}

/**
 * Whether a cell may begin before word `j`: the word is capitalised (or a quote, bracket or digit at
 * the start of a line) and the word before it does not bind it to what precedes (a comma, "và",
 * "của", an open bracket).
 */
function canStartCell(words: Word[], j: number, plain: boolean): boolean {
  const word = words[j]!;
  const previous = words[j - 1]!;
  const before = previous.text.toLowerCase();
  if (/[,;(:–-]$/.test(before) || JOINERS.has(before) || (plain ? plainBareHead(words, j - 1) : BARE_HEADS.has(before))) return false;
  if (/^["“(]?\p{Lu}/u.test(word.text)) return true;
  return word.lineStart && /^\p{N}/u.test(word.text);
}

/**
 * Whether a text begins like a deadline cell: "Tháng …", "Trong năm …", "Thực hiện thường xuyên" …
 *
 * @example
 * startsLikeDeadline("Hoàn thành trước ngày 31/12/2026") // true
 */
export function startsLikeDeadline(text: string): boolean {
  const folded = foldForMatch(text);
  if (!STARTERS.some((s) => folded === s || folded.startsWith(`${s} `))) return false;
  // without diacritics an opening word may be another word ("Tu phap" is "Tư pháp", not "Từ …"):
  // then the opening itself must read as a deadline
  const opening = text.trim().split(/\s+/).slice(0, OPENING_WORDS).join(" ");
  return foldDiacritics(opening) !== opening || !["unknown", "none"].includes(parseDeadline(opening).kind);
}

/** How many words of a text without diacritics must read as a deadline for it to start like one. */
const OPENING_WORDS = 5;

/** A cell's text with the readings its score is made of, each computed at most once. */
export interface CellText {
  text: string;
  agencies(): boolean;
  startsWithAgency(): boolean;
  startsLikeDeadline(): boolean;
  readableDeadline(): boolean;
}

/** Memoises a reading of a text. */
function once<T>(read: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: read() }).v;
}

/** The readings of a cell text, computed lazily: the same span is scored against several columns. */
function cellText(text: string): CellText {
  return {
    text,
    agencies: once(() => readAgencyList(text).ok),
    startsWithAgency: once(() => startsWithAgency(text)),
    startsLikeDeadline: once(() => startsLikeDeadline(text)),
    readableDeadline: once(() => !["unknown", "none"].includes(parseDeadline(text).kind)),
  };
}

const EMPTY_CELL = cellText("");

/** How many cell texts a {@link CellReader} remembers before it forgets them all (bounds its memory). */
const REMEMBERED_CELLS = 20_000;

/** Reads cell texts, remembering their readings: tables repeat their agency and deadline cells row after row. */
export type CellReader = (text: string) => CellText;

/**
 * A {@link CellReader} for one document: the rows of all its tables share it.
 *
 * @example
 * const read = cellReader();
 * read("Công an thành phố") === read("Công an thành phố") // true
 */
export function cellReader(): CellReader {
  const known = new Map<string, CellText>();
  return (text) => {
    let cell = known.get(text);
    if (!cell) {
      if (known.size >= REMEMBERED_CELLS) known.clear();
      cell = cellText(text);
      known.set(text, cell);
    }
    return cell;
  };
}

/** How well a span of words fits a column of the given kind (higher is better). */
function cellScore(kind: ColumnKind, cell: CellText): number {
  const text = cell.text;
  if (kind === "text" || kind === "service") return text ? 0 : -1000;
  if (kind === "lead" || kind === "coordinating") {
    if (!text) return -1;
    return cell.agencies() ? 2 : -4;
  }
  if (kind === "deadline") {
    if (!text) return -1.5;
    const starter = cell.startsLikeDeadline();
    if (cell.readableDeadline()) return starter ? 3 : 1;
    return starter ? 0.5 : -4;
  }
  if (kind === "serviceLevel") {
    if (!text) return -0.5;
    return /^\d$/.test(text) ? 2 : -4;
  }
  // product, notes, section and anything else: free text that is neither agencies nor a deadline
  // (a small cost for a non-empty cell, so that only a cell that starts a line beats an empty one)
  if (!text) return 0;
  if (cell.agencies()) return -3;
  if (cell.startsWithAgency()) return -2;
  if (cell.startsLikeDeadline() && cell.readableDeadline()) return -1;
  return -0.1;
}

/** The highest score {@link cellScore} gives a non-empty cell of each kind, to skip spans that cannot win. */
function bestCellScore(kind: ColumnKind): number {
  if (kind === "text" || kind === "service") return 0;
  if (kind === "lead" || kind === "coordinating" || kind === "serviceLevel") return 2;
  if (kind === "deadline") return 3;
  return -0.1;
}

/** The cells of a flattened row and, when the row could not be split with confidence, why. */
export interface FlatRowSplit {
  cells: string[];
  warning: string | null;
}

/**
 * Splits the running text of a flattened PDF table row into its cells. The cells come in column
 * order, each cell's words contiguous, but a line may end one cell and begin the next ("… hành chính
 * Công an thành phố Văn phòng UBNDTP, Sở"). The split is chosen among the places where a cell may
 * begin (a capitalised word not bound to the word before) by scoring each candidate cell against
 * its column: agency columns must read as agency lists (`readAgencyList`, built on the agency-name
 * data), the deadline column as a deadline (`parseDeadline` and the usual openings "Tháng",
 * "Thực hiện …"), a product column as neither. Ties go to the longer task text.
 *
 * @example
 * splitFlatRow([{ n: 1, text: "Tham gia góp ý Luật Cư trú Công an thành phố Sở Tư pháp" }, { n: 2, text: "Văn bản góp ý Tháng 12/2026" }],
 *   ["text", "lead", "coordinating", "product", "deadline"]).cells
 * // ["Tham gia góp ý Luật Cư trú", "Công an thành phố", "Sở Tư pháp", "Văn bản góp ý", "Tháng 12/2026"]
 */
export function splitFlatRow(lines: readonly { n: number; text: string }[], kinds: readonly ColumnKind[], read: CellReader = cellReader()): FlatRowSplit {
  const words: Word[] = [];
  for (const line of lines) {
    line.text
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .forEach((text, k) => words.push({ text, lineStart: k === 0 }));
  }
  const m = kinds.length;
  const n = words.length;
  if (m === 0) return { cells: [], warning: null };
  if (n === 0) return { cells: kinds.map(() => ""), warning: "the row is empty" };
  if (n > MAX_ROW_WORDS) {
    return { cells: [words.map((w) => w.text).join(" "), ...kinds.slice(1).map(() => "")], warning: `the row has ${n} words, too many to be one table row; all were kept as the task text` };
  }

  const positions = [0];
  // a row written without diacritics (as hasDiacritics tells, a third of its words marked)
  const plain = !hasDiacritics(words.map((w) => w.text).join(" "));
  for (let j = 1; j < n; j++) if (canStartCell(words, j, plain)) positions.push(j);
  positions.push(n);

  const join = (from: number, to: number) =>
    words
      .slice(from, to)
      .map((w) => w.text)
      .join(" ");
  const spans = new Map<number, CellText>();
  const span = (from: number, to: number) => {
    const key = from * (n + 1) + to;
    let cell = spans.get(key);
    if (!cell) spans.set(key, (cell = read(join(from, to))));
    return cell;
  };
  // PDF extraction starts most cells on a line of their own: a small bonus settles a name that
  // could end either cell ("Ngân hàng | Nhà nước Khu vực 9, …" vs "… Khu vực 9, … | Văn bản …")
  const bonus = (k: number, from: number, to: number) => (k > 0 && to > from && words[from]!.lineStart ? 0.2 : 0);
  const score = (k: number, from: number, to: number) => cellScore(kinds[k]!, span(from, to)) + bonus(k, from, to);
  /** An upper bound of `score`, without reading the span. */
  const bound = (k: number, from: number, to: number) => (to > from ? bestCellScore(kinds[k]!) : cellScore(kinds[k]!, EMPTY_CELL)) + bonus(k, from, to);

  // best[k][p]: best score of the first k cells ending at positions[p]; textEnd breaks ties.
  type State = { score: number; textEnd: number; back: number };
  const beats = (s: number, textEnd: number, current: State) => s > current.score + 1e-9 || (Math.abs(s - current.score) < 1e-9 && textEnd > current.textEnd);
  // a span whose best possible score could not replace the current state is not read
  const mayBeat = (bestScore: number, textEnd: number, current: State) => bestScore > current.score + 1e-9 || (bestScore > current.score - 1e-9 && textEnd > current.textEnd);
  const best: (State | null)[][] = Array.from({ length: m + 1 }, () => positions.map(() => null));
  best[0]![0] = { score: 0, textEnd: 0, back: -1 };
  for (let k = 1; k <= m; k++) {
    for (let p = k === m ? positions.length - 1 : 0; p < positions.length; p++) {
      for (let q = p; q >= 0; q--) {
        // cells other than the task text are short: stop looking further back
        if (k > 1 && positions[p]! - positions[q]! > MAX_CELL_WORDS) break;
        const previous = best[k - 1]![q];
        if (!previous) continue;
        const textEnd = k === 1 ? positions[p]! : previous.textEnd;
        const current = best[k]![p];
        if (current && !mayBeat(previous.score + bound(k - 1, positions[q]!, positions[p]!), textEnd, current)) continue;
        const s = previous.score + score(k - 1, positions[q]!, positions[p]!);
        if (!current || beats(s, textEnd, current)) best[k]![p] = { score: s, textEnd, back: q };
      }
    }
  }
  const final = best[m]![positions.length - 1];
  if (!final) return { cells: [join(0, n), ...kinds.slice(1).map(() => "")], warning: "the row could not be split into its columns; all its words were kept as the task text" };
  const cuts: number[] = [positions.length - 1];
  for (let k = m; k > 0; k--) cuts.unshift(best[k]![cuts[0]!]!.back);
  const cells = kinds.map((_, k) => join(positions[cuts[k]!]!, positions[cuts[k + 1]!]!));
  const problems = kinds
    .map((kind, k) => ({ kind, text: cells[k]!, score: cellScore(kind, span(positions[cuts[k]!]!, positions[cuts[k + 1]!]!)) }))
    .filter((c) => c.text && c.score < -0.5)
    .map((c) => `the ${c.kind} cell "${c.text}" does not read as ${c.kind === "deadline" ? "a deadline" : c.kind === "product" || c.kind === "notes" ? "a product" : "agencies"}`);
  return { cells, warning: problems.length ? `${problems.join("; ")}; kept as split` : null };
}
