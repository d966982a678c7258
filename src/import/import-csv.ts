import { ImportError } from "../model/errors";
import type { Plan } from "../model/plan";
import { COLUMN_NAMES, type ColumnKind } from "../text/column-names";
import { toNFC } from "../text/fold";
import { unguardFormula } from "../text/formula-guard";
import { romanValue } from "../text/roman";
import { type CsvRecord, type CsvTable, readCsv } from "./csv-read";
import { levelOfIssuer } from "./document-meta";
import { type ImportMeta, readImportMeta } from "./import-meta";
import { assemblePlan, type ImportResult, readWithinEngineLimits } from "./import-plan";
import { oneLine, type RawSection, type RawTask } from "./import-types";
import { WarningList } from "./import-warnings";
import { LineMetadata } from "./line-account";
import { agencyCell, asRead, DATA_COLUMN, type PlanCsvData, readDataCell, readRef, type TaskCsvData } from "./plan-csv-data";
import { columnKind } from "./table-header";
import { withSectionCells } from "./table-tasks";
import { readAgencyCells } from "./task-clauses";

/** The cells a section row can fill for the rows under it. */
const SECTION_GIVES = ["lead", "coordinating", "deadline", "product"] as const;

/** The visible cells of a task row, by column kind (empty for a column the CSV does not have). */
type VisibleCells = { section: string; ref: string; text: string; lead: string; coordinating: string; deadline: string; product: string };

/**
 * The fields of a task's data cell that apply: those the visible cells do not carry, and the exact
 * value of each visible field whose cell is as planToCSV wrote it for that value (a cell edited
 * since is read as written instead).
 */
function applicableData(data: TaskCsvData, cells: VisibleCells): { exact: NonNullable<RawTask["exact"]>; ref?: string; section?: string } {
  const { ref, section, text, lead, coordinating, deadline, product, ...hidden } = data;
  const exact: NonNullable<RawTask["exact"]> = { ...hidden };
  const unedited = (kind: keyof VisibleCells, written: string) => asRead(written) === cells[kind];
  if (text !== undefined && unedited("text", text)) exact.text = text;
  if (lead !== undefined && unedited("lead", agencyCell(lead))) exact.lead = lead;
  if (coordinating !== undefined && unedited("coordinating", agencyCell(coordinating))) exact.coordinating = coordinating;
  if (deadline !== undefined && unedited("deadline", deadline.raw)) exact.deadline = deadline;
  if (product !== undefined && unedited("product", product ?? "")) exact.product = product;
  return {
    exact,
    ...(ref !== undefined && unedited("ref", ref) ? { ref } : {}),
    ...(section !== undefined && unedited("section", section) ? { section } : {}),
  };
}

/**
 * Imports a plan from a spreadsheet saved as CSV: a header row with Vietnamese column headings in
 * any order ("STT", "Nhiệm vụ" / "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực
 * hiện", "Sản phẩm", optionally "Mục" and "Ghi chú"; English "Ref", "Task", "Lead", "Coordinating",
 * "Deadline", "Product", "Section", "Notes" too), then one row per task. UTF-8 with or without a
 * byte-order mark; comma, semicolon or tab delimited (detected); quoted cells may span lines.
 *
 * Sections: a row whose STT is a roman numeral and that names no agency, deadline or product is a
 * section heading ("I;CÔNG TÁC CHUẨN BỊ;;;;"), or, with a "Mục" column, a row with a Mục and no
 * STT; so is a roman row that fills them over numbered rows ("I;Nhóm thể chế;Sở Tư pháp;;Quý
 * III/2022" then "1;…"), whose rows take its lead and partners when they name no lead, its deadline
 * and product when they give none. Tasks belong to the last heading (or their Mục). Agency cells list one agency per line, or
 * separated by semicolons, or with commas as written (split by the agency-name grammar). STT gives
 * the ref as written (leading zeros dropped); when numbering restarts in each section, the section's
 * roman numeral is prefixed ("I.1"). Metadata (code, issuer, date …) comes from `meta`.
 *
 * A CSV written by {@link planToCSV} also has a `dean06` column holding, as JSON, what the visible
 * columns do not: in the row after the header, the plan's own fields (code, title, issuer, level,
 * place, date, parents, citations, adoptions, source, every section, services, targets, notes,
 * warnings); in a task row, the task's line, OCR text, uncertain fields and notes, and the exact
 * value of any visible cell that would not read back the same (a ref with leading zeros, text with
 * line breaks, …). These are restored, so that plan → CSV → plan is lossless; `meta` still
 * overrides, and a visible cell edited since the file was written is read as written. A data cell
 * that is not valid JSON of that shape is reported in `warnings` and not used.
 *
 * Throws {@link ImportError} when the input has no header row with a task column (an empty file
 * included) or `meta` is invalid; rows it cannot read are reported in `warnings`. Nothing is
 * dropped silently: {@link importPlanCSV} gives the same plan with what each line became.
 *
 * @example
 * const plan = parsePlanCSV(readFileSync("examples/plan-example.csv", "utf8"), { id: "vi-du-2024", issuer: "UBND huyện Ví Dụ" });
 * plan.tasks[0].lead // ["Công an huyện"]
 */
export function parsePlanCSV(csv: string, meta: { id: string } & Record<string, unknown>): Plan {
  return importPlanCSV(csv, meta).plan;
}

/** The table with each cell as written before a CSV writer guarded it against formula injection (a leading `'` before `=`, `+`, `-`, `@` …). */
const unguardedCells = (table: CsvTable): CsvTable => ({ ...table, records: table.records.map((r) => ({ ...r, cells: r.cells.map(unguardFormula) })) });

/** The line numbers a record spans. */
const recordLines = (record: CsvRecord) => Array.from({ length: record.lastLine - record.line + 1 }, (_, k) => record.line + k);

/**
 * Imports a plan from a CSV spreadsheet as {@link parsePlanCSV} does, and accounts for every
 * non-empty line: part of a task (its id), metadata (the header, section rows, empty rows), or
 * reported in `plan.warnings`.
 *
 * @example
 * const { lines } = importPlanCSV(readFileSync("examples/plan-example.csv", "utf8"), { id: "vi-du-2024" });
 * lines.slice(0, 3)
 * // [{ line: 1, use: "metadata", what: "table header" }, { line: 2, use: "metadata", what: "section heading" },
 * //  { line: 3, use: "task", id: "vi-du-2024:I.1" }]
 */
export function importPlanCSV(csv: string, meta: { id: string } & Record<string, unknown>): ImportResult {
  return readWithinEngineLimits(csv, readImportMeta(meta), "imported-csv", readPlanCsv);
}

/** {@link importPlanCSV} once `meta` is read. */
function readPlanCsv(csv: string, m: ImportMeta): ImportResult {
  const warnings = new WarningList();
  const text = toNFC(typeof csv === "string" ? csv : "");
  const input = text
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ n: i + 1, text: line }))
    .filter((l) => l.text.trim() !== "");
  const metadata = new LineMetadata();
  const table = unguardedCells(readCsv(text));
  if (table.unclosedQuoteLine) warnings.add(table.unclosedQuoteLine, "a quoted cell is not closed; the rest of the file was read as that cell");
  const blank = (r: CsvRecord) => !r.cells.some((c) => c.trim());
  for (const record of table.records) if (blank(record)) metadata.mark("formatting", recordLines(record));
  const records = table.records.filter((r) => !blank(r));
  const header = records[0];
  if (!header) throw new ImportError('the CSV is empty: expected a header row such as "STT;Nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm"');
  const kinds = header.cells.map((c) => columnKind(c));
  if (!kinds.includes("text")) {
    const expected = COLUMN_NAMES.find((c) => c.kind === "text")!
      .names.slice(0, 3)
      .join('", "');
    throw new ImportError(`no task column in the header (expected "${expected}" …); found "${header.cells.map((c) => c.trim()).join('", "')}"`, header.line);
  }
  metadata.mark("table header", recordLines(header));
  const column = (kind: ColumnKind) => kinds.indexOf(kind);
  const dataColumn = header.cells.findIndex((c) => c.trim() === DATA_COLUMN);
  kinds.forEach((kind, k) => {
    if (k === dataColumn) return;
    if (kind === null && header.cells[k]!.trim()) warnings.add(header.line, `column "${header.cells[k]!.trim()}" is not a known heading and was not read`);
    if (kind !== null && kinds.indexOf(kind) !== k) warnings.add(header.line, `column "${header.cells[k]!.trim()}" repeats a column already read and was not read`);
  });
  const rawCell = (cells: string[], kind: ColumnKind) => (column(kind) >= 0 ? (cells[column(kind)] ?? "") : "");
  /** The agency, deadline and product cells a row fills, as written. */
  const filledCells = (cells: string[]): Partial<Record<ColumnKind, string>> =>
    Object.fromEntries(SECTION_GIVES.map((kind) => [kind, rawCell(cells, kind)]).filter(([, value]) => Boolean(value?.trim())));
  const cell = (cells: string[], kind: ColumnKind) => rawCell(cells, kind).trim();

  const sections: RawSection[] = [];
  const sectionRefs = new Map<string, RawSection>();
  const declare = (section: RawSection) => {
    if (sectionRefs.has(section.ref)) return;
    sectionRefs.set(section.ref, section);
    sections.push(section);
  };
  const tasks: RawTask[] = [];
  let current: RawSection | null = null;
  let autoRef = 0;
  // the plan's data (a CSV written by planToCSV): its sections come first, with their exact titles
  let planData: PlanCsvData | null = null;
  const exactSections = new Set<string>();
  const exactTitles = new Map<string, string>();
  /** A section heading's Mục cell as planToCSV wrote it → the exact section ref. */
  const exactSectionCells = new Map<string, string>();
  const readData = (record: CsvRecord) => {
    const data = dataColumn >= 0 ? readDataCell(record.cells[dataColumn] ?? "") : null;
    if (data && "error" in data) warnings.add(record.line, data.error);
    return data && !("error" in data) ? data : null;
  };
  // the agency, deadline and product cells of the section row above the current rows, if it fills any
  let given: Partial<Record<ColumnKind, string>> = {};
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    const cells = record.cells;
    if (cells.length > header.cells.length && cells.slice(header.cells.length).some((c) => c.trim())) {
      warnings.add(record.line, `row has ${cells.length} cells for ${header.cells.length} columns; the extra cells were not read`, cells.join(" | "));
    }
    const data = readData(record);
    if (data && "plan" in data && !planData && cells.every((c, k) => k === dataColumn || !c.trim())) {
      planData = data.plan;
      for (const section of planData.sections) {
        exactSections.add(section.ref);
        exactTitles.set(section.ref, section.title);
        exactSectionCells.set(asRead(section.ref), section.ref);
        declare({ ...section });
      }
      metadata.mark("preamble", recordLines(record));
      continue;
    }
    if (data && "plan" in data) warnings.add(record.line, `a second plan data cell, or one in a row with other cells, was not read`);
    const visible: VisibleCells = {
      section: rawCell(cells, "section"),
      ref: rawCell(cells, "ref"),
      text: rawCell(cells, "text"),
      lead: rawCell(cells, "lead"),
      coordinating: rawCell(cells, "coordinating"),
      deadline: rawCell(cells, "deadline"),
      product: rawCell(cells, "product"),
    };
    const restore = data && "task" in data ? applicableData(data.task, visible) : null;
    const stt = cell(cells, "ref");
    const text = oneLine(cell(cells, "text"));
    const sectionCell = oneLine(cell(cells, "section"));
    const details = ["lead", "coordinating", "deadline", "product"].some((k) => cell(cells, k as ColumnKind));
    const roman = stt && romanValue(stt) !== null;
    // a spreadsheet's roman row over numbered rows heads a section even when it fills agency or deadline cells
    const headsRows = dataColumn < 0 && /^\d/.test(cell(records[r + 1]?.cells ?? [], "ref"));
    if (!restore && (!details || (roman && headsRows)) && text && ((roman && !sectionCell) || (sectionCell && !stt))) {
      given = filledCells(cells);
      const ref = exactSectionCells.get(visible.section) ?? (roman && !sectionCell ? stt.toUpperCase() : sectionCell);
      // a heading as planToCSV wrote it keeps the section's exact title; an edited one gives the new title
      const exact = exactTitles.get(ref);
      const title = exact !== undefined && oneLine(exact) === text ? exact : text;
      const declared = sectionRefs.get(ref);
      if (declared && exactTitles.has(ref)) declared.title = title;
      current = declared ?? { ref, title };
      declare(current);
      metadata.mark("section heading", recordLines(record));
      continue;
    }
    if (!text && restore?.exact.text === undefined) {
      warnings.add(record.line, "row without a task text was not read", cells.join(" | "), recordLines(record));
      continue;
    }
    if (restore?.section !== undefined) exactSections.add(restore.section);
    let ref = restore?.ref ?? (stt ? readRef(stt) : null);
    if (stt && !ref) warnings.add(record.line, `STT "${stt}" is not a task number; the row was numbered by position`);
    if (!ref) {
      ref = String(++autoRef);
      if (!stt) warnings.add(record.line, `row without STT numbered ${ref} by position`, text);
    } else if (/^\d+$/.test(ref)) autoRef = Number(ref);
    const section = restore?.section ?? (sectionCell || current?.ref || (ref.includes(".") ? ref.slice(0, ref.lastIndexOf(".")) : "1"));
    declare({ ref: section, title: section === "1" && !current ? "Nhiệm vụ" : section });
    const notes = cell(cells, "notes");
    const own = filledCells(cells);
    // (a section's cells are for its numbered rows, not for a task numbered like a section)
    if (roman) given = {};
    const filled = restore ? own : withSectionCells(own, given);
    tasks.push({
      ref,
      section,
      text,
      ...readAgencyCells(filled.lead, filled.coordinating),
      deadline: oneLine((filled.deadline ?? "").trim()) || null,
      product: oneLine((filled.product ?? "").trim()) || null,
      line: record.line,
      lines: recordLines(record),
      notes: notes ? [`Ghi chú: ${oneLine(notes)}`] : [],
      ...(restore ? { exact: restore.exact } : {}),
    });
  }
  // numbering that restarts in each section: prefix the section ("I.1", "II.1")
  const refs = tasks.map((t) => t.ref);
  if (new Set(refs).size < refs.length) {
    for (const task of tasks) if (/^\d+$/.test(task.ref) && task.section !== "1") task.ref = `${task.section}.${task.ref}`;
  }
  if (!tasks.length) warnings.add(null, "no task rows were read");
  const data = planData as PlanCsvData | null;
  return assemblePlan({
    meta: m,
    method: "imported-csv",
    code: data?.code ?? null,
    title: data?.title ?? null,
    issuer: data?.issuer ?? null,
    level: data?.level ?? (m.issuer ? levelOfIssuer(m.issuer, m.issuedOn ?? null) : null),
    place: data ? data.place : null,
    issuedOn: data ? data.issuedOn : null,
    parents: data?.parents ?? [],
    cites: data?.cites ?? [],
    adopts: data?.adopts ?? [],
    sections,
    tasks,
    services: [],
    notes: data?.notes ?? [],
    abbreviations: data?.abbreviations ?? [],
    exactSections,
    ...(data
      ? {
          restored: {
            source: data.source,
            services: data.services,
            targets: data.targets,
            warnings: data.warnings,
            ...(data.agencies ? { agencies: data.agencies } : {}),
          },
        }
      : {}),
    sourceNote: `Imported from a CSV spreadsheet (${table.delimiter === "\t" ? "tab" : `"${table.delimiter}"`}-separated, columns ${kinds.filter(Boolean).join(", ")}).`,
    warnings,
    input,
    metadata,
  });
}
