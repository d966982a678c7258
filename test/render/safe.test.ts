// The output-safety layer (src/render/safe.ts) on its own, and generated hostile plans through
// every renderer, each output checked by parsing it: a CSV reader for cells, fast-xml-parser for
// SVG and GEXF, Graphviz for DOT, mermaid's own parser for Mermaid (issue 25).
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/analysis/compare";
import { coverage } from "../../src/analysis/coverage";
import { drift } from "../../src/analysis/drift";
import { coverageMatrix } from "../../src/analysis/matrix";
import { rootPlan } from "../../src/corpus/index";
import { readCsv } from "../../src/import/csv-read";
import { lineage } from "../../src/lineage/graph";
import { link } from "../../src/match/link";
import type { Plan } from "../../src/model/plan";
import { toCsv } from "../../src/render/csv";
import { toDot } from "../../src/render/dot";
import { driftCsv, driftTable } from "../../src/render/drift";
import { toGEXF } from "../../src/render/gexf";
import { linksCsv, linksHeadline, linksHtml, linksTable } from "../../src/render/links";
import { toMermaid } from "../../src/render/mermaid";
import { planToCSV } from "../../src/render/plan-csv";
import { csvDocument, csvField, markdownText, mermaidText, terminalText, xmlChars, xmlText } from "../../src/render/safe";
import { renderDot } from "../../src/render/svg";
import { guardFormula, isFormulaLike, unguardFormula } from "../../src/text/formula-guard";
import { cleanInput } from "../../src/text/input-clean";
import { makePlan } from "../helpers";
import { parseMermaid } from "../mermaid-parse";

/** Pieces of hostile text: formulas, markup, directives, escapes, controls, entities, lone surrogates. */
const HOSTILE = [
  "=1+1",
  "+1",
  "-1",
  "@SUM(A1)",
  "\t=1",
  "\r=1",
  " =1",
  '"=1',
  "'=1",
  "＝1",
  "=cmd|' /C calc'!A0",
  '<img src=x onerror="alert(1)">',
  "<script>alert(1)</script>",
  "[x](javascript:alert(1))",
  "![t](http://x/t.png)",
  "`code`",
  "|",
  "\\",
  "*",
  "_",
  '%%{init: {"theme": "dark"}}%%',
  "%%",
  "%%{",
  "}%%",
  "#",
  "#quot;",
  "&",
  "&nbsp;",
  "&#1;",
  "&amp;",
  "]]>",
  "-->",
  "<!--",
  '"',
  "'",
  ";",
  ",",
  "\u001b]0;title\u0007",
  "\u001b[2J",
  "\u009b31m",
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u000e",
  "\u001f",
  "\u007f",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udfff",
  "\n",
  "\r\n",
  "\r",
  "  ",
  "Kết nối dữ liệu dân cư",
  "Công an tỉnh",
  "Quý I/2022",
];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "binary", maxLength: 6 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));

const TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Cells of a CSV a spreadsheet would run as formulas (not behind a leading '). */
const formulaCells = (csv: string, delimiter = ",") =>
  readCsv(csv.replace(/^\ufeff/, ""), delimiter)
    .records.flatMap((r) => r.cells)
    .filter((cell) => !cell.startsWith("'") && isFormulaLike(cell));

describe("the safety primitives (property)", () => {
  it("guardFormula is undone by unguardFormula, and a guarded cell never reads as a formula", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(unguardFormula(guardFormula(text))).toBe(text);
        const guarded = guardFormula(text);
        expect(guarded.startsWith("'") || !isFormulaLike(guarded)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("a CSV of any cells reads back cell for cell (guard undone), with every delimiter and a BOM", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(hostileText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(",", ";", "\t") as fc.Arbitrary<"," | ";" | "\t">,
        fc.boolean(),
        (rows, delimiter, bom) => {
          const csv = csvDocument(rows, { delimiter, bom });
          expect(csv.startsWith("\ufeff")).toBe(bom);
          const read = readCsv(csv, delimiter).records.map((r) => r.cells.map(unguardFormula));
          // a CSV reader reads a CRLF or lone CR inside a quoted cell as written, but ends a record on it outside
          expect(read).toEqual(rows.map((row) => row.map((cell) => cell.replace(/\r\n/g, "\n"))));
          expect(formulaCells(csv, delimiter)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("text for terminals, Markdown, XML, DOT and Mermaid carries nothing active", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(terminalText(text)).not.toMatch(TERMINAL);
        expect([...terminalText(text)].length).toBe([...text].length);
        const md = markdownText(text);
        expect(md).not.toMatch(/[<>\n\r]|(^|[^\\])(\\\\)*[[\]|`]/);
        expect(xmlChars(text)).not.toMatch(NOT_XML);
        expect(XMLValidator.validate(`<a t="${xmlText(text)}">${xmlText(text)}</a>`)).toBe(true);
        expect(mermaidText(text)).not.toMatch(/[%"<>`\n]/);
      }),
      { numRuns: 500 },
    );
  });

  it("cleanInput leaves NFC text without controls, keeps line breaks, and counts what it removed", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const cleaned = cleanInput(text);
        expect(cleaned.text).not.toMatch(NOT_XML);
        expect(cleaned.text).not.toMatch(/[\u007f-\u009f]/);
        expect(cleaned.text.normalize("NFC")).toBe(cleaned.text);
        expect(cleaned.text.split(/\r\n|\r|\n/).length).toBe(text.normalize("NFC").split(/\r\n|\r|\n/).length);
        expect(cleaned.removed === 0).toBe(cleaned.text === text.normalize("NFC"));
        expect(cleanInput(cleaned.text).removed).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it("csvField quotes a guarded cell and leaves numbers as they are", () => {
    expect(csvField("=1+1")).toBe(`"'=1+1"`);
    expect(csvField(" @x")).toBe(`"' @x"`);
    expect(csvField(-30)).toBe("-30");
    expect(csvField("-30")).toBe("-30");
    expect(csvField("Quý I, 2022")).toBe('"Quý I, 2022"');
    expect(toCsv(["a"], [["x"]], { bom: true })).toBe("\ufeffa\nx");
  });
});

/** A plan whose tasks say national wordings (so that they link) around hostile text, with hostile agencies and deadlines. */
const hostilePlan = fc
  .array(fc.record({ before: hostileText, after: hostileText, national: fc.nat({ max: rootPlan.tasks.length - 1 }), lead: hostileText, deadline: hostileText }), { minLength: 1, maxLength: 4 })
  .map(
    (tasks): Plan =>
      makePlan(
        "hostile-2024",
        tasks.map((t, i) => ({ ref: String(i + 1), text: `${t.before} ${rootPlan.tasks[t.national]!.text} ${t.after}`, lead: t.lead.trim() ? [t.lead] : [], deadline: t.deadline })),
        { title: tasks[0]!.after.trim() ? tasks[0]!.after : "Kế hoạch", issuer: `UBND ${tasks[0]!.before}` },
      ),
  );

describe("generated hostile plans through every renderer (property)", () => {
  it("CSV cells never run as formulas; text and Markdown carry no escape, HTML or link; HTML no markup from text", () => {
    fc.assert(
      fc.property(hostilePlan, (plan) => {
        const result = link(plan);
        const items = drift(plan, { links: result });
        const report = coverage(plan);
        const comparison = compare(rootPlan, plan);
        for (const csv of [linksCsv(result, plan), driftCsv(items), planToCSV(plan), report.toCSV(), comparison.toCSV(), coverageMatrix([plan]).toCSV()]) {
          expect(formulaCells(csv)).toEqual([]);
        }
        expect(formulaCells(planToCSV(plan, { delimiter: ";", bom: true }), ";")).toEqual([]);
        for (const text of [linksTable(result, plan, "text"), linksHeadline(result, plan), driftTable(items, "text"), report.toString(), comparison.toString(), coverageMatrix([plan]).toString()]) {
          expect(text).not.toMatch(TERMINAL);
        }
        for (const html of [linksHtml(result, plan), report.toHTML(), comparison.toHTML(), coverageMatrix([plan]).toHTML()]) {
          expect(html).not.toMatch(NOT_XML);
          // no tag from the text, and no onerror attribute on any tag (inert text inside an escaped attribute value is fine)
          expect(html).not.toMatch(/<img|<script|<!--|<[a-z]+(?:\s+[a-z-]+(?:="[^"]*")?)*\s+on[a-z]+=/i);
        }
        for (const md of [linksTable(result, plan), driftTable(items), report.toMarkdown(), comparison.toMarkdown(), coverageMatrix([plan]).toMarkdown()]) {
          expect(md).not.toMatch(TERMINAL);
          expect(md).not.toMatch(/<[a-z/!?]|(?<!\\)\]\(/i);
        }
      }),
      { numRuns: 15 },
    );
  });

  it("SVG and GEXF are well-formed XML, Graphviz renders the DOT, mermaid parses the Mermaid without directives", async () => {
    await fc.assert(
      fc.asyncProperty(hostilePlan, hostileText, async (plan, title) => {
        const graph = lineage([plan]);
        const dot = toDot(graph, { title });
        expect(dot).not.toMatch(NOT_XML);
        const { svg } = await renderDot(dot);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(XMLValidator.validate(toGEXF(graph))).toBe(true);
        const mermaid = toMermaid(graph, { title, wrap: 9, lines: 2 });
        expect(mermaid).not.toMatch(/%%/);
        expect((await parseMermaid(mermaid)).config).toEqual({});
      }),
      { numRuns: 15 },
    );
  });
});
