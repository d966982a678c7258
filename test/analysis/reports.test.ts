import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/analysis/compare";
import { compareData } from "../../src/analysis/compare-data";
import { coverage } from "../../src/analysis/coverage";
import { coverageMatrix } from "../../src/analysis/matrix";
import { getPlan, plans, rootPlan } from "../../src/corpus/index";
import { CompareDataSchema, CoverageDataSchema, MatrixDataSchema } from "../../src/model/coverage";
import type { Report } from "../../src/render/report";
import { makePlan, readCsvRows } from "../helpers";

const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off", "long-title": "off" } });

async function expectValidHtml(html: string): Promise<void> {
  const report = await validator.validateString(html);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
  expect(messages).toEqual([]);
  expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i); // self-contained
}

function expectRenderers<T extends object>(report: Report<T>, schema: { parse(x: unknown): unknown }, csvColumns: number): void {
  const json = report.toJSON() as string;
  expect(schema.parse(JSON.parse(json))).toEqual(JSON.parse(json));
  expect(JSON.stringify(report)).toBe(JSON.stringify(JSON.parse(json)));
  const rows = readCsvRows(report.toCSV());
  for (const row of rows) expect(row).toHaveLength(csvColumns);
  expect(report.toMarkdown()).toMatch(/^# /);
  expect(report.toString().split("\n").length).toBeGreaterThan(3);
  const bundle = (report as unknown as Record<symbol, unknown>)[Symbol.for("Jupyter.display")] as () => Record<string, string>;
  expect(Object.keys(bundle.call(report))).toEqual(["text/html", "text/plain"]);
}

describe("coverage", () => {
  it.each(plans.map((p) => p.id))("renders %s in every format", async (id) => {
    const report = coverage(id);
    expect(report.items).toHaveLength(52);
    expectRenderers(report, CoverageDataSchema, 9);
    expect(readCsvRows(report.toCSV())).toHaveLength(53);
    await expectValidHtml(report.toHTML());
  });

  it("finds Huế's essential-services gap: national services 12, 13, 14 and 22", () => {
    const report = coverage("hue-2022");
    expect(report.services).toHaveLength(25);
    expect(report.services.filter((s) => s.status === "missing").map((s) => s.national)).toEqual(["12", "13", "14", "22"]);
  });

  it("marks national tasks of a plan that adopts the national list as adopted", () => {
    const report = coverage("bac-giang-2022");
    expect(report.totals.adopted).toBeGreaterThan(0);
    for (const item of report.items.filter((i) => i.status === "adopted")) expect(item.links).toEqual([]);
    expect(report.services.every((s) => s.status === "covered")).toBe(true);
  });

  it("gives consistent totals per section and overall", () => {
    for (const plan of plans.slice(1)) {
      const report = coverage(plan);
      const sum = (key: "covered" | "partial" | "missing" | "adopted") => report.sections.reduce((n, s) => n + s.total * 0 + s[key], 0);
      expect(sum("covered") + sum("partial") + sum("missing") + sum("adopted")).toBe(52);
      expect(report.totals.covered).toBe(sum("covered"));
      expect(report.sections.map((s) => s.total)).toEqual([11, 13, 4, 2, 19, 3]);
      for (const item of report.items) {
        if (item.status === "covered") expect(item.links.some((l) => l.strength === "strong")).toBe(true);
        if (item.status === "missing") expect(item.links).toEqual([]);
      }
    }
  });

  it("lists local-only tasks, e.g. Huế 2026's 'Trạm công dân số'", () => {
    const report = coverage("hue-2026");
    expect(report.localOnly.some((t) => t.text.includes("Trạm công dân số"))).toBe(true);
    const linked = new Set(report.items.flatMap((i) => i.links.map((l) => l.local)));
    for (const task of report.localOnly) expect(linked.has(task.id)).toBe(false);
  });

  it("reports drifted deadlines (hcmc-2024 re-scheduled 2022 tasks to 2024)", () => {
    const report = coverage("hcmc-2024");
    expect(report.drifted.length).toBeGreaterThan(10);
    expect(report.drifted.every((d) => d.status === "later" || d.status === "earlier")).toBe(true);
  });

  it("shows a readable table in console.log", () => {
    const report = coverage("ninh-hoa-2022");
    const inspect = (report as unknown as Record<symbol, unknown>)[Symbol.for("nodejs.util.inspect.custom")] as () => string;
    expect(inspect.call(report)).toBe(report.toString());
    expect(report.toString()).toMatch(/ninh-hoa-2022 .* covered/);
  });

  it("accepts a Plan object as well as an id", () => {
    expect(coverage(getPlan("hue-2022")).toJSON()).toBe(coverage("hue-2022").toJSON());
  });
});

describe("coverageMatrix", () => {
  it("puts national tasks × the derived plans in every format", async () => {
    const matrix = coverageMatrix();
    expect(matrix.plans.map((p) => p.id)).toEqual(plans.slice(1).map((p) => p.id));
    expect(matrix.rows).toHaveLength(52);
    expect(matrix.rows.find((r) => r.ref === "V.11")!.statuses["hue-2022"]).toBe("covered");
    expectRenderers(matrix, MatrixDataSchema, 2 + matrix.plans.length);
    await expectValidHtml(matrix.toHTML());
  });

  it("agrees with coverage() for each plan", () => {
    const matrix = coverageMatrix(["hue-2022", "hcmc-2024"]);
    for (const id of ["hue-2022", "hcmc-2024"]) {
      const report = coverage(id);
      for (const [i, row] of matrix.rows.entries()) expect(row.statuses[id]).toBe(report.items[i]!.status);
    }
  });
});

describe("compare", () => {
  it("shows what hue-2026 carried over from hue-2022 and what it added", async () => {
    const report = compare("hue-2022", "hue-2026");
    expect(report.pairs.length).toBeGreaterThan(5);
    expect(report.pairs.some((p) => p.via === "direct")).toBe(true);
    expect(report.pairs.some((p) => p.via === "national")).toBe(true);
    const matchedB = new Set(report.pairs.map((p) => p.b));
    expect(report.onlyB.length + matchedB.size).toBe(69);
    expect(report.onlyB.some((t) => t.text.includes("Trạm công dân số"))).toBe(true);
    for (const change of report.deadlineChanges) expect(change.days).not.toBe(0);
    expectRenderers(report, CompareDataSchema, 8);
    await expectValidHtml(report.toHTML());
  });

  it("lists the pairs by a's task id, then b's, in numeric order (I.2 before I.10), ties in the order found", () => {
    const byId = new Intl.Collator("en", { numeric: true });
    for (const [a, b] of [
      ["hue-2022", "hue-2026"],
      ["bac-giang-2022", "hcmc-2024"],
    ] as const) {
      const { pairs } = compareData(a, b);
      const sorted = [...pairs].sort((x, y) => byId.compare(x.a, y.a) || byId.compare(x.b, y.b));
      expect(pairs).toEqual(sorted);
      expect(pairs.some((p, i) => i > 0 && byId.compare(pairs[i - 1]!.a, p.a) < 0 && pairs[i - 1]!.a > p.a)).toBe(true);
    }
  });

  it("matches a plan with itself completely", () => {
    const report = compare("ninh-hoa-2022", "ninh-hoa-2022");
    expect(report.onlyA).toEqual([]);
    expect(report.onlyB).toEqual([]);
  });
});

describe("compare of plans that repeat a task", () => {
  it("pairs two plans of n identical tasks with each other in pairs that grow with n, not n², and leaves no task unpaired", () => {
    const { text } = rootPlan.tasks[4]!;
    const same = (id: string, n: number) =>
      makePlan(
        id,
        Array.from({ length: n }, (_, k) => ({ ref: String(k + 1), text, lead: [k % 2 ? "Sở Tư pháp" : "Công an tỉnh"] })),
      );
    const counts = [50, 200].map((n) => {
      const report = compareData(same("same-a", n), same("same-b", n));
      // before: each of b's tasks paired directly with each of a's (n² pairs)
      expect(report.pairs.length).toBeLessThanOrEqual(10 * n);
      expect(report.onlyA).toEqual([]);
      expect(report.onlyB).toEqual([]);
      return report.pairs.length;
    });
    // four times the tasks: about four times the pairs (sixteen were they quadratic)
    expect(counts[1]! / counts[0]!).toBeLessThan(5);
  });
});
