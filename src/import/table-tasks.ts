import { parseDeadline } from "../deadline/parse";
import { readAgencyList } from "../text/agency-list";
import type { ColumnKind } from "../text/column-names";
import { oneLine, type RawSection, type RawService, type RawTask, type RawTaskList } from "./import-types";
import type { WarningList } from "./import-warnings";
import { startsLikeDeadline } from "./table-cells";
import type { Table, TableItem } from "./table-read";
import { readAgencyCells } from "./task-clauses";

const TASK_COUNT = /\s*\(\s*\d+\s+nhiệm vụ\s*\)\s*$/iu;

/**
 * Turns a table's items into sections and tasks (or essential services for a table with a "Thủ tục
 * hành chính" column). Row numbers are the task refs, leading zeros dropped; when the numbering
 * restarts in each section the section's ref is prefixed ("I.1" … "VII.6"). Rows before the first
 * section heading, or a table without section headings, go to a section "1" named `title`.
 *
 * @example
 * const lines = toSourceLines("STT\tNhiệm vụ\tChủ trì\n1\tKết nối dữ liệu\tCông an tỉnh");
 * const [table] = findTables(lines, 0, lines.length, new WarningList());
 * tableTasks(table, "Nhiệm vụ", new WarningList()).tasks[0].lead // ["Công an tỉnh"]
 */
export function tableTasks(table: Table, title: string, warnings: WarningList): RawTaskList {
  const isServices = table.kinds.includes("service") && !table.kinds.includes("text");
  const rows = table.items.filter((it): it is Extract<TableItem, { type: "row" }> => it.type === "row");
  const stts = rows.map((r) => r.stt);
  const restarts = new Set(stts).size < stts.length;
  const sections: RawSection[] = [];
  const tasks: RawTask[] = [];
  const services: RawService[] = [];
  const notes: string[] = [];
  let section: RawSection | null = null;
  // the cells a section row fills for its rows (agencies, deadline, product)
  let given: Partial<Record<ColumnKind, string>> = {};
  const defaultSection = () => {
    if (!section) {
      section = { ref: "1", title: title || "Nhiệm vụ" };
      sections.push(section);
    }
    return section;
  };
  table.items.forEach((item, i) => {
    if (item.type === "section" && item.cells && !isServices && table.items[i + 1]?.type !== "row") {
      // a section row with cells and no rows under it: a task numbered with a roman numeral (its
      // ref as written, in the section above it, as a spreadsheet's)
      item = { type: "row", line: item.line, lines: item.lines, stt: item.ref, cells: { ...item.cells, text: item.title } };
      // (a section's cells are for its rows, not for a task numbered like a section)
      given = {};
    }
    if (item.type === "section") {
      const cleaned = item.title.replace(TASK_COUNT, "").trim();
      if (cleaned !== item.title.trim()) notes.push(`Section ${item.ref}: the task count in its heading ("${item.title.trim().slice(cleaned.length).trim()}") is left out of the title.`);
      section = { ref: item.ref, title: oneLine(cleaned) || item.ref };
      sections.push(section);
      given = item.cells ?? {};
      return;
    }
    const current = section ?? defaultSection();
    const ref = restarts && current.ref !== "1" && /^\d/.test(item.stt) ? `${current.ref}.${item.stt}` : item.stt;
    const cells = withSectionCells(item.cells, given);
    const rowNotes = cells.notes ? [`Ghi chú: ${oneLine(cells.notes)}`] : [];
    const moved = realignDeadline(cells, table.kinds.includes("deadline"));
    if (moved) rowNotes.push(`The deadline "${cells.deadline}" stands in the ${moved} column of the table; read as the deadline.`);
    if (isServices) {
      const name = oneLine(cells.service ?? "");
      if (!name) {
        warnings.add(item.line, `service row ${item.stt} has no name and was not read`, "", item.lines);
        return;
      }
      const level = /\d/.exec(cells.serviceLevel ?? "");
      services.push({
        ref,
        name,
        serviceLevel: level && Number(level[0]) >= 1 && Number(level[0]) <= 4 ? Number(level[0]) : null,
        ...readAgencyCells(cells.lead, cells.coordinating),
        deadline: cells.deadline ? oneLine(cells.deadline) : null,
        line: item.line,
        lines: item.lines,
        notes: rowNotes,
      });
      return;
    }
    const text = oneLine(cells.text ?? "");
    if (!text) {
      warnings.add(item.line, `table row ${item.stt} has no task text and was not read`, "", item.lines);
      return;
    }
    tasks.push({
      ref,
      section: current.ref,
      text,
      ...readAgencyCells(cells.lead, cells.coordinating),
      deadline: cells.deadline ? oneLine(cells.deadline) : null,
      product: cells.product ? oneLine(cells.product) : null,
      line: item.line,
      lines: item.lines,
      notes: rowNotes,
    });
  });
  if (table.pageHeaders.length) {
    notes.push(`Repeated table header lines removed: ${table.pageHeaders.join(", ")}.`);
  }
  return { sections: isServices ? [] : sections, tasks, services, notes };
}

/**
 * A row's cells with those its section row fills where the row leaves them empty: the section's
 * lead and partners when the row names no lead (its own partners kept), its deadline and product
 * each when the row has none (as a body list's tasks take their group's).
 */
export function withSectionCells(cells: Partial<Record<ColumnKind, string>>, given: Partial<Record<ColumnKind, string>>): Partial<Record<ColumnKind, string>> {
  const out = { ...cells };
  if (!out.lead) {
    if (given.lead) out.lead = given.lead;
    out.coordinating ??= given.coordinating;
  }
  out.deadline ??= given.deadline;
  out.product ??= given.product;
  for (const kind of ["lead", "deadline", "product", "coordinating"] as const) if (out[kind] === undefined) delete out[kind];
  return out;
}

/**
 * A table row whose deadline cell is empty while a coordinating, product or notes cell holds a
 * deadline ("Quý I năm 2022" one column to the left, as PDF extraction leaves it when it drops an
 * empty cell): moves it to the deadline and returns the column it came from.
 */
function realignDeadline(cells: Partial<Record<ColumnKind, string>>, hasDeadline: boolean): ColumnKind | null {
  if (!hasDeadline || cells.deadline) return null;
  for (const kind of ["coordinating", "product", "notes"] as const) {
    const value = cells[kind];
    if (!value || !startsLikeDeadline(value) || readAgencyList(value).ok) continue;
    const parsed = parseDeadline(value).kind;
    if (parsed === "unknown" || parsed === "none") continue;
    cells.deadline = value;
    delete cells[kind];
    return kind;
  }
  return null;
}
