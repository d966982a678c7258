import { ImportError } from "../model/errors";
import type { Plan } from "../model/plan";
import { readCsv } from "./csv-read";
import { DocumentFormatError } from "./document-errors";
import { checkVietnameseText, decodePlanText } from "./encoding";
import { fileBaseName, fileErrorReason, idFromFileName } from "./file-source";
import { importPlanCSV } from "./import-csv";
import type { ImportMeta } from "./import-meta";
import type { ImportResult } from "./import-plan";
import { importPlan } from "./import-text";
import { columnKind } from "./table-header";

/**
 * The formats {@link importPlanFile} reads.
 *
 * @example
 * const format: PlanFileFormat = detectPlanFormat(readFileSync("ke-hoach.pdf")); // "pdf"
 */
export type PlanFileFormat = "docx" | "pdf" | "csv" | "text";

/**
 * A plan document's text as the importers read it, and the format it was read from.
 *
 * @example
 * const { format, text, note }: PlanDocument = await readPlanDocument(readFileSync("ke-hoach.docx"));
 */
export interface PlanDocument {
  /** The format the file was read as: "docx", "pdf", "csv" or "text" (see detectPlanFormat). */
  format: PlanFileFormat;
  /** The document's text (a DOCX's paragraphs and table rows, a PDF's text layer, a decoded text or CSV file): the lines the line accounts number. */
  text: string;
  /** What the conversion did, for the plan's source note ("" for text and CSV). */
  note: string;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/**
 * Whether text is a spreadsheet saved as CSV: its first non-empty line is a header row, split by
 * `;` or `,`, with a task column ("Nhiệm vụ", "Nội dung" …).
 */
function looksLikeCsv(text: string): boolean {
  const first = text.split(/\r\n|\r|\n/).find((l) => l.trim()) ?? "";
  if (!/[;,]/.test(first) || first.includes("\t")) return false;
  const header = readCsv(first).records[0]?.cells ?? [];
  return header.length >= 2 && header.map((c) => columnKind(c)).includes("text");
}

/**
 * The format of a plan file from its first bytes: a zip is a DOCX, "%PDF-" a PDF; otherwise text,
 * read as CSV when `name` ends in ".csv" or its first line is a CSV header with a task column.
 * Throws {@link DocumentFormatError} for formats the importer does not read (Word 97–2003 `.doc`
 * and other OLE files, RTF) and {@link EncodingError} for text in an encoding it does not read.
 *
 * @example
 * detectPlanFormat(readFileSync("ke-hoach.docx")) // "docx"
 * detectPlanFormat(new TextEncoder().encode("STT;Nhiệm vụ;Cơ quan chủ trì\n1;Kết nối;Công an")) // "csv"
 */
export function detectPlanFormat(bytes: Uint8Array, name?: string): PlanFileFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "docx";
  if (ascii(bytes, 0, 1024).includes("%PDF-")) return "pdf";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new DocumentFormatError("doc", "the file is a Word 97–2003 document (.doc) or another old Office file, which the importer does not read; save it as .docx or PDF");
  }
  if (ascii(bytes, 0, 5) === "{\\rtf") throw new DocumentFormatError("rtf", "the file is RTF, which the importer does not read; save it as .docx, PDF or UTF-8 text");
  if (name !== undefined && /\.csv$/i.test(name)) return "csv";
  return looksLikeCsv(decodePlanText(bytes)) ? "csv" : "text";
}

/**
 * A plan document's text, whatever its format (see {@link detectPlanFormat}): a DOCX's paragraphs
 * and tables (`docxToText`), a PDF's text layer with its tables rebuilt (`pdfToText`), a text or
 * CSV file decoded (`decodePlanText`). The DOCX and PDF readers are loaded only when needed. This
 * is the text whose lines {@link importPlanFile}'s line accounts number.
 *
 * @example
 * const { format, text } = await readPlanDocument(readFileSync("ke-hoach.pdf"));
 * format // "pdf"
 */
export async function readPlanDocument(bytes: Uint8Array, name?: string): Promise<PlanDocument> {
  const format = detectPlanFormat(bytes, name);
  if (format === "docx") {
    const { docxToText } = await import("./docx");
    const text = await docxToText(bytes);
    checkVietnameseText(text, "the DOCX");
    return { format, text, note: "Text read from a DOCX file: paragraphs with their list numbers, table rows with tab-separated cells." };
  }
  if (format === "pdf") {
    const { pdfToText } = await import("./pdf");
    const { text, pages } = await pdfToText(bytes);
    checkVietnameseText(text, "the PDF's text layer");
    return { format, text, note: `Text read from the text layer of a PDF of ${pages} page${pages === 1 ? "" : "s"}: lines and table rows rebuilt from positions, wrapped cells joined.` };
  }
  return { format, text: decodePlanText(bytes), note: "" };
}

/**
 * What the caller knows about a plan file: as {@link ImportMeta}, with the id defaulting to the file name.
 *
 * @example
 * const meta: PlanFileMeta = { parents: ["qd-06-2022"], level: "province" };
 * await importPlanFile("ke-hoach-322.docx", meta);
 */
export type PlanFileMeta = Partial<ImportMeta>;

/**
 * Imports a plan from a file or its bytes, in any format the importers read: DOCX, PDF with a text
 * layer, CSV, or text (UTF-8 with or without a byte-order mark, UTF-16 with one). The format comes
 * from the file's first bytes (see {@link detectPlanFormat}); DOCX and PDF are converted to text
 * ({@link readPlanDocument}) keeping their tables' rows and cells, then read by `importPlan` like
 * any text; CSV by `importPlanCSV`. `meta.id` defaults to the file name's ("Kế hoạch 45.docx" →
 * "ke-hoach-45"), `meta.file` to its base name. The line accounts number the lines of the
 * converted text. Throws {@link ImportError} for a file that cannot be read or bytes without
 * `meta.id`, {@link EncodingError} for text in another encoding, {@link NoTextLayerError} for a
 * scanned PDF, {@link DocumentFormatError} for a format it does not read or a damaged document.
 *
 * @example
 * const { plan } = await importPlanFile("ke-hoach-322.docx", { parents: ["qd-06-2022"] });
 * plan.tasks.length // 69
 */
export async function importPlanFile(source: string | Uint8Array, meta: PlanFileMeta = {}): Promise<ImportResult> {
  const file = typeof source === "string" ? source : null;
  let bytes: Uint8Array;
  if (typeof source === "string") {
    try {
      // loaded here, so that the library needs no file system unless it reads a path
      const { readFile } = await import("node:fs/promises");
      bytes = await readFile(source);
    } catch (error) {
      throw new ImportError(`cannot read ${source} (${fileErrorReason(error, "no such file")})`);
    }
  } else bytes = source;
  const id = meta.id ?? (file !== null ? idFromFileName(file) : undefined);
  if (id === undefined) throw new ImportError("meta.id is required when importing bytes (it defaults to the file name only for a path)");
  const name = meta.file ?? (file !== null ? fileBaseName(file) : undefined);
  const document = await readPlanDocument(bytes, name);
  const fullMeta = { ...meta, id, ...(name !== undefined ? { file: name } : {}) };
  const result = document.format === "csv" ? importPlanCSV(document.text, fullMeta) : importPlan(document.text, fullMeta);
  if (!document.note) return result;
  const source_ = result.plan.source;
  return { ...result, plan: { ...result.plan, source: { ...source_, note: `${document.note} ${source_.note}`.trim() } } };
}

/**
 * The plan of {@link importPlanFile}, without the line accounts.
 *
 * @example
 * const plan = await parsePlanFile("ke-hoach-1228.pdf", { id: "ninh-hoa-2022" });
 */
export async function parsePlanFile(source: string | Uint8Array, meta: PlanFileMeta = {}): Promise<Plan> {
  return (await importPlanFile(source, meta)).plan;
}
