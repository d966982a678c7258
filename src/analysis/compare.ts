import { resolvePlan } from "../corpus/index";
import type { CompareData } from "../model/coverage";
import type { Plan } from "../model/plan";
import { compareCsv, compareHtml, compareMarkdown, compareText } from "../render/compare";
import { Report } from "../render/report";
import { compareData, type CompareOptions } from "./compare-data";

/** A comparison of two plans, with renderers (markdown, CSV, HTML, text, JSON). */
export class CompareReport extends Report<CompareData> implements CompareData {
  readonly a: CompareData["a"];
  readonly b: CompareData["b"];
  readonly pairs: CompareData["pairs"];
  readonly onlyA: CompareData["onlyA"];
  readonly onlyB: CompareData["onlyB"];
  readonly deadlineChanges: CompareData["deadlineChanges"];
  protected readonly reportData: CompareData;
  readonly #texts: ReadonlyMap<string, string>;

  constructor(data: CompareData, texts: ReadonlyMap<string, string>) {
    super();
    this.reportData = data;
    this.#texts = texts;
    this.a = data.a;
    this.b = data.b;
    this.pairs = data.pairs;
    this.onlyA = data.onlyA;
    this.onlyB = data.onlyB;
    this.deadlineChanges = data.deadlineChanges;
  }
  override toString(): string {
    return compareText(this.reportData);
  }
  toMarkdown(): string {
    return compareMarkdown(this.reportData);
  }
  toCSV(): string {
    return compareCsv(this.reportData);
  }
  protected title(): string {
    return `${this.b.id} compared with ${this.a.id} — dean06`;
  }
  protected htmlBody(): string {
    return compareHtml(this.reportData, this.#texts);
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
