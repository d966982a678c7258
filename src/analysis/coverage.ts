import { resolvePlan, rootPlan } from "../corpus/index";
import { LINK_THRESHOLDS } from "../match/link";
import type { CoverageData } from "../model/coverage";
import type { Plan } from "../model/plan";
import { type CoverageHtmlContext, coverageCsv, coverageHtml, coverageMarkdown, coverageText } from "../render/coverage";
import { Report } from "../render/report";
import type { CsvOptions } from "../render/safe";
import { type CoverageOptions, coverageData } from "./coverage-data";

/**
 * A plan's coverage of the national tasks, with renderers: `toMarkdown()`, `toCSV()`,
 * `toJSON()` (shape: {@link CoverageDataSchema}), `toHTML()` (a self-contained page),
 * `toString()` (plain text; also what `console.log` shows) and a Jupyter MIME bundle.
 *
 * @example
 * const report: CoverageReport = coverage("hue-2022");
 * writeFileSync("hue-2022.html", report.toHTML());
 * report.toCSV().split("\n")[0] // "plan,national,section,status,local_tasks,best_score,drift_days,drift_status,national_text"
 */
export class CoverageReport extends Report<CoverageData> implements CoverageData {
  declare readonly plan: CoverageData["plan"];
  declare readonly target: string;
  declare readonly items: CoverageData["items"];
  declare readonly sections: CoverageData["sections"];
  declare readonly totals: CoverageData["totals"];
  declare readonly localOnly: CoverageData["localOnly"];
  declare readonly services: CoverageData["services"];
  declare readonly drifted: CoverageData["drifted"];
  readonly #context: Omit<CoverageHtmlContext, "madeOn">;

  /** `context`: what the HTML shows beyond the data (local texts and service names, target code, thresholds). */
  constructor(data: CoverageData, context: Omit<CoverageHtmlContext, "madeOn">) {
    super(data);
    this.#context = context;
  }

  /** The report as a plain-text table (what `console.log` shows). */
  override toString(): string {
    return coverageText(this.reportData);
  }
  /** The report as Markdown: totals by national section, the national tasks, services and drift. */
  toMarkdown(): string {
    return coverageMarkdown(this.reportData);
  }
  /** One CSV row per national task: its status, local tasks, best score and drift. */
  toCSV(options: CsvOptions = {}): string {
    return coverageCsv(this.reportData, options);
  }
  protected title(): string {
    return `Coverage of ${this.plan.id} — dean06`;
  }
  protected htmlBody(madeOn: string): string {
    return coverageHtml(this.reportData, { ...this.#context, madeOn });
  }
}

/**
 * What a plan kept, dropped, moved and added: for each national task of 06/QĐ-TTg its status
 * ("covered", "partial", "missing", "adopted") with links and drift; totals per national section
 * and overall; local-only tasks; which of the 25 essential services it lists; drifted deadlines.
 * Takes a plan or a built-in id; `options` are passed to {@link link} (overrides, `to`).
 *
 * @example
 * const report = coverage("hue-2022");
 * report.totals.coveredRatio;                        // share of national tasks covered
 * report.services.filter((s) => s.status === "missing").map((s) => s.national); // ["12", "13", "14", "22"]
 * console.log(report.toMarkdown());
 */
export function coverage(planOrId: Plan | string, options: CoverageOptions = {}): CoverageReport {
  const plan = resolvePlan(planOrId);
  const target = options.to === undefined ? rootPlan : resolvePlan(options.to);
  return new CoverageReport(coverageData(plan, options), {
    texts: new Map([...plan.tasks.map((t): [string, string] => [t.id, t.text]), ...plan.services.map((s): [string, string] => [s.id, s.name])]),
    targetCode: target.code,
    thresholds: { ...LINK_THRESHOLDS, ...options.thresholds },
  });
}
