import { collectAgencies } from "../corpus/build";
import { DATA_COLUMN, dataCell, planData, taskCells, taskData } from "../import/plan-csv-data";
import { PlanValidationError } from "../model/errors";
import { type Plan, PlanSchema } from "../model/plan";
import { validatePlan } from "../model/validate";
import { csvDocument } from "./safe";

const TaskListSchema = PlanSchema.pick({ sections: true, tasks: true });

/** A whole plan (it has an id): validated as a plan; else a task list: its sections and tasks validated. */
function validated(value: Pick<Plan, "sections" | "tasks"> & Partial<Plan>): Pick<Plan, "sections" | "tasks"> & Partial<Plan> {
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "id" in value) return validatePlan(value);
  const parsed = TaskListSchema.safeParse(value);
  if (!parsed.success) throw PlanValidationError.fromZod("task list", parsed.error);
  return value;
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
  /**
   * Write the `dean06` column that makes the file lossless (default true for a whole plan): false
   * gives only the task table's seven columns, which read back to the same sections and tasks
   * without the plan's other fields.
   */
  lossless?: boolean;
}

/**
 * The headings {@link planToCSV} writes, in order (then `dean06`, the data column, unless
 * `lossless: false`).
 *
 * @example
 * PLAN_CSV_HEADER.join(";") // "Mục;STT;Nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm"
 */
export const PLAN_CSV_HEADER = ["Mục", "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"] as const;

/** Whether the argument is a whole plan (not only its sections and tasks). */
const isWholePlan = (plan: Pick<Plan, "sections" | "tasks"> & Partial<Plan>): plan is Plan =>
  typeof plan.code === "string" && Array.isArray(plan.services) && Array.isArray(plan.warnings) && typeof plan.source === "object";

/**
 * A plan as a spreadsheet (CSV) that {@link parsePlanCSV} reads back to the same plan: a heading
 * row per section (Mục and title, no STT), then a row per task with its section, ref, text, lead and
 * coordinating agencies (one per line inside the cell), deadline as written and product.
 *
 * Lossless: a last column, `dean06`, carries as JSON what those seven columns do not. The row after
 * the header holds the plan's own fields (`{"plan": {code, title, issuer, level, place, issuedOn,
 * parents, cites, adopts, source, sections, services, targets, notes, warnings}}`, and `agencies`
 * when they are not the ones its tasks and services name); a task row holds the task's `line` and,
 * when it has them, `ocr`, `uncertain` and `notes`, and the exact value of each visible cell that
 * would not read back the same — a ref with leading zeros, text with line breaks or repeated
 * spaces, agencies the agency grammar would split otherwise, an empty product, a deadline whose
 * parse is not that of its text (`{"task": {…}}`). So `parsePlanCSV(planToCSV(plan), { id: plan.id })`
 * deep-equals `plan` for every plan dean06 builds (text in NFC, as the model keeps it). The file
 * stays a plain spreadsheet: a visible cell edited in it wins over the data column, and new rows
 * need no data. `lossless: false` (and a value with only `sections` and `tasks`) writes the seven
 * columns alone. Throws {@link PlanValidationError} for a value that is not a valid plan (or, without
 * an `id`, not valid sections and tasks).
 *
 * @example
 * planToCSV(getPlan("ninh-hoa-2022"), { delimiter: ";" }).split("\n")[0]
 * // "Mục;STT;Nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm;dean06"
 * parsePlanCSV(planToCSV(getPlan("hue-2022")), { id: "hue-2022" }) // deep-equals getPlan("hue-2022")
 */
export function planToCSV(planOrTasks: Pick<Plan, "sections" | "tasks"> & Partial<Plan>, options: PlanCsvOptions = {}): string {
  const plan = validated(planOrTasks);
  const delimiter = options.delimiter ?? ",";
  const lossless = (options.lossless ?? true) && isWholePlan(plan);
  const width = PLAN_CSV_HEADER.length;
  const rows: string[][] = [lossless ? [...PLAN_CSV_HEADER, DATA_COLUMN] : [...PLAN_CSV_HEADER]];
  if (lossless) rows.push([...Array<string>(width).fill(""), dataCell({ plan: planData(plan, collectAgencies(plan)) })]);
  const titles = new Map(plan.sections.map((s) => [s.ref, s.title]));
  let section: string | null = null;
  for (const task of plan.tasks) {
    if (task.section !== section) {
      section = task.section;
      const heading = [section, "", titles.get(section) ?? section, "", "", "", ""];
      rows.push(lossless ? [...heading, ""] : heading);
    }
    const cells = taskCells(task);
    if (lossless) cells.push(dataCell({ task: taskData(task, plan.issuedOn ?? null) }));
    rows.push(cells);
  }
  return csvDocument(rows, { delimiter, bom: options.bom ?? false });
}
