import { htmlPage, madeOnDate, REPORT_CSS } from "./html";
import type { CsvOptions } from "./safe";

/**
 * Options of a report's HTML: the date its footer says it was made (default: `SOURCE_DATE_EPOCH`
 * if the environment sets it, else today), so that a saved report can be made again byte for byte.
 *
 * @example
 * coverage("hue-2022").toHTML({ madeOn: "2026-12-07" });
 */
export interface ReportHtmlOptions {
  /** The date the footer says the report was made: a Date or a date string ("2026-12-07"), shown as yyyy-mm-dd (UTC); an invalid date throws RENDER_FAILED. */
  madeOn?: Date | string;
}

/**
 * A MIME bundle, as Jupyter kernels (Deno's among them) display rich output.
 *
 * @example
 * const report = coverage("hue-2022");
 * const bundle: MimeBundle = { "text/html": report.toHTMLFragment(), "text/plain": report.toString() };
 */
export type MimeBundle = Record<string, string>;

/**
 * What every dean06 report shares: `toString()` gives a plain-text table (and is what
 * `console.log` shows in Node and Deno), `toJSON()` the stable data as a JSON string — and, when
 * called by `JSON.stringify` (which passes a key), the data itself, so `JSON.stringify(report)`
 * and `report.toJSON()` give the same document — and `[Symbol.for("Jupyter.display")]()` a MIME
 * bundle with `text/html` and `text/plain` for notebooks.
 *
 * @example
 * const reports: Report<object>[] = [coverage("hue-2022"), coverageMatrix(), compare("hue-2022", "hue-2026")];
 * for (const report of reports) console.log(report.toMarkdown());
 * JSON.stringify(coverage("hue-2022")) // the report's data, as toJSON() gives it
 */
export abstract class Report<Data extends object> {
  /** The report's data, in the shape its zod schema documents. */
  protected readonly reportData: Data;

  /** Keeps the data and exposes its fields on the report (subclasses `declare` their types). */
  constructor(data: Data) {
    this.reportData = data;
    Object.assign(this, data);
  }

  /** The report as a plain-text table (what `console.log` shows in Node and Deno). */
  abstract toString(): string;
  /** The report as Markdown (GitHub-flavoured tables), input text escaped so that it cannot add markup. */
  abstract toMarkdown(): string;
  /** The report as CSV: every cell safe to open in a spreadsheet; `options.bom` for Excel, `options.delimiter`. */
  abstract toCSV(options?: CsvOptions): string;
  /** The page title. */
  protected abstract title(): string;
  /** The report's HTML content in the reports' root element (`htmlFragment`), styled by `REPORT_CSS`; `madeOn` (yyyy-mm-dd) for a footer. */
  protected abstract htmlBody(madeOn: string): string;

  /** A self-contained HTML page (styles in its head, no external resources, print styles). */
  toHTML(options: ReportHtmlOptions = {}): string {
    return htmlPage(this.title(), this.htmlBody(madeOnDate(options.madeOn)));
  }

  /** An HTML fragment with its scoped styles, for embedding and notebooks: it looks the same there as on its page. */
  toHTMLFragment(options: ReportHtmlOptions = {}): string {
    return `<style>${REPORT_CSS}</style>${this.htmlBody(madeOnDate(options.madeOn))}`;
  }

  /**
   * The report's data as a JSON string (two-space indented). `JSON.stringify(report)` calls this
   * with a key and gets the data itself, so both give the same document.
   *
   * @example
   * const text: string = coverage("hue-2022").toJSON();
   * CoverageDataSchema.parse(JSON.parse(text)).plan.id // "hue-2022"
   */
  toJSON(): string;
  /** The report's data itself: what `JSON.stringify(report)` serialises (it passes a key). */
  toJSON(key: string): Data;
  toJSON(key?: string): string | Data {
    return key === undefined ? JSON.stringify(this.reportData, null, 2) : this.reportData;
  }

  [Symbol.for("Jupyter.display")](): MimeBundle {
    return { "text/html": this.toHTMLFragment(), "text/plain": this.toString() };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }

  [Symbol.for("Deno.customInspect")](): string {
    return this.toString();
  }
}
