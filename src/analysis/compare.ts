import { resolvePlan } from "../corpus/index";
import type { CompareData } from "../model/coverage";
import type { Plan } from "../model/plan";
import { compareCsv, compareHtml, compareMarkdown, compareText } from "../render/compare";
import { Report } from "../render/report";
import type { CsvOptions } from "../render/safe";
import { type CompareOptions, compareData } from "./compare-data";

/**
 * A comparison of two plans, with renderers (markdown, CSV, HTML, text, JSON).
 *
 * @example
 * const report: CompareReport = compare("hue-2022", "hue-2026");
 * console.log(report.toString()); // "hue-2026 compared with hue-2022: … matched pairs (… direct, … through a shared national task), …"
 * writeFileSync("hue-2022-2026.html", report.toHTML());
 */
export class CompareReport extends Report<CompareData> implements CompareData {
  declare readonly a: CompareData["a"];
  declare readonly b: CompareData["b"];
  declare readonly pairs: CompareData["pairs"];
  declare readonly onlyA: CompareData["onlyA"];
  declare readonly onlyB: CompareData["onlyB"];
  declare readonly deadlineChanges: CompareData["deadlineChanges"];
  readonly #texts: ReadonlyMap<string, string>;

  constructor(data: CompareData, texts: ReadonlyMap<string, string>) {
    super(data);
    this.#texts = texts;
  }

  /** The report as a plain-text table (what `console.log` shows). */
  override toString(): string {
    return compareText(this.reportData);
  }
  /** The comparison as Markdown: the matched tasks, the tasks only one plan has, and the deadline changes. */
  toMarkdown(): string {
    return compareMarkdown(this.reportData);
  }
  /** One CSV row per pair of tasks, then the tasks only one plan has. */
  toCSV(options: CsvOptions = {}): string {
    return compareCsv(this.reportData, options);
  }
  protected title(): string {
    return `${this.b.id} compared with ${this.a.id} — dean06`;
  }
  protected htmlBody(madeOn: string): string {
    return compareHtml(this.reportData, this.#texts, madeOn);
  }
}

/**
 * Compares two plans: b's tasks matched with a's directly and through shared national tasks,
 * tasks only in a, only in b, and deadline differences.
 *
 * @example
 * const c = compare("hue-2022", "hue-2026");
 * c.onlyB.length   // what hue-2026 added
 * c.pairs.length   // what it carried over
 */
export function compare(aOrId: Plan | string, bOrId: Plan | string, options: CompareOptions = {}): CompareReport {
  const a = resolvePlan(aOrId);
  const b = resolvePlan(bOrId);
  const texts = new Map([...a.tasks, ...b.tasks].map((t) => [t.id, t.text]));
  return new CompareReport(compareData(a, b, options), texts);
}
