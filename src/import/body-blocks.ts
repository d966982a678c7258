import { ocrRomanValue } from "../text/roman";
import { headsTargets, namesTargets } from "./section-kinds";
import { isBlank, type SourceLine } from "./source-lines";
import { isLabelledClause } from "./task-clauses";

/** How a paragraph of a plan's body is numbered. */
export type Marker =
  | { kind: "roman"; value: number; label: string }
  | { kind: "number"; parts: number[]; label: string }
  | { kind: "letter"; label: string }
  | { kind: "bullet"; symbol: string }
  /** "(i)" … "(x)": small roman numerals in brackets, on their own lines or inline in a paragraph. */
  | { kind: "paren"; label: string }
  /** An unnumbered line ending in a colon that leads in "(i)" items ("Công an tỉnh chủ trì các nhiệm vụ:"). */
  | { kind: "lead-in" };

/** A paragraph of the body: its marker, its text without the marker, and the lines it spans. */
export interface Block {
  line: number;
  lastLine: number;
  /** The input lines the paragraph was read from (its non-blank lines). */
  lines: number[];
  marker: Marker | null;
  text: string;
  /** Whether a blank line (or the start of the body) comes before it. */
  afterBlank: boolean;
  /** Set when the line opens like a list item the importer does not read ("(1)", "①"): never joined to the item above. */
  unplaced?: true;
  /** Set on an item read from inside a paragraph ("…: (i) …; (ii) …"): it takes no sub-items. */
  inline?: true;
}

// Without the /u flag (none needs it; the same matches): under /u, \s* and .* over a line of
// millions of characters overflow the regex engine's stack. DOTTED and LETTER_DOT want an
// upper-case letter after the marker: checked apart, on that one code point (STARTS_UPPER).
const ROMAN = /^\s*([IVXLC1l|]{1,5})\s*[.:]\s*(\S.*)$/;
const NUMBER = /^\s*(\d{1,3}(?:\.\d{1,2}){0,3})\s*(?:[.)]\s*(?=\S)|\/\s+)(.*)$/;
const DOTTED = /^\s*(\d{1,3}(?:\.\d{1,2}){1,3})\s+(.*)$/;
// "a)" … "z)", then "aa)", "ab)" … as long lists go on
const LETTER = /^\s*([a-zđ]|a[a-z])\s*(?:\)\s*(?=\S)|\/\s+)(.*)$/;
// what opens like a list item but is no numbering read here: "(1)", "(a)", "①", "1-"
const UNREAD_ITEM = /^\s*(?:\(\d{1,3}\)|\([a-zđ]\)|[\u2460-\u2473]|\d{1,3}\s*[-–]\s+\p{Lu})\s*\S/u;
const PAREN = /^\s*\(([ivx]{1,5})\)\s*(?=\S)(.*)$/;
/** A small roman numeral, "i" to "xxxix". */
const SMALL_ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/;
const LETTER_DOT = /^\s*([a-zđ])\.\s+(.*)$/;
const BULLET = /^\s*([-–•+*])\s*(?=\S)(.*)$/;
const FIGURE_BULLET = /^\s*[-–]\s*\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|phần trăm)/i;
const STARTS_UPPER = /^\p{Lu}/u;

/** A match of DOTTED or LETTER_DOT when the text after the marker starts with an upper-case letter. */
const upperAfter = (match: RegExpExecArray | null) => (match && STARTS_UPPER.test(match[2]!) ? match : null);
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
/** A line drawn with rule characters only ("-----", "————", "___", "* * *"): formatting, never a bullet or text. */
const RULE_LINE = /^\s*(?:[-_=–—~*•.]\s*){3,}$/;

/**
 * Share of upper-case letters among the letters of a text.
 *
 * @example
 * upperShare("NHIỆM VỤ") // 1
 */
export function upperShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!letters.length) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
}

/**
 * Reads the marker at the start of a line; roman headings must be mostly upper case.
 *
 * @example
 * readMarker("2.13. Triển khai kết nối", 0)?.marker // { kind: "number", parts: [2, 13], label: "2.13" }
 */
export function readMarker(text: string, lastRoman: number, figureBullets = false): { marker: Marker; rest: string } | null {
  const roman = ROMAN.exec(text);
  if (roman) {
    const value = ocrRomanValue(roman[1]!);
    if (value !== null && (value === lastRoman + 1 || value === 1) && upperShare(roman[2]!) >= 0.6) {
      return { marker: { kind: "roman", value, label: romanLabel(value) }, rest: roman[2]!.trim() };
    }
  }
  const number = NUMBER.exec(text) ?? upperAfter(DOTTED.exec(text));
  if (number) {
    const parts = number[1]!.split(".").map(Number);
    return { marker: { kind: "number", parts, label: parts.join(".") }, rest: number[2]!.trim() };
  }
  const paren = PAREN.exec(text);
  if (paren && SMALL_ROMAN.test(paren[1]!)) return { marker: { kind: "paren", label: paren[1]! }, rest: paren[2]!.trim() };
  const letter = LETTER.exec(text) ?? upperAfter(LETTER_DOT.exec(text));
  if (letter) return { marker: { kind: "letter", label: letter[1]! }, rest: letter[2]!.trim() };
  const bullet = BULLET.exec(text);
  // "- 2025" on a line of its own ends a range wrapped from the line above ("giai đoạn 2022" / "- 2025");
  // in a list of targets, "- 100% hồ sơ …" is a bullet (in a task, a criterion it goes on with)
  if (bullet && (!/^\s*[-–]\s*\d/.test(text) || (figureBullets && FIGURE_BULLET.test(text))))
    return { marker: { kind: "bullet", symbol: bullet[1] === "–" ? "-" : bullet[1]! }, rest: bullet[2]!.trim() };
  return null;
}

const romanLabel = (value: number) => ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"][value] ?? String(value);

/**
 * Cuts the body of a plan into paragraphs. A numbered, lettered or bulleted line starts a new
 * paragraph, and so do a labelled field ("Cơ quan chủ trì: …") and a capitalised line after a
 * blank line or after a short line (a heading);
 * other lines continue the paragraph before them, also across blank lines and page breaks when they
 * begin in lower case (text wrapped by the PDF). Lines holding only a page number are dropped and
 * returned in `pageNumbers`, lines drawn with rule characters only ("-----") in `rules`.
 *
 * @example
 * const lines = toSourceLines("1. Kết nối dữ liệu dân cư với cơ sở dữ liệu chuyên ngành của các\nsở, ngành");
 * readBlocks(lines, 0, lines.length).blocks.length // 1
 */
export function readBlocks(lines: SourceLine[], from: number, to: number): { blocks: Block[]; pageNumbers: number[]; rules: number[] } {
  const blocks: Block[] = [];
  const pageNumbers: number[] = [];
  const rules: number[] = [];
  let blank = true;
  let previousLength = 0;
  let lastRoman = 0;
  // whether the text is in a list of targets ("II. CHỈ TIÊU", "2. Chỉ tiêu cụ thể"), where "- 100% …" opens an item
  let figureBullets = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      blank = true;
      continue;
    }
    const text = line.text.replace(/\t+/g, " ").trim();
    if (PAGE_NUMBER.test(text) && (isBlank(lines[i - 1]) || isBlank(lines[i + 1]))) {
      pageNumbers.push(line.n);
      continue;
    }
    if (RULE_LINE.test(text) || RULE_LINE.test(line.raw)) {
      rules.push(line.n);
      continue;
    }
    const marked = readMarker(text, lastRoman, figureBullets);
    const last = blocks.at(-1);
    // (a line opening "- 2025" or "- 100% …" that is no bullet here goes on with the paragraph too)
    const lowerStart = /^[\p{Ll}\p{N}]/u.test(text) || /^[,;.)]/.test(text) || /^[-–]\s*\d/.test(text);
    // a labelled field ("Cơ quan chủ trì: …", "thời gian: …") starts a paragraph of its own
    const unplaced = !marked && UNREAD_ITEM.test(text);
    if (!marked && !unplaced && last && (lowerStart || (!blank && previousLength >= 40 && !leadsIn(lines, i, to, text))) && !isLabelledClause(text)) {
      last.text = `${last.text} ${text}`;
      last.lastLine = line.n;
      last.lines.push(line.n);
    } else {
      if (marked?.marker.kind === "roman") {
        lastRoman = marked.marker.value;
        figureBullets = namesTargets(marked.rest);
      } else if (marked?.marker.kind === "number" && headsTargets(marked.rest)) figureBullets = true;
      blocks.push({
        line: line.n,
        lastLine: line.n,
        lines: [line.n],
        marker: marked?.marker ?? null,
        text: marked ? marked.rest : text,
        afterBlank: blank,
        ...(unplaced ? { unplaced: true as const } : {}),
      });
    }
    blank = false;
    previousLength = text.length;
  }
  return { blocks: leadIns(blocks.flatMap((block) => splitInline(block, lines))), pageNumbers, rules };
}

/** Whether a line ending in a colon is followed by a numbered or bulleted line: it leads in a list, it does not go on with the paragraph above. */
function leadsIn(lines: SourceLine[], i: number, to: number, text: string): boolean {
  if (!/:$/.test(text) || !STARTS_UPPER.test(text)) return false;
  for (let j = i + 1; j < to; j++) if (!isBlank(lines[j])) return readMarker(lines[j]!.text.replace(/\t+/g, " ").trim(), 0) !== null;
  return false;
}

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"];

/**
 * A paragraph listing items inline, "(i) …; (ii) …; (iii) …", as its lead text and one block per
 * item, each with the lines its text is on; the paragraph itself when it lists fewer than two.
 */
function splitInline(block: Block, lines: readonly SourceLine[]): Block[] {
  if (!block.text.includes("(ii)")) return [block];
  const cuts: { at: number; end: number; label: string }[] = [];
  let from = 0;
  for (const label of ROMANS) {
    const at = block.text.indexOf(`(${label})`, from);
    if (at < 0 || (at > 0 && !/[\s:;,.]/.test(block.text[at - 1]!))) break;
    cuts.push({ at, end: at + label.length + 2, label });
    from = at + label.length + 2;
  }
  if (cuts.length < 2) return [block];
  // where each line's text starts in the paragraph's (its lines joined by one space, as readBlocks joins them)
  const starts: number[] = [0];
  let at = block.text.length + 1;
  for (let k = block.lines.length - 1; k >= 1; k--) {
    at -= lines[block.lines[k]! - 1]!.text.replace(/\t+/g, " ").trim().length + 1;
    starts[k] = at;
  }
  const linesOf = (from: number, to: number) => block.lines.filter((_, k) => starts[k]! < Math.max(to, from + 1) && (starts[k + 1] ?? Infinity) > from);
  const span = (from: number, to: number, marker: Marker | null, first: boolean): Block => {
    const covered = linesOf(from, to);
    const read: Block = {
      ...block,
      line: covered[0] ?? block.line,
      lastLine: covered.at(-1) ?? block.line,
      lines: covered.length ? covered : [block.line],
      marker,
      text: block.text.slice(from, to).trim(),
      afterBlank: first && block.afterBlank,
    };
    return first ? read : { ...read, inline: true };
  };
  const items = cuts.map((cut, k) => span(cut.end, cuts[k + 1]?.at ?? block.text.length, { kind: "paren", label: cut.label }, false));
  const lead = block.text.slice(0, cuts[0]!.at).trim();
  return lead || block.marker ? [span(0, cuts[0]!.at, block.marker, true), ...items] : items;
}

/** Marks an unnumbered paragraph ending in a colon right before "(i)" items as their lead-in. */
function leadIns(blocks: Block[]): Block[] {
  return blocks.map((block, k) => (!block.marker && /:$/.test(block.text.trim()) && blocks[k + 1]?.marker?.kind === "paren" ? { ...block, marker: { kind: "lead-in" } } : block));
}
