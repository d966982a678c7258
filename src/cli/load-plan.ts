import { basename, extname } from "node:path";
import { getPlan, plans } from "../corpus/index";
import { decodePlanText } from "../import/encoding";
import { fileErrorReason, idFromFileName } from "../import/file-source";
import { importPlanFile } from "../import/plan-file";
import { planFromJSON } from "../import/plan-json";
import { ImportError } from "../model/errors";
import type { Plan } from "../model/plan";
import { type FilePath, readInputFile } from "./files";
import { didYouMean } from "./suggest";
import { UsageError } from "./usage-error";

export { fileErrorReason, idFromFileName };

/** What to import a plan file as: its id and, when given, the plans it derives from. */
export interface PlanFileMeta {
  id?: string | undefined;
  parents?: string[] | undefined;
  /** Where to open the file, when not at `file` itself (the CLI: resolved from its folder, or raw bytes for a name that is not UTF-8). */
  path?: FilePath | undefined;
}

/**
 * Reads a plan from a file: `.json` (a plan as written by `JSON.stringify(plan)`), a DOCX or a PDF
 * with a text layer (told by their bytes, whatever the extension), `.csv` (a spreadsheet,
 * `parsePlanCSV`) or any other text (`parsePlan`); text in UTF-8 or UTF-16 with a byte-order mark
 * (see `importPlanFile`). The id defaults to the file name. Throws `ImportError` for an unreadable
 * file and for one that yields no task, `EncodingError` for text in another encoding,
 * `NoTextLayerError` for a scanned PDF, `DocumentFormatError` for a format not read.
 *
 * @example
 * const plan = await readPlanFile("ke-hoach-322.docx", { parents: ["qd-06-2022"] });
 */
export async function readPlanFile(file: string, meta: PlanFileMeta = {}): Promise<Plan> {
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(meta.path ?? file);
  } catch (error) {
    throw new ImportError(`cannot read ${file} (${fileErrorReason(error, "no such file")})`);
  }
  if (extname(file).toLowerCase() === ".json") return planFromJSON(decodePlanText(bytes), file);
  const importMeta = { id: meta.id ?? idFromFileName(file), file: basename(file), ...(meta.parents ? { parents: meta.parents } : {}) };
  const { plan } = await importPlanFile(bytes, importMeta);
  if (!plan.tasks.length) {
    const why = plan.warnings.find((w) => /no task|empty/.test(w.message))?.message ?? plan.warnings[0]?.message ?? "nothing could be read";
    throw new ImportError(`no tasks found in ${file}: ${why}`);
  }
  return plan;
}

/**
 * A command's plan argument: a built-in plan id, or a plan file (JSON, DOCX, PDF, CSV or text).
 * Anything else is a usage error that names the known ids.
 *
 * @example
 * const plan = await planArgument("plans/ke-hoach-45.pdf");
 */
export async function planArgument(argument: string, path?: FilePath): Promise<Plan> {
  if (plans.some((p) => p.id === argument)) return getPlan(argument);
  if (/[./\\]/.test(argument)) return readPlanFile(argument, { path });
  const ids = plans.map((p) => p.id);
  throw new UsageError(`"${argument}" is neither a built-in plan id (${ids.join(", ")}) nor a plan file (.json, .docx, .pdf, .csv, .txt)${didYouMean(argument, ids)}`);
}
