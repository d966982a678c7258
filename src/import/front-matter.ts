import { foldDiacritics, foldForMatch } from "../text/fold";
import { type HeadPiece, headPieces } from "./head-cells";
import { isBlank, type SourceLine } from "./source-lines";

// Where a document's own text sits between its front matter (header, decision articles) and its
// closing (recipients, signature), and what kind of document it is.

/** The kinds of document a title word names; only a plan (or programme) holds a task list of its own. */
const TITLE_WORDS: Record<string, string> = {
  "ke hoach": "Kế hoạch",
  "chuong trinh": "Chương trình",
  "quyet dinh": "Quyết định",
  "chi thi": "Chỉ thị",
  "cong van": "Công văn",
  "thong bao": "Thông báo",
  "nghi quyet": "Nghị quyết",
  "bao cao": "Báo cáo",
  "to trinh": "Tờ trình",
};
/** An official letter's subject line ("V/v triển khai …"): it stands where other documents have their title word. */
const SUBJECT = /(?:^|[|\t])\s*(?:v\s*\/\s*v|ve viec)\s|\sv\s*\/\s*v\s/;
/** A letter's number: "Số: 905/UBND-NC", not a plan's, decision's or other titled document's ("…/KH-UBND", "…/QĐ-UBND"). */
const LETTER_NUMBER = /(?:^|[\s|])s\S{0,2}\s*:\s*\d{0,6}\s*\/\s*(?!(?:kh|qd|ct|bc|tb|tt?r|nq|ctr|hd)\b)/;
/** The addressee line that follows an official letter's header. */
const ADDRESSEE = /^\s*kinh gui\b/;
/** A text folded (diacritics off, lower case) with its punctuation kept. */
const plainFold = (text: string) => foldDiacritics(text).toLowerCase();
const PLAN_KINDS = ["Kế hoạch", "Chương trình"];
/** Head lines are looked for in the first lines only. */
const HEAD_SPAN = 40;

/**
 * What {@link readFrontMatter} finds.
 *
 * @example
 * const { kind, noTaskList }: FrontMatter = readFrontMatter(lines, lines.length); // "Chỉ thị", "the document is a Chỉ thị (not a plan) …"
 */
export interface FrontMatter {
  /** The kind its title word names ("Kế hoạch", "Quyết định", "Chỉ thị" …); null without a title word. */
  kind: string | null;
  /** Index of the title word's line ("KẾ HOẠCH") the body starts from; null without one. */
  titleLine: number | null;
  /** The header's pieces (issuer, motto, number, date), from the lines above the title word. */
  head: HeadPiece[];
  /** Input lines (numbers) of the header, the decision's articles around an attached plan, and the closing blocks. */
  headLines: number[];
  wrapperLines: number[];
  closingLines: number[];
  /** Index where the body starts and where it stops (a closing block, else `bodyEnd`). */
  bodyStart: number;
  bodyStop: number;
  /** Lines (numbers) after a closing block and before `bodyEnd` that are not part of it. */
  afterClosing: number[];
  /** The text of the decision's grounds ("Căn cứ …", "Thực hiện …") when a plan is attached to it. */
  grounds: string[];
  /** Why the document holds no task list of its own (a directive, a decision without a plan), else null. */
  noTaskList: string | null;
}

const flat = (line: SourceLine | undefined) => (line ? line.text.replace(/[\t|]+/g, " ").trim() : "");
/**
 * The kind a title line names: the title word alone ("KẾ HOẠCH"), or in capitals before the
 * title on the same line ("KẾ HOẠCH Triển khai …"); not the operative "QUYẾT ĐỊNH:".
 */
function titleWord(line: SourceLine | undefined): string | null {
  const text = flat(line);
  const alone = TITLE_WORDS[foldForMatch(text).replace(/\s+/g, " ")];
  if (alone) return alone;
  const lead = /^(\p{Lu}+ \p{Lu}+)\s+(?=\p{Lu})/u.exec(text);
  return lead && !/^\S+ \S+\s+(?:SỐ|Số|số)\b/u.test(text) ? (TITLE_WORDS[foldForMatch(lead[1]!)] ?? null) : null;
}

/** Share of upper-case letters among a text's letters. */
function upperShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length ? letters.filter((c) => c !== c.toLowerCase()).length / letters.length : 0;
}

/**
 * Where an official letter's header ends: after its subject line ("V/v …", which may wrap) and the
 * lines of the other column that follow it as plain text (the place and date, the motto), up to
 * "Kính gửi:" or the first line of prose.
 */
function letterHeadEnd(lines: readonly SourceLine[], subject: number, bodyEnd: number): number {
  let end = subject + 1;
  for (let i = subject + 1; i < Math.min(bodyEnd, subject + 8); i++) {
    if (isBlank(lines[i])) continue;
    const text = plainFold(flat(lines[i]));
    if (/^kinh gui\b/.test(text) || text.split(/\s+/).length > 14) break;
    end = i + 1;
  }
  return end;
}

/**
 * Whether a line opens a closing block: "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" (in any cell).
 *
 * @example
 * opensClosing("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN") // true
 * opensClosing("1. Rà soát dữ liệu.") // false
 */
export function opensClosing(text: string): boolean {
  return text
    .split(/\t|\|/)
    .some((cell) => /^(?:noi nhan\b|(?:tm|kt|tl|tuq|q)\s*\.\s*\S|(?:t\/m|k\/t|t\/l)\.?\s*\S)/.test(plainFold(cell.trim()).replace(/^[^a-z]+/, "")) && /^[^a-z]*\p{L}/iu.test(cell.trim()));
}

/** Whether a line can be part of a closing block: a recipient, a title, a name, a cell of them. */
function closingLike(text: string, previousUpper: boolean): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  const words = t.split(" ").length;
  if (opensClosing(t)) return true;
  if (/^[-+•]\s*\S/.test(t) && words <= 20) return true;
  if (upperShare(t) >= 0.8 && words <= 10) return true;
  if (/^\(?(?:đã ký|da ky|ký|signed)\)?/iu.test(t) || /^\/\.$/.test(t)) return true;
  // a signer's name under a title: two to five capitalised words
  return previousUpper && /^(?:\p{Lu}\p{Ll}*\s){1,4}\p{Lu}\p{Ll}*\.?$/u.test(t);
}

/** The closing block starting at `start`: its line indexes (up to the first line that cannot be part of it). */
function closingBlock(lines: readonly SourceLine[], start: number, end: number): number[] {
  const out: number[] = [];
  let upper = false;
  for (let i = start; i < end; i++) {
    if (isBlank(lines[i])) continue;
    const text = flat(lines[i]);
    if (i > start && (titleWord(lines[i]) || !closingLike(text, upper))) break;
    out.push(i);
    upper = upperShare(text) >= 0.8 || opensClosing(text);
  }
  return out;
}

/**
 * Reads where a document's own text is: the header above its title word ("KẾ HOẠCH", "QUYẾT
 * ĐỊNH", "CHỈ THỊ"), the articles of a decision that attaches a plan ("Điều 1. Ban hành kèm
 * theo Quyết định này Kế hoạch …", then the plan's own "KẾ HOẠCH"), and closing blocks
 * ("Nơi nhận: …", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / … / name"). A directive, an official
 * letter or a decision without an attached plan holds no task list: `noTaskList` says so.
 *
 * @example
 * const lines = toSourceLines("ỦY BAN NHÂN DÂN TỈNH X\nSố: 3/CT-UBND\nCHỈ THỊ\n1. Các sở quán triệt.\nNơi nhận:\n- Lưu: VT.");
 * readFrontMatter(lines, lines.length) // { kind: "Chỉ thị", titleLine: 2, bodyStop: 4, noTaskList: "…", … }
 */
export function readFrontMatter(lines: readonly SourceLine[], bodyEnd: number): FrontMatter {
  let titleLine: number | null = null;
  for (let i = 0; i < Math.min(bodyEnd, HEAD_SPAN); i++) {
    if (titleWord(lines[i])) {
      titleLine = i;
      break;
    }
  }
  let kind = titleLine === null ? null : titleWord(lines[titleLine]);
  // an official letter: "Số: 905/UBND-NC" over "V/v …" (the subject's row may hold the date)
  // (or, without a subject line, the header down to "Kính gửi:")
  const early = range(0, Math.min(bodyEnd, 25));
  const addressee = early.find((i) => ADDRESSEE.test(plainFold(flat(lines[i]))));
  const subject =
    titleLine !== null
      ? undefined
      : (early.find((i) => SUBJECT.test(` ${plainFold(lines[i]!.text)} `) && (addressee === undefined || i < addressee)) ?? (addressee === undefined ? undefined : addressee - 1));
  if (subject !== undefined && subject >= 0 && range(0, subject + 1).some((i) => LETTER_NUMBER.test(plainFold(lines[i]!.text)))) {
    kind = "Công văn";
    titleLine = subject;
  }
  // (an official letter's header runs on past its subject line; other documents' ends at the title word)
  const headEnd = titleLine === null ? 0 : kind === "Công văn" ? letterHeadEnd(lines, titleLine, bodyEnd) : titleLine;
  const head = headPieces(lines, 0, headEnd);
  const isHeadPiece = head.some((p) => p.kind !== "text");
  const fm: FrontMatter = {
    kind,
    titleLine,
    head: isHeadPiece ? head : [],
    headLines: range(0, headEnd)
      .filter((i) => !isBlank(lines[i]))
      .map((i) => lines[i]!.n),
    wrapperLines: [],
    closingLines: [],
    bodyStart: kind === "Công văn" ? headEnd : (titleLine ?? 0),
    bodyStop: bodyEnd,
    afterClosing: [],
    grounds: [],
    noTaskList: null,
  };
  if (kind && !PLAN_KINDS.includes(kind)) {
    // a decision that attaches a plan: the plan's own title word further down
    const attached = kind === "Quyết định" ? range(titleLine! + 1, bodyEnd).find((i) => PLAN_KINDS.includes(titleWord(lines[i]) ?? "")) : undefined;
    if (attached !== undefined) {
      const wrapper = range(titleLine!, attached).filter((i) => !isBlank(lines[i]));
      fm.wrapperLines = wrapper.map((i) => lines[i]!.n);
      fm.grounds = wrapper.map((i) => flat(lines[i])).filter((t) => /^(?:can cu|thuc hien)\b/.test(foldForMatch(t)));
      fm.bodyStart = attached;
    } else {
      fm.noTaskList = `the document is a ${kind === "Quyết định" ? "decision (Quyết định) that attaches no plan" : `${kind} (not a plan)`}: its articles and paragraphs are not tasks`;
    }
  }
  for (let i = fm.bodyStart; i < bodyEnd; i++) {
    if (isBlank(lines[i]) || !opensClosing(flat(lines[i]))) continue;
    const block = closingBlock(lines, i, bodyEnd);
    fm.closingLines = block.map((k) => lines[k]!.n);
    fm.bodyStop = i;
    const after = range(block.at(-1)! + 1, bodyEnd).filter((k) => !isBlank(lines[k]));
    fm.afterClosing = after.map((k) => lines[k]!.n);
    break;
  }
  return fm;
}

/** The indexes from `start` up to `end` (excluded). */
const range = (start: number, end: number) => Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
