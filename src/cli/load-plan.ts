import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { getPlan, plans } from "../corpus/index";
import { parsePlanCSV } from "../import/import-csv";
import { parsePlan } from "../import/import-text";
import { ImportError } from "../model/errors";
import type { Plan } from "../model/plan";
import { planFromJSON } from "../import/plan-json";
import { foldForMatch } from "../text/fold";
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

/**
 * Why a file could not be read or written, in words: `missing` for ENOENT ("no such file", or
 * "no such directory" for a file to write), "permission denied", "is a directory", else the
 * system's error code.
 *
 * @example
 * fileErrorReason(Object.assign(new Error(), { code: "EACCES" }), "no such file") // "permission denied"
 */
export function fileErrorReason(error: unknown, missing: string): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  const reasons: Record<string, string> = { ENOENT: missing, EACCES: "permission denied", EPERM: "permission denied", EISDIR: "is a directory", ENOTDIR: "a part of the path is not a directory" };
  return reasons[code] ?? (code || (error instanceof Error ? error.message : String(error)));
}

/** What to import a plan file as: its id and, when given, the plans it derives from. */
export interface PlanFileMeta {
  id?: string | undefined;
  parents?: string[] | undefined;
}

/**
 * Reads a plan from a file: `.json` (a plan as written by `JSON.stringify(plan)`), `.csv` (a
 * spreadsheet, `parsePlanCSV`) or any other text (`parsePlan`). The id defaults to the file
 * name. Throws `ImportError` for an unreadable file and for one that yields no task.
 */
export function readPlanFile(file: string, meta: PlanFileMeta = {}): Plan {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
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
export function planArgument(argument: string): Plan {
  if (plans.some((p) => p.id === argument)) return getPlan(argument);
  if (/[./\\]/.test(argument)) return readPlanFile(argument);
  throw new UsageError(`"${argument}" is neither a built-in plan id (${plans.map((p) => p.id).join(", ")}) nor a plan file (.json, .csv, .txt)`);
}
