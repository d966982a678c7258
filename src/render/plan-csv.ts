import type { Plan } from "../model/plan";
import { splitAgencies } from "../text/agency-list";

/**
 * An agency list as one cell, one agency per line; a single agency that would otherwise be read as
 * several ("Các sở, ngành, UBND các địa phương") is followed by a line break to mark it as listed.
 */
function agencyCell(entries: readonly string[]): string {
  if (entries.length !== 1) return entries.join("\n");
  const only = entries[0]!;
  const reread = splitAgencies(only);
  return reread.length === 1 && reread[0] === only ? only : `${only}\n`;
}

/**
 * Options of {@link planToCSV}.
 *
 * @example
 * const options: PlanCsvOptions = { delimiter: ";", bom: true }; // for Excel in a locale with a decimal comma
 * writeFileSync("ninh-hoa-2022.csv", planToCSV(getPlan("ninh-hoa-2022"), options));
 */
export interface PlanCsvOptions {
  /** Cell delimiter: "," (default), ";" (spreadsheets in locales with a decimal comma) or "\t". */
  delimiter?: "," | ";" | "\t";
  /** Start with a UTF-8 byte-order mark, so that Excel opens the file as UTF-8. */
  bom?: boolean;
}

/**
 * The headings {@link planToCSV} writes, in order.
 *
 * @example
 * PLAN_CSV_HEADER.join(";") // "Mục;STT;Nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm"
 */
export const PLAN_CSV_HEADER = ["Mục", "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"] as const;

/**
 * A plan's task list as a spreadsheet (CSV) that {@link parsePlanCSV} reads back to the same
 * sections and tasks: a heading row per section (Mục and title, no STT), then a row per task with
 * its section, ref, text, lead and coordinating agencies (one per line inside the cell), deadline
 * as written and product. Services, targets and metadata are not written.
 *
 * @example
 * planToCSV(getPlan("ninh-hoa-2022"), { delimiter: ";" }).split("\n")[0]
 * // "Mục;STT;Nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm"
 */
export function planToCSV(plan: Pick<Plan, "sections" | "tasks">, options: PlanCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const cell = (value: string) => (value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows: string[][] = [[...PLAN_CSV_HEADER]];
  const titles = new Map(plan.sections.map((s) => [s.ref, s.title]));
  let section: string | null = null;
  for (const task of plan.tasks) {
    if (task.section !== section) {
      section = task.section;
      rows.push([section, "", titles.get(section) ?? section, "", "", "", ""]);
    }
    rows.push([task.section, task.ref, task.text, agencyCell(task.lead), agencyCell(task.coordinating), task.deadline.raw, task.product ?? ""]);
  }
  return (options.bom ? "\ufeff" : "") + rows.map((row) => row.map(cell).join(delimiter)).join("\n");
}
