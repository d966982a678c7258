import type { MatrixData } from "../model/coverage";
import type { Plan } from "../model/plan";
import { matrixCsv, matrixHtml, matrixMarkdown, matrixText } from "../render/matrix";
import { Report } from "../render/report";
import type { CsvOptions } from "../render/safe";
import { type MatrixOptions, matrixData } from "./matrix-data";

/**
 * National tasks × plans with statuses, with renderers (markdown, CSV, HTML heatmap, text, JSON).
 *
 * @example
 * const matrix: MatrixReport = coverageMatrix(["hue-2022", "hue-2026"]);
 * writeFileSync("hue-matrix.md", matrix.toMarkdown());
 * matrix.totals["hue-2026"]?.covered // national tasks hue-2026 covers
 */
export class MatrixReport extends Report<MatrixData> implements MatrixData {
  declare readonly target: string;
  declare readonly plans: MatrixData["plans"];
  declare readonly rows: MatrixData["rows"];
  declare readonly totals: MatrixData["totals"];

  /** The report as a plain-text table (what `console.log` shows). */
  override toString(): string {
    return matrixText(this.reportData);
  }
  /** The matrix as Markdown: one row per national task, one column per plan. */
  toMarkdown(): string {
    return matrixMarkdown(this.reportData);
  }
  /** One CSV row per national task, one status column per plan. */
  toCSV(options: CsvOptions = {}): string {
    return matrixCsv(this.reportData, options);
  }
  protected title(): string {
    return "Coverage matrix — dean06";
  }
  protected htmlBody(madeOn: string): string {
    return matrixHtml(this.reportData, madeOn);
  }
}

/**
 * The cross-plan picture: every national task's status in every plan (the built-in derived
 * plans by default), as a report with a heatmap.
 *
 * @example
 * const matrix = coverageMatrix();
 * matrix.rows.find((r) => r.ref === "V.11")?.statuses["hue-2022"] // "covered"
 * writeFileSync("matrix.html", matrix.toHTML());
 */
export function coverageMatrix(plansOrIds?: readonly (Plan | string)[], options: MatrixOptions = {}): MatrixReport {
  return new MatrixReport(matrixData(plansOrIds, options));
}
