/**
 * Lines of text on a PDF page from its placed pieces of text: pieces on one baseline, left to
 * right, and their text with spaces and column gaps. Shared by the page layout (pdf-layout.ts) and
 * the reader of tables without rules (pdf-columns.ts).
 */

/**
 * A piece of text on a page: its baseline's left end, its advance width and its font size.
 *
 * @example
 * const piece: PlacedText = { text: "Kế hoạch", x: 72, y: 700, width: 48, size: 12 };
 */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/**
 * A line of text: its baseline, its largest font size, its pieces left to right and its left and right ends.
 *
 * @example
 * const [line]: Line[] = toLines(pieces);
 */
export interface Line {
  y: number;
  size: number;
  pieces: PlacedText[];
  left: number;
  right: number;
}

/**
 * Pieces on one baseline (within a third of the font size), left to right, as lines from the top
 * of the page down.
 *
 * @example
 * toLines([{ text: "hoạch", x: 80, y: 700, width: 30, size: 10 }, { text: "Kế", x: 60, y: 700, width: 15, size: 10 }])[0].pieces[0].text // "Kế"
 */
export function toLines(pieces: PlacedText[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    const line = lines.find((l) => Math.abs(l.y - piece.y) <= Math.max(1, Math.min(l.size, piece.size) / 3));
    if (line) {
      line.pieces.push(piece);
      line.size = Math.max(line.size, piece.size);
    } else lines.push({ y: piece.y, size: piece.size, pieces: [piece], left: 0, right: 0 });
  }
  for (const line of lines) {
    line.pieces.sort((a, b) => a.x - b.x);
    line.left = line.pieces[0]!.x;
    line.right = Math.max(...line.pieces.map((p) => p.x + p.width));
  }
  return lines.sort((a, b) => b.y - a.y);
}

/**
 * A line's text: pieces joined with a space where there is a gap between them, with a tab where
 * the gap is wide enough to part columns (three font sizes), as in a two-column page head.
 *
 * @example
 * lineText(toLines([{ text: "Số: 12/KH-UBND", x: 60, y: 700, width: 70, size: 10 }, { text: "Huế, ngày 6 tháng 6 năm 2026", x: 300, y: 700, width: 130, size: 10 }])[0]) // "Số: 12/KH-UBND\tHuế, ngày 6 tháng 6 năm 2026"
 */
export function lineText(line: Line, columns = true): string {
  let out = "";
  let end: number | null = null;
  for (const piece of line.pieces) {
    if (end !== null) {
      const gap = piece.x - end;
      if (columns && gap > 3 * line.size) out = `${out.trimEnd()}\t`;
      else if (gap > line.size * 0.12 && !/\s$/.test(out) && !/^\s/.test(piece.text)) out += " ";
    }
    out += piece.text;
    end = Math.max(end ?? -Infinity, piece.x + piece.width);
  }
  return out
    .replace(/[ \u00a0]+/g, " ")
    .replace(/ ?\t ?/g, "\t")
    .trim();
}

/**
 * A run of a line's pieces with no wider gap than a column gap inside it: its left and right ends and its text.
 *
 * @example
 * const chunk: Chunk = { x: 80, right: 210, text: "Kết nối dữ liệu" };
 */
export interface Chunk {
  x: number;
  right: number;
  text: string;
}

/**
 * A line cut where its pieces are further apart than `gap` font sizes (a gap between table
 * columns rather than between words).
 *
 * @example
 * chunks(line, 0.8).map((c) => c.text) // ["1", "Kết nối dữ liệu", "Công an tỉnh"]
 */
export function chunks(line: Line, gap: number): Chunk[] {
  const out: { pieces: PlacedText[]; right: number }[] = [];
  for (const piece of line.pieces) {
    const last = out.at(-1);
    if (last && piece.x - last.right <= gap * line.size) {
      last.pieces.push(piece);
      last.right = Math.max(last.right, piece.x + piece.width);
    } else out.push({ pieces: [piece], right: piece.x + piece.width });
  }
  return out.map((c) => ({ x: c.pieces[0]!.x, right: c.right, text: lineText({ ...line, pieces: c.pieces }, false) }));
}
