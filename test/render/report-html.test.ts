import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { HtmlValidate } from "html-validate";
import { afterEach, describe, expect, it } from "vitest";
import { compare } from "../../src/analysis/compare";
import { coverage } from "../../src/analysis/coverage";
import { coverageMatrix } from "../../src/analysis/matrix";
import { getPlan, plans, rootPlan } from "../../src/corpus/index";
import { LINK_THRESHOLDS, link } from "../../src/match/link";
import type { DriftItem } from "../../src/model/drift";
import { Dean06Error } from "../../src/model/errors";
import type { Link } from "../../src/model/link";
import { driftChart } from "../../src/render/drift";
import { madeOnDate, REPORT_CSS } from "../../src/render/html";
import { linksHtml } from "../../src/render/links";
import { DEAN06_VERSION } from "../../src/render/version";
import { linkWaterfall, scoreSteps } from "../../src/render/waterfall";
import { makePlan } from "../helpers";

const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off", "long-title": "off" } });
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["g", "rect", "text", "line"].includes(name) });

async function validHtml(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}

/** The text a reader sees (and a printer prints): tags, attributes (tooltips) and styles removed, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<title>[\s\S]*?<\/title>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** The SVG elements of an HTML text, parsed. */
function svgs(html: string): { raw: string; svg: Record<string, unknown> }[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => {
    expect(XMLValidator.validate(m[0])).toBe(true);
    return { raw: m[0], svg: xml.parse(m[0]).svg };
  });
}

const drifted = (over: Partial<DriftItem>): DriftItem => ({
  local: "x-2024:1",
  national: "qd-06-2022:V.1",
  score: 0.9,
  localDeadline: "Năm 2024",
  nationalDeadline: "Năm 2022",
  localEnd: "2024-12-31",
  nationalEnd: "2022-12-31",
  nationalTier: null,
  days: 731,
  status: "later",
  overdueAtIssue: false,
  droppedDeadline: false,
  ...over,
});

describe("coverage HTML", () => {
  const report = coverage("hue-2022");
  const html = report.toHTML({ madeOn: "2026-12-07" });
  const text = visibleText(html);

  it("shows the text of every linked local task, not only on hover", () => {
    const plan = getPlan("hue-2022");
    const linked = new Set(report.items.flatMap((i) => i.links.map((l) => l.local)));
    expect(linked.size).toBeGreaterThan(20);
    for (const id of linked) expect(text, id).toContain(plan.tasks.find((t) => t.id === id)!.text.replace(/\s+/g, " "));
  });

  it("names services instead of showing internal ids, and the plan's own wording where it differs", () => {
    expect(text).not.toMatch(/service:\d/);
    expect(report.toMarkdown()).not.toMatch(/service:\d/);
    for (const service of rootPlan.services) expect(text).toContain(service.name.replace(/\s+/g, " "));
    const own = getPlan("hue-2022").services.find((s) => s.id === "hue-2022:service:21")!;
    expect(text).toContain(`no. 21: ${own.name}`);
    expect(text).toContain("no. 1 "); // listed, worded as the national service
  });

  it("draws the deadline drift per linked task, by national section, as inline SVG", () => {
    const hcmc = coverage("hcmc-2024");
    const page = hcmc.toHTML({ madeOn: "2026-12-07" });
    const comparable = hcmc.items.flatMap((i) => i.drift).filter((d) => d.days !== null);
    const charts = svgs(page);
    expect(charts.reduce((n, chart) => n + (chart.svg.g as unknown[]).length, 0)).toBe(comparable.length);
    const sections = [...new Set(hcmc.items.filter((i) => i.drift.some((d) => d.days !== null)).map((i) => i.section))];
    expect(charts).toHaveLength(sections.length); // one picture per section
    sections.forEach((s, i) => expect(charts[i]!.raw).toContain(`>${s} · ${hcmc.sections.find((x) => x.ref === s)!.title}</text>`));
    expect(page).not.toMatch(/<script/i);
  });

  it("ends with a footer: dean06's version, the date made, the plans' codes and the thresholds", () => {
    const footer = visibleText(html.slice(html.indexOf("<footer>")));
    expect(footer).toContain(`dean06 ${DEAN06_VERSION} on 2026-12-07`);
    expect(footer).toContain("hue-2022 (2274/KH-UBND");
    expect(footer).toContain("qd-06-2022 (06/QĐ-TTg)");
    expect(footer).toContain(`at least ${LINK_THRESHOLDS.link.toFixed(2)}`);
    expect(footer).toContain(`covered from ${LINK_THRESHOLDS.strong.toFixed(2)}`);
    const strict = coverage("hue-2022", { thresholds: { strong: 0.6 } }).toHTML({ madeOn: "2026-12-07" });
    expect(visibleText(strict)).toContain("covered from 0.60");
  });

  it.each(plans.map((p) => p.id))("%s: valid HTML, deterministic for a given date", async (id) => {
    const page = coverage(id).toHTML({ madeOn: new Date(Date.UTC(2026, 11, 7)) });
    expect(await validHtml(page)).toEqual([]);
    expect(page).toBe(coverage(id).toHTML({ madeOn: "2026-12-07" }));
  });
});

describe("markup in a plan's wording", () => {
  const plan = makePlan("markup-2024", [
    { ref: "1", text: 'Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với cơ sở dữ liệu hộ tịch điện tử <script>alert("x")</script> & <b>gấp</b>', deadline: "Quý IV năm 2024" },
    { ref: "2", text: "Triển khai <img src=x onerror=alert(1)> dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia", deadline: "Năm 2023" },
  ]);

  it("is shown as text in the coverage and links HTML, never as markup", async () => {
    const report = coverage(plan);
    expect(report.items.some((i) => i.links.some((l) => l.local === "markup-2024:1"))).toBe(true);
    for (const page of [report.toHTML({ madeOn: "2026-12-07" }), linksHtml(link(plan), plan, rootPlan, { madeOn: "2026-12-07" })]) {
      expect(page).not.toMatch(/<script|<img|<b>gấp/);
      expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;gấp&lt;/b&gt;");
      expect(await validHtml(page)).toEqual([]);
      for (const { raw } of svgs(page)) expect(XMLValidator.validate(raw)).toBe(true);
    }
  });
});

describe("matrix and comparison HTML", () => {
  it("end with a footer and show the compared tasks' whole wording", async () => {
    const compared = compare("hue-2022", "hue-2026").toHTML({ madeOn: "2026-12-07" });
    const matrix = coverageMatrix().toHTML({ madeOn: "2026-12-07" });
    for (const page of [compared, matrix]) {
      expect(await validHtml(page)).toEqual([]);
      expect(visibleText(page)).toContain(`dean06 ${DEAN06_VERSION} on 2026-12-07`);
    }
    expect(visibleText(compared)).toContain("hue-2026 (322/KH-UBND");
    expect(visibleText(matrix)).toContain("hcmc-2024 (");
    const texts = new Map(getPlan("hue-2022").tasks.map((t) => [t.id, t.text]));
    const long = compare("hue-2022", "hue-2026")
      .pairs.map((p) => texts.get(p.a)!)
      .find((t) => t.length > 120)!;
    expect(visibleText(compared)).toContain(long.replace(/\s+/g, " ")); // printed whole, not cut at 70 characters
  });
});

describe("HTML for notebooks, pages and print", () => {
  it("scopes every style rule under the reports' root element", () => {
    const rules = REPORT_CSS.replace(/@media print \{([\s\S]*)\}\s*$/, "$1").match(/[^{}]+(?=\{)/g)!;
    for (const selectorList of rules) {
      for (const selector of selectorList.split(",")) expect(selector.trim(), selectorList).toMatch(/^\.dean06\.dean06-report\b/);
    }
  });

  it("resets the table styles a notebook sets and has print rules", () => {
    for (const property of ["text-align: left", "max-width: none", "border: 1px solid", "padding: 3px 6px", "white-space: normal", "table-layout: auto"]) expect(REPORT_CSS).toContain(property);
    expect(REPORT_CSS).toMatch(/@media print \{[\s\S]*section \+ section \{ break-before: page; \}/);
  });

  it("wraps the fragment in one root element, as the Jupyter bundle shows it", () => {
    const bundle = (coverage("hue-2026") as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for("Jupyter.display")]!.call(coverage("hue-2026"));
    const fragment = bundle["text/html"]!;
    expect(fragment).toMatch(/^<style>[\s\S]*<\/style><div class="dean06 dean06-report">[\s\S]*<\/div>$/);
    expect(fragment.match(/<div class="dean06 dean06-report">/g)).toHaveLength(1);
  });
});

describe("the date a report says it was made", () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });

  it("is the given date, else SOURCE_DATE_EPOCH, else today", () => {
    expect(madeOnDate("2024-02-29T23:00:00Z")).toBe("2024-02-29");
    process.env.SOURCE_DATE_EPOCH = "1700000000";
    expect(madeOnDate()).toBe("2023-11-14");
    expect(coverage("hue-2026").toHTML()).toContain("on 2023-11-14");
    delete process.env.SOURCE_DATE_EPOCH;
    expect(madeOnDate()).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(() => madeOnDate("không phải ngày")).toThrow(Dean06Error);
  });

  it("carries the version of package.json", () => {
    expect(DEAN06_VERSION).toBe(JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version);
  });
});

describe("driftChart", () => {
  it("puts later deadlines right of zero, earlier left, the same on it, and leaves out what does not compare", () => {
    const items = [
      drifted({}),
      drifted({ local: "x-2024:2", days: -90, status: "earlier" }),
      drifted({ local: "x-2024:3", days: 0, status: "same" }),
      drifted({ local: "x-2024:4", days: null, status: "recurring" }),
    ];
    const chart = driftChart(items, { sections: new Map([["qd-06-2022:V.1", 'V · "dữ liệu" <dân cư> & more']]) });
    expect(chart.match(/<svg/g)).toHaveLength(1);
    const svg = xml.parse(chart).svg;
    const zero = (svg.line as { x1: string; stroke: string }[]).find((l) => l.stroke === "#59636e")!;
    const bars = (svg.g as { rect: { x: string; width: string; fill: string }[] }[]).map((g) => g.rect[0]!);
    expect(bars).toHaveLength(3);
    expect(Number(bars[0]!.x)).toBeCloseTo(Number(zero.x1), 0);
    expect(bars[0]!.fill).toBe("#cf222e");
    expect(Number(bars[1]!.x) + Number(bars[1]!.width)).toBeCloseTo(Number(zero.x1), 0);
    expect(bars[1]!.fill).toBe("#1a7f37");
    expect(chart).toContain("V · &quot;dữ liệu&quot; &lt;dân cư&gt; &amp; more");
    expect(driftChart([drifted({ days: null, status: "not-comparable" })])).toBe("");
  });
});

describe("links HTML with a waterfall per link", () => {
  const result = link("hue-2026", { overrides: { pin: [{ local: "hue-2026:19", national: "qd-06-2022:II.4" }] } });

  it("adds up each link's score from its components (to rounding)", () => {
    for (const id of ["hue-2022", "hcmc-2024", "bac-giang-2022"]) {
      for (const l of link(id).links) {
        const sum = scoreSteps(l).reduce((s, step) => s + step.value, 0);
        expect(Math.abs(sum - l.score), `${l.local} → ${l.national}`).toBeLessThan(0.002);
      }
    }
  });

  it("draws one step per component, the score, the thresholds and the runners-up", () => {
    const l = result.links.find((x) => x.evidence.origin === "matched" && x.evidence.runnersUp.length >= 2)!;
    const chart = linkWaterfall(l, { thresholds: LINK_THRESHOLDS });
    const svg = xml.parse(chart).svg;
    const groups = svg.g as { text: { "#text": string }[] }[];
    const labels = groups.map((g) => String(g.text[0]!["#text"]));
    expect(labels.slice(0, 8)).toEqual([expect.stringMatching(/^(wording|objects × context|explained)$/), "anchors", "characters", "system", "combination", "section", "agencies", "score"]);
    expect(labels.slice(-l.evidence.runnersUp.length)).toEqual(l.evidence.runnersUp.map((r) => r.national.split(":")[1]));
    expect(chart).toContain(`link ${LINK_THRESHOLDS.link.toFixed(2)}`);
    expect(chart).toContain(`strong ${LINK_THRESHOLDS.strong.toFixed(2)}`);
  });

  it("shows a link pinned outright as the override alone", () => {
    const pinned: Link = {
      local: "a:1",
      national: "qd-06-2022:I.1",
      score: 1,
      strength: "strong",
      evidence: { sharedTerms: [], components: {}, runnersUp: [], origin: "pinned", summary: "pinned by an override" },
    };
    expect(scoreSteps(pinned)).toEqual([{ label: "pinned", detail: "pinned by an override", value: 1 }]);
    expect(XMLValidator.validate(linkWaterfall(pinned, { thresholds: LINK_THRESHOLDS }))).toBe(true);
  });

  it("is a valid, self-contained page with a chart per link, both wordings and a footer", async () => {
    const page = linksHtml(result, "hue-2026", "qd-06-2022", { madeOn: "2026-12-07" });
    expect(await validHtml(page)).toEqual([]);
    expect(page).not.toMatch(/<(script|link|img)\b/i);
    expect(svgs(page)).toHaveLength(result.links.length);
    const text = visibleText(page);
    for (const l of result.links.slice(0, 5))
      expect(text).toContain(
        getPlan("hue-2026")
          .tasks.find((t) => t.id === l.local)!
          .text.replace(/\s+/g, " "),
      );
    expect(text).toContain(`dean06 ${DEAN06_VERSION} on 2026-12-07`);
    expect(text).toContain("hue-2026 (322/KH-UBND");
    const fragment = linksHtml(result, "hue-2026", "qd-06-2022", { page: false, madeOn: "2026-12-07" });
    expect(fragment).toMatch(/^<style>[\s\S]*<\/style><div class="dean06 dean06-report">/);
  });
});
