import { basename, extname } from "node:path";
import { getPlan, plans } from "../corpus/index";
import { parsePlanCSV } from "../import/import-csv";
import { parsePlan } from "../import/import-text";
import { ImportError } from "../model/errors";
import type { Plan } from "../model/plan";
import { planFromJSON } from "../model/validate";
import { foldForMatch } from "../text/fold";
import { fileErrorReason, readInputText, type FilePath } from "./files";
import { didYouMean } from "./suggest";
import { UsageError } from "./usage-error";

/**
 * A plan id from a file name: "Ninh Hòa 2022.txt" → "ninh-hoa-2022".
 *
 * @example
 * idFromFileName("seeds/raw/ninh-hoa-2022.txt") // "ninh-hoa-2022"
 */
export function idFromFileName(file: string): string {
  const stem = basename(file, extname(file));
  return foldForMatch(stem).replace(/ /g, "-") || "imported";
}

export { fileErrorReason } from "./files";

/** What to import a plan file as: its id and, when given, the plans it derives from. */
export interface PlanFileMeta {
  id?: string | undefined;
  parents?: string[] | undefined;
  /** Where to open the file, when not at `file` itself (the CLI: resolved from its folder, or raw bytes for a name that is not UTF-8). */
  path?: FilePath | undefined;
}

/**
 * Reads a plan from a file: `.json` (a plan as written by `JSON.stringify(plan)`), `.csv` (a
 * spreadsheet, `parsePlanCSV`) or any other text (`parsePlan`). The id defaults to the file
 * name. Throws `ImportError` for an unreadable file and for one that yields no task.
 */
export function readPlanFile(file: string, meta: PlanFileMeta = {}): Plan {
  let text: string;
  try {
    text = readInputText(meta.path ?? file);
  } catch (error) {
    throw new ImportError(`cannot read ${file} (${fileErrorReason(error, "no such file")})`);
  }
  const extension = extname(file).toLowerCase();
  if (extension === ".json") return planFromJSON(text, file);
  const importMeta = { id: meta.id ?? idFromFileName(file), file: basename(file), ...(meta.parents ? { parents: meta.parents } : {}) };
  const plan = extension === ".csv" ? parsePlanCSV(text, importMeta) : parsePlan(text, importMeta);
  if (!plan.tasks.length) {
    const why = plan.warnings.find((w) => /no task|empty/.test(w.message))?.message ?? plan.warnings[0]?.message ?? "nothing could be read";
    throw new ImportError(`no tasks found in ${file}: ${why}`);
  }
  return plan;
}

/**
 * A command's plan argument: a built-in plan id, or a plan file (JSON, CSV or text). Anything
 * else is a usage error that names the known ids.
 */
export function planArgument(argument: string, path?: FilePath): Plan {
  if (plans.some((p) => p.id === argument)) return getPlan(argument);
  if (/[./\\]/.test(argument)) return readPlanFile(argument, { path });
  const ids = plans.map((p) => p.id);
  throw new UsageError(`"${argument}" is neither a built-in plan id (${ids.join(", ")}) nor a plan file (.json, .csv, .txt)${didYouMean(argument, ids)}`);
}
