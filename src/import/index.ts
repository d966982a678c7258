/**
 * `dean06/import`: reads a new plan from its text (as copied from a PDF or Word file) or from a
 * CSV task list, with warnings for what it could not read and an account of every line.
 *
 * @example
 * import { importPlan } from "dean06/import";
 * const { plan } = importPlan(readFileSync("ke-hoach.txt", "utf8"), { id: "ha-tinh-2022" });
 * plan.warnings // what it could not read, by line
 *
 * @module dean06/import
 */

export { DocumentFormatError, EncodingError, NoTextLayerError } from "./document-errors";
export { decodePlanText, detectTextEncoding, type TextEncodingName } from "./encoding";
export { importPlanCSV, parsePlanCSV } from "./import-csv";
export { type ImportMeta, ImportMetaSchema } from "./import-meta";
export type { ImportResult } from "./import-plan";
export { importPlan, parsePlan } from "./import-text";
export { detectPlanFormat, importPlanFile, type PlanDocument, type PlanFileFormat, type PlanFileMeta, parsePlanFile, readPlanDocument } from "./plan-file";
export { planFromJSON } from "./plan-json";
