import { z } from "zod";
import { parseDeadline } from "../deadline/parse";
import { AbbreviationSchema, type Plan, PlanSchema } from "../model/plan";
import { ServiceSchema } from "../model/service";
import { type Task, TaskSchema } from "../model/task";
import { splitAgencies } from "../text/agency-list";
import { toNFC } from "../text/fold";
import { oneLine } from "./import-types";
import { readAgencyCells } from "./task-clauses";

// The `dean06` column of the CSV that planToCSV writes and parsePlanCSV reads back: what the
// visible columns of a plan's spreadsheet do not carry, as JSON, so that plan → CSV → plan is
// lossless. One row after the header holds the plan's own fields ({"plan": …}); each task row
// holds what its visible cells do not say exactly ({"task": …}).

/** The heading of the column that carries the rest of a plan, as JSON. */
export const DATA_COLUMN = "dean06";

/**
 * The plan's fields the task table does not show, in the data cell of the row after the header.
 * `agencies` only when it is not what the tasks and services name (collectAgencies);
 * `abbreviations` only when the plan defines some.
 */
export const PlanCsvDataSchema = PlanSchema.omit({ id: true, tasks: true }).extend({
  services: z.array(ServiceSchema.omit({ id: true })),
  agencies: PlanSchema.shape.agencies.optional(),
  abbreviations: z.array(AbbreviationSchema).optional(),
});

/**
 * A task's fields its visible cells do not carry (line, OCR, uncertain fields, notes), and the
 * exact value of a visible field whose cell would not read back the same (a ref with leading
 * zeros, text with line breaks or double spaces, agencies the agency grammar would split
 * differently, an empty product, a deadline parsed otherwise than its text says).
 */
export const TaskCsvDataSchema = TaskSchema.omit({ id: true }).partial();

export type PlanCsvData = z.infer<typeof PlanCsvDataSchema>;
export type TaskCsvData = z.infer<typeof TaskCsvDataSchema>;

/**
 * An agency list as one cell, one agency per line; a single agency that would otherwise be read as
 * several ("Các sở, ngành, UBND các địa phương") is followed by a line break to mark it as listed.
 */
export function agencyCell(entries: readonly string[]): string {
  if (entries.length !== 1) return entries.join("\n");
  const only = entries[0]!;
  const reread = splitAgencies(only);
  return reread.length === 1 && reread[0] === only ? only : `${only}\n`;
}

/** A row number as a ref: "01" → "1", "2.13." → "2.13", "III.4.2" kept; null when it is not one. */
export function readRef(cell: string): string | null {
  const text = cell.trim().replace(/\.$/, "");
  if (!/^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/.test(text)) return null;
  return text
    .split(".")
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
    .join(".");
}

/** The visible cells of a task row, in the order of PLAN_CSV_HEADER. */
export function taskCells(task: Pick<Task, "section" | "ref" | "text" | "lead" | "coordinating" | "deadline" | "product">): string[] {
  return [task.section, task.ref, task.text, agencyCell(task.lead), agencyCell(task.coordinating), task.deadline.raw, task.product ?? ""];
}

/** A cell as parsePlanCSV sees it after reading the CSV text: NFC, CRLF inside a quoted cell read as LF. */
export const asRead = (cell: string): string => toNFC(cell).replace(/\r\n/g, "\n");

/**
 * What the importer reads from a task's visible cells: the same rules as importPlanCSV (with
 * assemblePlan's), which must stay in step with these (the round-trip property test checks them).
 */
export function readTaskCells(cells: { section: string; ref: string; text: string; lead: string; coordinating: string; deadline: string; product: string }) {
  return {
    section: oneLine(cells.section),
    ref: readRef(cells.ref),
    text: oneLine(cells.text.trim()),
    ...readAgencyFields(cells.lead, cells.coordinating),
    deadline: oneLine(cells.deadline.trim()),
    product: oneLine(cells.product.trim()) || null,
  };
}

/** The agencies of a row's agency cells (`readAgencyCells`), without empty names. */
function readAgencyFields(lead: string, coordinating: string): { lead: string[]; coordinating: string[] } {
  const read = readAgencyCells(lead, coordinating);
  return { lead: read.lead.filter((a) => a.trim()), coordinating: read.coordinating.filter((a) => a.trim()) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a task row's data cell must hold for the task to read back exactly: its fields the visible
 * cells do not carry, and each visible field whose cell does not read back to it. Always `line`
 * (null included): a row without data, one added to the file by hand, gets its line in the CSV.
 */
export function taskData(task: Task, issuedOn: string | null): TaskCsvData {
  const [section, ref, text, lead, coordinating, deadline, product] = taskCells(task).map(asRead);
  const read = readTaskCells({ section: section!, ref: ref!, text: text!, lead: lead!, coordinating: coordinating!, deadline: deadline!, product: product! });
  const data: TaskCsvData = {};
  if (read.ref !== task.ref) data.ref = task.ref;
  if (read.section !== task.section) data.section = task.section;
  if (read.text !== task.text) data.text = task.text;
  if (!same(read.lead, task.lead)) data.lead = task.lead;
  if (!same(read.coordinating, task.coordinating)) data.coordinating = task.coordinating;
  if (read.product !== task.product) data.product = task.product;
  if (!same(parseDeadline(read.deadline || null, { issuedOn }), task.deadline)) data.deadline = task.deadline;
  data.line = task.line;
  if (task.ocr !== null) data.ocr = task.ocr;
  if (task.uncertain.length) data.uncertain = task.uncertain;
  if (task.notes.length) data.notes = task.notes;
  return data;
}

/** The data of the plan row: the plan's fields the task table does not show. */
export function planData(plan: Plan, derivedAgencies: Plan["agencies"]): PlanCsvData {
  const { code, title, issuer, level, place, issuedOn, parents, cites, adopts, source, sections, targets, abbreviations, notes, warnings } = plan;
  const services = plan.services.map(({ id: _id, ...service }) => service);
  return {
    code,
    title,
    issuer,
    level,
    place,
    issuedOn,
    parents,
    cites,
    adopts,
    source,
    sections,
    services,
    ...(abbreviations.length ? { abbreviations } : {}),
    targets,
    notes,
    warnings,
    ...(same(derivedAgencies, plan.agencies) ? {} : { agencies: plan.agencies }),
  };
}

/** The data cell of a row as JSON: `{"plan": …}` or `{"task": …}`. */
export const dataCell = (data: { plan: PlanCsvData } | { task: TaskCsvData }): string => JSON.stringify(data);

/** Reads a data cell: the plan's or a task's data, or an error message saying why it cannot be used. */
export function readDataCell(cell: string): { plan: PlanCsvData } | { task: TaskCsvData } | { error: string } | null {
  const text = cell.trim();
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: `the ${DATA_COLUMN} cell is not JSON; it was not read` };
  }
  if (value && typeof value === "object" && "plan" in value) {
    const parsed = PlanCsvDataSchema.safeParse((value as { plan: unknown }).plan);
    if (parsed.success) return { plan: parsed.data };
    const issue = parsed.error.issues[0]!;
    return { error: `the plan data in the ${DATA_COLUMN} cell is not valid (${issue.path.join(".") || "plan"}: ${issue.message}); it was not read` };
  }
  if (value && typeof value === "object" && "task" in value) {
    const parsed = TaskCsvDataSchema.safeParse((value as { task: unknown }).task);
    if (parsed.success) return { task: parsed.data };
    const issue = parsed.error.issues[0]!;
    return { error: `the task data in the ${DATA_COLUMN} cell is not valid (${issue.path.join(".") || "task"}: ${issue.message}); it was not read` };
  }
  return { error: `the ${DATA_COLUMN} cell is neither {"plan": …} nor {"task": …}; it was not read` };
}
