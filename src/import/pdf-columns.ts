import { type Chunk, chunks, type Line } from "./pdf-lines";
import { columnKind } from "./table-header";

/** A gap wider than this many font sizes parts two columns of a table drawn without rules. */
const COLUMN_GAP = 0.8;
/** How near (points) chunks must start to be in one column. */
const ALIGN = 3;
/** A row number or a roman section number opening a row: "1", "01", "1.2", "IV". */
const ROW_START = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?)$/;

/** The x where columns start: chunk starts shared by at least two lines of three or more chunks, left to right. */
function columnStarts(lines: Chunk[][]): number[] {
  const starts = lines.filter((c) => c.length >= 3).flatMap((c) => c.map((chunk) => chunk.x));
  const clusters: number[][] = [];
  for (const x of starts.sort((a, b) => a - b)) {
    const last = clusters.at(-1);
    if (last && x - last[0]! <= ALIGN) last.push(x);
    else clusters.push([x]);
  }
  return clusters.filter((c) => c.length >= 2).map((c) => Math.min(...c));
}

/**
 * Which column each chunk of a line is in, or null when the line does not fit the columns: a chunk
 * must start at a column and end before the next chunk's column; the last chunk may run on (a
 * section title over several columns) when an earlier chunk opens the row, so that a paragraph of
 * body text never reads as a row.
 */
function placeInColumns(line: Chunk[], columns: number[]): number[] | null {
  const placed: number[] = [];
  for (const [k, chunk] of line.entries()) {
    const column = columns.findIndex((x) => Math.abs(chunk.x - x) <= ALIGN);
    if (column < 0 || (placed.length && column <= placed.at(-1)!)) return null;
    const next = columns[column + 1];
    if (next !== undefined && chunk.right > next + ALIGN && !(k === line.length - 1 && k > 0 && column === 1 && ROW_START.test(line[0]!.text))) return null;
    placed.push(column);
  }
  return placed;
}

/**
 * A table read from aligned text: its first line's baseline and its lines (header, then rows), with the lines it used.
 *
 * @example
 * const [table]: AlignedTable[] = alignedTables(toLines(pieces)); // table.lines[0] "STT\tNhiệm vụ\t…"
 */
export interface AlignedTable {
  y: number;
  lines: string[];
  used: Line[];
}

/**
 * Tables drawn without rules (borderless tables, OCR'd scans whose rules are in the image), read
 * from how their text lines up: columns start where chunks of at least two lines of three or more
 * chunks start; a table runs from such a line down over the lines whose chunks all sit in the
 * columns. Its header is its first line and the lines under it that continue its headings ("Thời
 * gian thực" over "hiện": still a known column heading once joined); a row opens at a chunk in
 * the first column (a row or section number) and gathers the lines under it whose first column is
 * empty, each chunk joined to its column's cell (wrapped cells joined back); lines under the
 * header before any row opens are a row without a number, the rest of a row broken across the
 * page, which the text importer joins to the row above. A row whose number is
 * not at its top (centred vertically) is joined to the row above: a limit of reading without rules.
 *
 * @example
 * alignedTables(toLines(pieces))[0].lines[0] // "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện"
 */
export function alignedTables(lines: Line[]): AlignedTable[] {
  const cut = lines.map((l) => chunks(l, COLUMN_GAP));
  const columns = columnStarts(cut);
  if (columns.length < 3) return [];
  const tables: AlignedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = cut[i]!.length >= 3 ? placeInColumns(cut[i]!, columns) : null;
    if (!first) {
      i++;
      continue;
    }
    const rows: string[][] = [];
    const used: Line[] = [];
    let current: string[] | null = null;
    let header = true;
    let j = i;
    for (; j < lines.length; j++) {
      const placed = placeInColumns(cut[j]!, columns);
      if (!placed) break;
      if (j > i && lines[j - 1]!.y - lines[j]!.y > 3 * lines[j]!.size) break;
      const opens = placed[0] === 0 && ROW_START.test(cut[j]![0]!.text);
      // a wrapped heading ("Thời gian thực" over "hiện") still reads as a column heading once joined
      const heading = header && j > i && !opens && placed.every((column, k) => columnKind(`${current![column]} ${cut[j]![k]!.text}`.trim()) !== null);
      if (j === i || opens || (header && !heading)) {
        current = columns.map(() => "");
        rows.push(current);
        if (j > i) header = false;
      }
      placed.forEach((column, k) => {
        current![column] = current![column] ? `${current![column]} ${cut[j]![k]!.text}` : cut[j]![k]!.text;
      });
      used.push(lines[j]!);
    }
    if (rows.length >= 2) tables.push({ y: lines[i]!.y, lines: [...rows.map((r) => r.join("\t")), ""], used });
    i = Math.max(j, i + 1);
  }
  return tables;
}
