import { foldForMatch, sameLengthFold } from "../text/fold";
import { stripMarkup } from "../text/markup";
import type { SourceLine } from "./source-lines";

// The cells of a document's header (quốc hiệu, issuer, number, place and date) however a web page
// or converter renders them: plain lines, one `|` row, cells wrapped across `|` lines, tabs, runs
// of spaces, HTML table cells, with dash or underscore rules between them.

/**
 * What a piece of the header is.
 *
 * @example
 * const kind: HeadPieceKind = "date"; // "Hậu Giang, ngày 08 tháng 03 năm 2022"
 */
export type HeadPieceKind = "motto" | "rule" | "number" | "date" | "text";

/**
 * One piece of the header: a cell (or part of a cell) and the input line it comes from.
 *
 * @example
 * const piece: HeadPiece = { n: 2, text: "Số: 45/KH-UBND", raw: "| Số: 45/KH-UBND | … |", kind: "number" };
 */
export interface HeadPiece extends SourceLine {
  kind: HeadPieceKind;
}

// anchors, on the text folded to the same length (diacritics off, lower case)
const NATION = /cong hoa xa hoi chu nghia viet nam/g;
const MOTTO = /doc\s*[l1]ap\s*-\s*tu\s*do\s*-\s*hanh\s*phu\S*/g;
const RULE = /[-_=–—]{3,}/g;
const NUMBER = /(?:^|\s)s\S{0,2}\s*:\s*\d{0,6}\s*\/\s*[\p{L}\d&]+(?:\s*-\s*[\p{L}\d&]+)*/gu;
const DATE = /ngay\s+\d{0,2}\s*(?:\/\s*)?thang\s+\d{0,2}\s*(?:\/\s*)?,?\s*nam\s+\d{4}|ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/g;

/** The raw text of a line with its HTML cells and line breaks as tabs and markup gone. */
function cellText(raw: string): string {
  const broken = raw.replace(/<br\s*\/?>/gi, "\t").replace(/<\/?(?:table|tbody|thead|tr|td|th|p|div)\b[^>]*>/gi, "\t");
  return stripMarkup(broken);
}

/** Splits one cell at its anchors: the national motto, rules, the "Số:" number and the date with its place. */
function splitCell(cell: string): { text: string; kind: HeadPieceKind }[] {
  const folded = sameLengthFold(cell) ?? foldForMatch(cell);
  if (folded.length !== cell.length) return [{ text: cell.trim(), kind: "text" }];
  const cuts: { start: number; end: number; kind: HeadPieceKind }[] = [];
  const find = (re: RegExp, kind: HeadPieceKind) => {
    for (const m of folded.matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      cuts.push({ start: m.index! + lead, end: m.index! + m[0].length, kind });
    }
  };
  find(NATION, "motto");
  find(MOTTO, "motto");
  find(RULE, "rule");
  find(NUMBER, "number");
  find(DATE, "date");
  cuts.sort((a, b) => a.start - b.start);
  const out: { text: string; kind: HeadPieceKind }[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) continue;
    const before = cell.slice(at, cut.start).split(/\s{3,}/);
    // the place goes with its date: "Hậu Giang, ngày 08 tháng 03 năm 2022"
    const place = cut.kind === "date" ? before.pop()! : "";
    for (const text of before) if (text.trim() && !/^[.,;:]+$/.test(text.trim())) out.push({ text: text.trim(), kind: "text" });
    out.push({ text: `${place}${cell.slice(cut.start, cut.end)}`.trim(), kind: cut.kind });
    at = cut.end;
  }
  for (const rest of cell.slice(at).split(/\s{3,}/)) if (rest.trim() && !/^[.,;:]+$/.test(rest.trim())) out.push({ text: rest.trim(), kind: "text" });
  return out;
}

/**
 * The pieces of a document's header lines (`from` to `to`, indexes), in reading order: every
 * cell split off by `|`, tabs or HTML cells and line breaks, then at the national motto, rules,
 * the "Số:" number and the place-and-date, and the rest at runs of three or more spaces (a blank
 * number or date keeps its spaces).
 *
 * @example
 * const lines = toSourceLines("| ỦY BAN NHÂN DÂN TỈNH HẬU GIANG -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 45/KH-UBND | Hậu Giang, ngày 08 tháng 03 năm 2022 |");
 * headPieces(lines, 0, 2).map((p) => p.kind) // ["text", "rule", "motto", "number", "date"]
 */
export function headPieces(lines: readonly SourceLine[], from: number, to: number): HeadPiece[] {
  const pieces: HeadPiece[] = [];
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const line = lines[i]!;
    for (const cell of cellText(line.raw).split(/\t|\|/)) {
      if (!cell.trim()) continue;
      for (const piece of splitCell(cell.trim())) if (piece.text) pieces.push({ n: line.n, text: piece.text, raw: line.raw, kind: piece.kind });
    }
  }
  return pieces;
}
