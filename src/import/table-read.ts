import type { ColumnKind } from "../text/column-names";
import { foldForMatch } from "../text/fold";
import { ocrRomanValue, romanValue } from "../text/roman";
import type { WarningList } from "./import-warnings";
import { isBlank, type SourceLine } from "./source-lines";
import { type CellReader, cellReader, splitFlatRow } from "./table-cells";
import { columnKind, isTableHeader, readHeaderWords } from "./table-header";

/**
 * A section heading or a row of a task table, cells by column kind, with the input lines it was
 * read from. A section row may fill other cells too ("I | Nhóm nhiệm vụ … | Sở Tư pháp | | Quý
 * III/2022"): they are given to its rows that leave them empty.
 */
export type TableItem =
  | { type: "section"; line: number; lines: number[]; ref: string; title: string; cells?: Partial<Record<ColumnKind, string>> }
  | { type: "row"; line: number; lines: number[]; stt: string; cells: Partial<Record<ColumnKind, string>> };

/** A table found in the text: how it was laid out, its columns, the lines it covers and what it holds. */
export interface Table {
  /**
   * `tab-rows`: one row per line, cells separated by tabs (Word, spreadsheets, markdown);
   * `tab-cells`: one cell per tab-indented line (some PDF extractions);
   * `flat`: a PDF table flattened to running text, cells wrapped across lines and run together.
   */
  layout: "tab-rows" | "tab-cells" | "flat";
  kinds: (ColumnKind | null)[];
  /** Index (0-based, into the lines) of the header's first line. */
  start: number;
  /** Index after the header's last line. */
  headerEnd: number;
  /** Index after the table's last line. */
  end: number;
  items: TableItem[];
  /** Line numbers of repeated page headers dropped from the table. */
  pageHeaders: number[];
  /** Line numbers of rules (`---`) between rows. */
  rules: number[];
}

const SIGNATURE = /^(?:tm\.?|kt\.?|t\/?l\.?|noi nhan|nơi nhận)\b/i;
const ROW_NUMBER = /^\s*(\d{1,3})\.?(?:\s+(.*))?$/;
const SECTION_LINE = /^\s*([IVXLC]{1,6})\s*[.:)]?\s+(\S.*)$/;

/**
 * "01" → "1", "1." → "1", "2.13." → "2.13"; null when the cell is not a row number.
 *
 * @example
 * readRowNumber("09") // "9"
 */
export function readRowNumber(cell: string): string | null {
  const m = /^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s*$/.exec(cell);
  if (!m) return null;
  return m[1]!
    .split(".")
    .map((part) => String(Number(part)))
    .join(".");
}

/** The value of a row number's last part, for sequence checks. */
const lastValue = (stt: string) => Number(stt.split(".").at(-1));

/** Reads a section heading cell or line ("I", "II. VỀ CÔNG TÁC CHỈ ĐẠO", "III Phục vụ …"). */
function readSection(text: string): { ref: string; value: number; title: string } | null {
  const m = SECTION_LINE.exec(text);
  if (!m) return null;
  const value = romanValue(m[1]!);
  if (value === null) return null;
  const title = m[2]!.trim();
  if (!/^[\p{Lu}"“(]/u.test(title)) return null;
  return { ref: m[1]!.toUpperCase(), value, title };
}

/**
 * Finds the task and service tables in `lines[from, to)`, in any of the three layouts, and reads
 * their rows. Lines outside the tables are left to the caller. `read` remembers the readings of
 * flattened cells; pass the same one for every part of a document.
 *
 * @example
 * const lines = toSourceLines("STT\tNhiệm vụ\tChủ trì\n1\tKết nối dữ liệu\tCông an tỉnh");
 * findTables(lines, 0, lines.length, new WarningList())[0].layout // "tab-rows"
 */
export function findTables(lines: SourceLine[], from: number, to: number, warnings: WarningList, read: CellReader = cellReader()): Table[] {
  const tables: Table[] = [];
  let i = from;
  while (i < to) {
    const table = readTableAt(lines, i, to, warnings, read);
    if (table) {
      tables.push(table);
      i = Math.max(table.end, i + 1);
    } else i++;
  }
  return tables;
}

function readTableAt(lines: SourceLine[], i: number, to: number, warnings: WarningList, read: CellReader): Table | null {
  const text = lines[i]!.text;
  if (isBlank(lines[i])) return null;
  // one row per line, tab-separated
  if ((text.match(/\t/g) ?? []).length >= 2 && !/^\t/.test(text)) {
    const kinds = text.split("\t").map((c) => columnKind(c));
    if (isTableHeader(kinds)) return readTabRows(lines, i, to, kinds, warnings);
  }
  // one cell per tab-indented line
  if (/^\s*\t/.test(text)) {
    const header = readTabCellHeader(lines, i, to);
    if (header) return readTabCells(lines, i, header.end, to, header.kinds, warnings);
  }
  // a flattened PDF table
  if (!text.includes("\t") && text.trim().split(/\s+/).length <= 30) {
    const header = readFlatHeader(lines, i, to);
    if (header) return readFlat(lines, i, header.end, to, header.kinds, header.fragments, warnings, read);
  }
  return null;
}

// ---------------------------------------------------------------- tab-separated rows

function readTabRows(lines: SourceLine[], start: number, to: number, kinds: (ColumnKind | null)[], warnings: WarningList): Table {
  const items: TableItem[] = [];
  const pageHeaders: number[] = [];
  const rules: number[] = [];
  const headerKey = foldForMatch(lines[start]!.text);
  const refColumn = kinds.indexOf("ref");
  const titleColumn = kinds.includes("text") ? kinds.indexOf("text") : kinds.indexOf("service");
  let rows = 0;
  let i = start + 1;
  for (; i < to; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (!line.text.includes("\t")) break;
    const cells = line.text.split("\t").map((c) => c.trim());
    if (cells.every((c) => /^[-–—=_:]*$/.test(c))) {
      rules.push(line.n);
      continue;
    }
    if (foldForMatch(line.text) === headerKey) {
      pageHeaders.push(line.n);
      continue;
    }
    if (cells.length > kinds.length && cells.slice(kinds.length).some(Boolean)) {
      warnings.add(line.n, `row has ${cells.length} cells for ${kinds.length} columns; the extra cells were joined to the last column`, line.text);
      cells[kinds.length - 1] = cells
        .slice(kinds.length - 1)
        .filter(Boolean)
        .join(" ");
    }
    const byKind: Partial<Record<ColumnKind, string>> = {};
    kinds.forEach((kind, k) => {
      if (kind && cells[k]) byKind[kind] = cells[k];
    });
    const unknown = kinds.flatMap((kind, k) => (!kind && cells[k] ? [cells[k]] : []));
    if (unknown.length) warnings.add(line.n, `cells under a column heading that is not known were not read: ${unknown.map((c) => `"${c}"`).join(", ")}`, line.text);
    const refCell = refColumn >= 0 ? (cells[refColumn] ?? "") : "";
    const others = kinds.map((_, k) => (k === refColumn || k === titleColumn ? "" : (cells[k] ?? ""))).filter(Boolean);
    const section = romanValue(refCell) ?? ocrRomanValue(refCell);
    if (section !== null && cells[titleColumn] && (others.length === 0 || romanValue(refCell) !== null)) {
      const { ref: _ref, text: _text, service: _service, ...given } = byKind;
      items.push({ type: "section", line: line.n, lines: [line.n], ref: refCell.toUpperCase(), title: cells[titleColumn]!, ...(others.length ? { cells: given } : {}) });
      continue;
    }
    const stt = readRowNumber(refCell);
    const previous = items.at(-1);
    if (!stt && refColumn >= 0) {
      if (previous?.type === "row" && !refCell) {
        // a row wrapped onto the next line: its cells continue the row above
        for (const [kind, value] of Object.entries(byKind) as [ColumnKind, string][]) {
          previous.cells[kind] = previous.cells[kind] ? `${previous.cells[kind]} ${value}` : value;
        }
        previous.lines.push(line.n);
      } else warnings.add(line.n, "table row without a row number (STT) was not read as a task", line.text);
      continue;
    }
    items.push({ type: "row", line: line.n, lines: [line.n], stt: stt ?? String(rows + 1), cells: byKind });
    rows++;
  }
  return { layout: "tab-rows", kinds, start, headerEnd: start + 1, end: i, items, pageHeaders, rules };
}

// ---------------------------------------------------------------- one cell per tab-indented line

interface Cell {
  line: number;
  /** Index of its first line in the lines. */
  index: number;
  /** Its line and the untabbed lines that continue it. */
  lines: number[];
  text: string;
}

/** Reads the cells of a tab-cell layout from `start`: a tab starts a cell, an untabbed line right after continues it. */
function readCells(lines: SourceLine[], start: number, to: number): { cells: Cell[]; end: number } {
  const cells: Cell[] = [];
  let gap = true;
  let i = start;
  for (; i < to; i++) {
    const line = lines[i]!;
    if (isBlank(line) && !/\t/.test(line.text)) {
      gap = true;
      continue;
    }
    if (/^\s*\t/.test(line.text)) {
      cells.push({
        line: line.n,
        index: i,
        lines: [line.n],
        text: line.text
          .replace(/^\s*\t/, "")
          .replace(/\t/g, " ")
          .trim(),
      });
      gap = false;
      continue;
    }
    if (gap || cells.length === 0) break;
    const last = cells.at(-1)!;
    last.text = `${last.text}\n${line.text.trim()}`;
    last.lines.push(line.n);
  }
  return { cells, end: i };
}

function readTabCellHeader(lines: SourceLine[], start: number, to: number): { kinds: ColumnKind[]; end: number } | null {
  const { cells } = readCells(lines, start, Math.min(to, start + 24));
  const kinds: ColumnKind[] = [];
  let last = start;
  for (const cell of cells) {
    const kind = columnKind(cell.text.replace(/\n/g, " "));
    if (!kind) break;
    kinds.push(kind);
    last = cell.index;
  }
  if (kinds.length < 3 || !isTableHeader(kinds)) return null;
  // the header ends after the last header cell and its continuation lines
  let end = last + 1;
  while (end < to && !isBlank(lines[end]) && !/^\s*\t/.test(lines[end]!.text)) end++;
  return { kinds, end };
}

function readTabCells(lines: SourceLine[], start: number, headerEnd: number, to: number, kinds: ColumnKind[], warnings: WarningList): Table {
  const { cells, end } = readCells(lines, headerEnd, to);
  const items: TableItem[] = [];
  const pageHeaders: number[] = [];
  const width = kinds.length - (kinds.includes("ref") ? 1 : 0);
  const content = kinds.filter((k) => k !== "ref");
  let row: { line: number; lines: number[]; stt: string; cells: Cell[] } | null = null;
  let expected = 1;
  let lastSection = 0;

  const flush = () => {
    if (!row) return;
    const values = [...row.cells];
    while (values.length > width && values.at(-1)!.text === "") values.pop();
    while (values.length > width && values[0]!.text === "") values.shift();
    if (values.length !== width) {
      warnings.add(row.line, `table row ${row.stt} has ${values.length} cells for ${width} columns; cells were assigned left to right`, values.map((c) => c.text).join(" | "));
    }
    if (values.length > width)
      values.splice(width - 1, values.length - width + 1, {
        ...values[width - 1]!,
        text: values
          .slice(width - 1)
          .map((c) => c.text)
          .filter(Boolean)
          .join(" "),
      });
    const byKind: Partial<Record<ColumnKind, string>> = {};
    content.forEach((kind, k) => {
      const value = values[k]?.text.replace(/\s*\n\s*/g, " ").trim();
      if (value) byKind[kind] = value;
    });
    items.push({ type: "row", line: row.line, lines: [...row.lines, ...row.cells.flatMap((c) => c.lines)], stt: row.stt, cells: byKind });
    row = null;
  };

  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    const flatText = cell.text.replace(/\s*\n\s*/g, " ").trim();
    const stt = readRowNumber(flatText);
    const filled = row ? row.cells.length : width;
    if (stt && !stt.includes(".")) {
      const value = lastValue(stt);
      const inSequence = value >= expected && value <= expected + 3;
      if ((inSequence && filled >= width) || (value === expected && filled >= width - 1) || (value === 1 && filled >= width)) {
        flush();
        row = { line: cell.line, lines: cell.lines, stt, cells: [] };
        expected = value + 1;
        continue;
      }
    }
    const section = readSection(flatText);
    if (section && (section.value === lastSection + 1 || section.value === 1) && filled >= width - 1) {
      flush();
      items.push({ type: "section", line: cell.line, lines: cell.lines, ref: section.ref, title: section.title });
      lastSection = section.value;
      continue;
    }
    if (columnKind(flatText) === kinds[0] && cells.slice(c, c + kinds.length).every((x) => columnKind(x.text.replace(/\n/g, " ")))) {
      flush();
      pageHeaders.push(...cells.slice(c, c + kinds.length).flatMap((x) => x.lines));
      c += kinds.length - 1;
      continue;
    }
    if (row) row.cells.push(cell);
    else if (flatText) warnings.add(cell.line, "table cell outside any numbered row was not read", flatText, cell.lines);
  }
  flush();
  return { layout: "tab-cells", kinds, start, headerEnd, end, items, pageHeaders, rules: [] };
}

// ---------------------------------------------------------------- flattened PDF tables

interface FlatHeader {
  kinds: ColumnKind[];
  end: number;
  /** Folded text of each header line, to recognise the header when a page repeats it. */
  fragments: string[];
}

function readFlatHeader(lines: SourceLine[], start: number, to: number): FlatHeader | null {
  const first = lines[start]!.text;
  const reading = readHeaderWords(first);
  if (reading.kinds.length < 3 || !isTableHeader(reading.kinds, reading.unmatched)) return null;
  if (reading.kinds[0] !== "ref" && reading.kinds[0] !== "text") return null;
  const fragments = [foldForMatch(first)];
  let end = start + 1;
  const next = lines[start + 1];
  if (next && start + 1 < to && !isBlank(next) && next.text.trim().split(/\s+/).length <= 3) {
    const joined = readHeaderWords(`${first} ${next.text}`);
    if (joined.kinds.length >= reading.kinds.length && (joined.unmatched < reading.unmatched || reading.partial)) {
      fragments.push(foldForMatch(next.text));
      end = start + 2;
      return { kinds: joined.kinds, end, fragments };
    }
  }
  return { kinds: reading.kinds, end, fragments };
}

function readFlat(lines: SourceLine[], start: number, headerEnd: number, to: number, kinds: ColumnKind[], fragments: string[], warnings: WarningList, read: CellReader): Table {
  const items: TableItem[] = [];
  const pageHeaders: number[] = [];
  const content = kinds.filter((k) => k !== "ref");
  const headerKey = fragments[0]!;
  const tails = new Set(fragments.slice(1).filter((f) => f.split(" ").length <= 3));
  let row: { line: number; stt: string; lines: { n: number; text: string }[] } | null = null;
  let section: { line: number; lines: number[]; ref: string; title: string } | null = null;
  let expected = 1;
  let lastSection = 0;

  const flush = () => {
    if (!row) return;
    const split = splitFlatRow(row.lines, content, read);
    if (split.warning) warnings.add(row.line, `row ${row.stt}: ${split.warning}`, row.lines.map((l) => l.text).join(" "));
    const cells: Partial<Record<ColumnKind, string>> = {};
    content.forEach((kind, k) => {
      if (split.cells[k]) cells[kind] = split.cells[k];
    });
    items.push({ type: "row", line: row.line, lines: [...new Set([row.line, ...row.lines.map((l) => l.n)])], stt: row.stt, cells });
    row = null;
  };

  let i = headerEnd;
  for (; i < to; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const text = line.text.trim();
    if (line.text.includes("\t") || SIGNATURE.test(foldForMatch(text)) || SIGNATURE.test(text)) break;
    const folded = foldForMatch(text);
    if (folded.startsWith(headerKey) || (headerKey.startsWith(folded) && folded.split(" ").length >= 3)) {
      pageHeaders.push(line.n);
      // the header's wrapped last words follow it
      while (i + 1 < to && tails.has(foldForMatch(lines[i + 1]!.text))) pageHeaders.push(lines[++i]!.n);
      continue;
    }
    if (tails.has(folded)) {
      pageHeaders.push(line.n);
      continue;
    }
    const number = ROW_NUMBER.exec(text);
    if (number) {
      const value = Number(number[1]);
      const rest = number[2] ?? nextText(lines, i, to);
      const startsRow = value >= expected && value <= expected + 3 && /^[\p{Lu}"“(]/u.test(rest);
      if (startsRow || (value === 1 && section && /^[\p{Lu}"“(]/u.test(rest))) {
        flush();
        if (section) {
          items.push({ type: "section", ...section });
          section = null;
        }
        if (value > expected) warnings.add(line.n, `row numbers ${expected}–${value - 1} are missing from the table`, text);
        row = { line: line.n, stt: String(value), lines: number[2] ? [{ n: line.n, text: number[2] }] : [] };
        expected = value + 1;
        continue;
      }
    }
    const heading = readSection(text);
    if (heading && (heading.value === lastSection + 1 || (lastSection === 0 && heading.value === 1))) {
      flush();
      if (section) items.push({ type: "section", ...section });
      section = { line: line.n, lines: [line.n], ref: heading.ref, title: heading.title };
      lastSection = heading.value;
      continue;
    }
    if (section && !row) {
      section.title = `${section.title} ${text}`;
      section.lines.push(line.n);
      continue;
    }
    if (row) row.lines.push({ n: line.n, text });
    else warnings.add(line.n, "line before the first numbered row of the table was not read", text);
  }
  flush();
  if (section) items.push({ type: "section", ...section });
  return { layout: "flat", kinds, start, headerEnd, end: i, items, pageHeaders, rules: [] };
}

function nextText(lines: SourceLine[], i: number, to: number): string {
  for (let j = i + 1; j < to && j < i + 4; j++) if (!isBlank(lines[j])) return lines[j]!.text.trim();
  return "";
}
