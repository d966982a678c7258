/**
 * Rebuilds the text of a PDF page from where its pieces of text and its ruling lines are: lines of
 * text from pieces on one baseline, paragraphs from lines that wrap, and tables from the grid their
 * rules draw, each row on one line with its cells separated by tabs and the lines a cell wraps
 * over joined back into the cell. Pure geometry, in PDF units (points, y upwards); the PDF reader
 * gives it the pieces and rules of each page.
 */

import { alignedTables } from "./pdf-columns";
import { type Line, lineText, type PlacedText, toLines } from "./pdf-lines";

export type { PlacedText } from "./pdf-lines";

/**
 * A straight line drawn on a page (a stroke, or the edge of a filled rectangle).
 *
 * @example
 * const rule: Rule = { x1: 50, y1: 700, x2: 420, y2: 700 }; // a horizontal rule
 */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** How near (points) two rules' coordinates must be to count as one line. */
const SNAP = 2;

/** Values within SNAP of each other taken as one (their mean), ascending. */
function snap(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups.at(-1);
    if (last && v - last.at(-1)! <= SNAP) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

interface Grid {
  /** Row boundaries, top to bottom. */
  ys: number[];
  /** Column boundaries, left to right. */
  xs: number[];
  vertical: Rule[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Groups of rules that touch each other, as table grids (at least two rows' worth of horizontal rules and two vertical ones). */
function findGrids(rules: Rule[]): Grid[] {
  const h = rules.filter((r) => Math.abs(r.y1 - r.y2) <= 1 && Math.abs(r.x1 - r.x2) > 5).map((r) => ({ x1: Math.min(r.x1, r.x2), x2: Math.max(r.x1, r.x2), y1: r.y1, y2: r.y1 }));
  const v = rules.filter((r) => Math.abs(r.x1 - r.x2) <= 1 && Math.abs(r.y1 - r.y2) > 5).map((r) => ({ x1: r.x1, x2: r.x1, y1: Math.min(r.y1, r.y2), y2: Math.max(r.y1, r.y2) }));
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touches = (a: Rule, b: Rule) => a.x1 - SNAP <= b.x2 && b.x1 - SNAP <= a.x2 && a.y1 - SNAP <= b.y2 && b.y1 - SNAP <= a.y2;
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (touches(all[i]!, all[j]!)) parent[find(i)] = find(j);
  const groups = new Map<number, Rule[]>();
  all.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  const grids: Grid[] = [];
  for (const group of groups.values()) {
    const horizontal = group.filter((r) => r.y1 === r.y2 && r.x1 !== r.x2);
    const vertical = group.filter((r) => r.x1 === r.x2 && r.y1 !== r.y2);
    const ys = snap(horizontal.map((r) => r.y1)).reverse();
    const xs = snap(vertical.map((r) => r.x1));
    if (ys.length < 2 || xs.length < 2) continue;
    grids.push({ ys, xs, vertical, left: xs[0]!, right: xs.at(-1)!, top: ys[0]!, bottom: ys.at(-1)! });
  }
  return grids;
}

/** Where a piece of text sits for placing it in a cell: a little inside its left end, at mid-height. */
const anchor = (p: PlacedText) => ({ x: p.x + Math.min(p.width / 2, 1), y: p.y + p.size * 0.3 });

/**
 * A grid's rows as lines of tab-separated cells. A row's cells are bounded by the vertical rules
 * that cross it, so a cell spanning columns is followed by empty cells up to the next rule; a
 * cell's lines are joined by spaces.
 */
function gridRows(grid: Grid, pieces: PlacedText[]): { y: number; text: string }[] {
  const rows: { y: number; text: string }[] = [];
  // each piece in exactly one row: the first whose bottom it is above (the last for one just under the grid)
  const rowOf = (piece: PlacedText) => {
    const { y } = anchor(piece);
    const r = grid.ys.findIndex((bottom, k) => k > 0 && y >= bottom);
    return r < 0 ? grid.ys.length - 2 : r - 1;
  };
  for (let r = 0; r + 1 < grid.ys.length; r++) {
    const top = grid.ys[r]!;
    const mid = (top + grid.ys[r + 1]!) / 2;
    // the column boundaries this row has: those whose rule crosses its middle
    const bounds = grid.xs.filter((x, k) => k === 0 || k === grid.xs.length - 1 || grid.vertical.some((v) => Math.abs(v.x1 - x) <= SNAP && v.y1 - SNAP <= mid && v.y2 + SNAP >= mid));
    const cells = grid.xs.slice(0, -1).map(() => [] as PlacedText[]);
    for (const piece of pieces) {
      if (rowOf(piece) !== r) continue;
      const { x } = anchor(piece);
      let b = bounds.length - 2;
      while (b > 0 && x < bounds[b]!) b--;
      const column = grid.xs.findIndex((g) => Math.abs(g - bounds[b]!) <= SNAP);
      cells[Math.max(0, column)]!.push(piece);
    }
    const texts = cells.map((c) =>
      toLines(c)
        .map((l) => lineText(l, false))
        .filter(Boolean)
        .join(" "),
    );
    if (texts.some(Boolean)) rows.push({ y: top, text: texts.join("\t") });
  }
  return rows;
}

/** A page number alone on a line: "3", "- 3 -", "Trang 3", "3/12". */
const PAGE_NUMBER = /^(?:[-–]\s*)?(?:trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–])?$/i;

/** A line that opens a list item or a heading, never the continuation of a paragraph. */
const ITEM_START = /^(?:[IVXLC]+\.\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ]\)\s|[-+•–]\s)/u;

/** The width of a line's first word, from its share of the characters of the line's first piece. */
function firstWordWidth(line: Line): number {
  const piece = line.pieces[0]!;
  const word = /^\s*\S+/.exec(piece.text)?.[0] ?? piece.text;
  return piece.text.length ? (piece.width * word.length) / piece.text.length : piece.width;
}

/**
 * The text of one page: paragraphs on one line each, followed by a blank line; table rows on one
 * line each with tab-separated cells (see {@link gridRows}); lines outside tables whose pieces are
 * far apart have a tab between them, except that two or more such lines in a row, each in two
 * parts (the national-motto head, a signature block), are read column by column. A line wraps into the next (they are one paragraph) when the
 * next one's first word would not have fit at its end (short of the right edge of the page's text),
 * the next follows at most 1.7 font sizes below in the same size, and the next does not open a list
 * item ("1.2. ", "a) ", "- ", "II. "). Page numbers alone at the top or foot of the
 * page are dropped.
 *
 * @example
 * pageText([{ text: "STT", x: 52, y: 700, width: 20, size: 10 }, …], [{ x1: 50, y1: 712, x2: 500, y2: 712 }, …])
 * // ["STT\tNhiệm vụ\tCơ quan chủ trì", "1\tKết nối dữ liệu dân cư …\tCông an tỉnh", ""]
 */
export function pageText(pieces: PlacedText[], rules: Rule[]): string[] {
  const grids = findGrids(rules);
  const inGrid = (p: PlacedText) => {
    const { x, y } = anchor(p);
    return grids.find((g) => x >= g.left - SNAP && x <= g.right + SNAP && y <= g.top + SNAP && y >= g.bottom - SNAP);
  };
  const blocks: { y: number; lines: string[] }[] = [];
  for (const grid of grids) {
    const rows = gridRows(
      grid,
      pieces.filter((p) => inGrid(p) === grid),
    );
    if (rows.length) blocks.push({ y: grid.top, lines: [...rows.map((r) => r.text), ""] });
  }
  const lines = toLines(pieces.filter((p) => !inGrid(p) && p.text.trim()));
  // a page number stands alone at the top or foot, in one run of text: "1<tab>–" (a row number and an
  // empty cell's dash, far apart) is a table row, not "- 1 -"
  const isPageNumber = (l: Line) => {
    const text = lineText(l).trim();
    return !text.includes("\t") && PAGE_NUMBER.test(text);
  };
  const kept = lines.filter((l, i) => !((i === 0 || i === lines.length - 1) && isPageNumber(l)));
  // tables without rules, from how their text lines up
  const aligned = alignedTables(kept);
  for (const table of aligned) blocks.push({ y: table.y, lines: table.lines });
  const used = new Set(aligned.flatMap((t) => t.used));
  // text in two columns over several lines (the national-motto head, a signature block): the left column, then the right
  const rest = kept.filter((l) => !used.has(l));
  for (let i = 0; i < rest.length; ) {
    let j = i;
    const twoParts = (l: Line) => lineText(l).split("\t").length === 2;
    while (j < rest.length && twoParts(rest[j]!) && (j === i || rest[j - 1]!.y - rest[j]!.y <= 2.5 * rest[j]!.size)) j++;
    if (j - i >= 2) {
      const parts = rest.slice(i, j).map((l) => lineText(l).split("\t"));
      blocks.push({ y: rest[i]!.y, lines: [0, 1].flatMap((k) => parts.flatMap((p) => [p[k]!, ""])) });
      for (const l of rest.slice(i, j)) used.add(l);
    }
    i = Math.max(j, i + 1);
  }
  const right = Math.max(0, ...kept.map((l) => l.right));
  let paragraph: { y: number; text: string; last: Line } | null = null;
  const flush = () => {
    if (paragraph) blocks.push({ y: paragraph.y, lines: [paragraph.text, ""] });
    paragraph = null;
  };
  for (const line of kept.filter((l) => !used.has(l))) {
    const text = lineText(line);
    if (!text) continue;
    const last: Line | undefined = paragraph?.last;
    const wraps =
      last !== undefined &&
      !text.includes("\t") &&
      !paragraph!.text.includes("\t") &&
      // the line ends where the text's right edge allowed: the next line's first word would not have fit after it
      right - last.right < firstWordWidth(line) + 0.6 * last.size &&
      last.y - line.y <= 1.7 * last.size &&
      Math.abs(last.size - line.size) < 0.6 &&
      !ITEM_START.test(text) &&
      // a table between them ends the paragraph
      !blocks.some((b) => b.y < last.y && b.y > line.y);
    if (wraps && paragraph) {
      paragraph.text = `${paragraph.text} ${text}`;
      paragraph.last = line;
    } else {
      flush();
      paragraph = { y: line.y, text, last: line };
    }
  }
  flush();
  return blocks.sort((a, b) => b.y - a.y).flatMap((b) => b.lines);
}
