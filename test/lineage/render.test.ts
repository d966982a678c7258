import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { bareSvg, type LineageGraph, lineage, planLevel, planLineage, plans, renderDot, SvgPicture, sectionLineage, taskLineage, toDot, toGEXF, toMermaid, toSVG } from "../../src/index";
import { vizInstance } from "../../src/render/svg";
import { makePlan } from "../helpers";

const graph = lineage();
const tricky = makePlan("tricky-2024", [
  { ref: "1", text: 'Triển khai "Đề án 06" <b>#1</b> & `mã` \\ dấu {x} [y] (z) | a; b -- c --> d %% e', deadline: "Quý I năm 2024" },
  { ref: "2", text: "Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với cơ sở dữ liệu hộ tịch điện tử" },
]);
const trickyGraph = lineage([tricky]);

const views: [string, LineageGraph][] = [
  ["plan level", planLevel(graph)],
  ["plan level with documents", planLevel(graph, { documents: true })],
  ["lineage of V.11", taskLineage(graph, "qd-06-2022:V.11")],
  ["section V", sectionLineage(graph, "V")],
  ...plans.map((p): [string, LineageGraph] => [`plan ${p.id}`, planLineage(graph, p.id)]),
  ["made-up plan with tricky text", planLineage(trickyGraph, "tricky-2024")],
];

/** The <title> texts of an SVG from Graphviz, entities decoded. */
function svgTitles(svg: string): Set<string> {
  const decode = (s: string) =>
    s
      .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
      .replace(/&gt;/g, ">")
      .replace(/&lt;/g, "<")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  return new Set([...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => decode(m[1]!)));
}

describe("toDot renders with Graphviz (dot layout, WebAssembly)", () => {
  beforeAll(async () => {
    await vizInstance();
  });

  it.each(views)("%s", async (_, view) => {
    const dot = toDot(view);
    const { svg, warnings } = await renderDot(dot);
    // The WebAssembly build has no metrics for non-ASCII letters (node widths are set from our own).
    expect(warnings.filter((w) => !/non-ASCII character/.test(w))).toEqual([]);
    const titles = svgTitles(svg);
    view.forEachNode((key) => expect(titles.has(key), key).toBe(true));
    expect(titles.has("legend")).toBe(true);
  });

  it("draws plans top-down, clusters per plan, scores with two decimals, dir=back edges", () => {
    const dot = toDot(taskLineage(graph, "qd-06-2022:V.11"));
    expect(dot).toMatch(/rankdir="TB"/);
    expect(dot).toContain('subgraph "cluster_hue-2022"');
    expect(dot).toMatch(/"qd-06-2022:V\.11" -> "hue-2022:VI\.12" \[dir="back", [^\]]*label="0\.\d\d"/);
    expect(dot).toContain('"thua-thien-hue-80-2022" -> "hue-2022" [dir="back"');
    expect(dot).toContain("Legend");
    expect(toDot(planLevel(graph), { legend: false, title: "Plans" })).not.toContain("Legend");
    expect(toDot(planLineage(graph, "ninh-hoa-2022"))).toMatch(/rankdir="TB"/);
    expect(toDot(planLineage(graph, "ninh-hoa-2022"), { direction: "LR" })).toMatch(/rankdir="LR"/);
  });

  it("toSVG returns the SVG picture", async () => {
    const svg = await toSVG(taskLineage(graph, "qd-06-2022:V.11"));
    // no XML declaration (it breaks the SVG inside HTML and `jupyter nbconvert --to html`)
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(typeof svg).toBe("string"); // outside Deno's Jupyter kernel, a plain string
    expect(svgTitles(svg).has("hue-2022:VI.12")).toBe(true);
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it("SvgPicture displays itself in Jupyter and reads as its text", () => {
    const picture = new SvgPicture('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const display = (picture as unknown as Record<symbol, () => unknown>)[Symbol.for("Jupyter.display")]!;
    expect(display.call(picture)).toEqual({ "image/svg+xml": '<svg xmlns="http://www.w3.org/2000/svg"/>', "text/html": '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expect(`${picture}`).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(bareSvg('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"\n "x.dtd">\n<!-- Generated -->\n<svg/>')).toBe("<svg/>");
  });

  it("lays a section out with the root on top and the plans' boxes stacked below it, in rows of tasks", async () => {
    const view = sectionLineage(graph, "V");
    const viz = await vizInstance();
    // `plain` output: "graph scale width height", then "node name x y w h …" (y grows upwards)
    const plain = viz.renderString(toDot(view), { format: "plain" }).split("\n");
    const [, , width, height] = plain[0]!.split(" ").map(Number);
    const nodes = plain.filter((l) => l.startsWith("node ")).map((l) => l.match(/^node ("[^"]*"|\S+) (\S+) (\S+)/)!);
    const y = new Map(nodes.map(([, name, , ny]) => [name!.replace(/"/g, ""), Number(ny)] as const));
    const x = new Map(nodes.map(([, name, nx]) => [name!.replace(/"/g, ""), Number(nx)] as const));
    const tasksOf = (plan: string) => view.filterNodes((_, a) => a.kind === "task" && a.plan === plan);
    expect(Math.max(...y.values())).toBeGreaterThanOrEqual(y.get("qd-06-2022")! - 1e-6); // nothing above the root but the title
    expect(view.filterNodes((_, a) => a.kind !== "document").every((k) => k === "qd-06-2022" || y.get(k)! < y.get("qd-06-2022")!)).toBe(true);
    const national = tasksOf("qd-06-2022");
    expect(new Set(national.map((k) => y.get(k))).size).toBe(Math.ceil(national.length / 6)); // rows of 6
    for (let row = 0; row < national.length; row += 6) {
      const tasks = national.slice(row, row + 6); // in the plan's order, left to right
      expect([...tasks].sort((a, b) => x.get(a)! - x.get(b)!)).toEqual(tasks);
    }
    for (const plan of ["hue-2022", "hue-2026", "hcmc-2024"]) {
      for (const task of tasksOf(plan)) expect(y.get(task)!, task).toBeLessThan(Math.min(...national.map((k) => y.get(k)!)));
    }
    expect(height! / width!).toBeLessThan(2); // was 5005 × 998 pt drawn left to right
  });

  it("reports DOT errors as a Dean06Error", async () => {
    await expect(renderDot("digraph { a -> }")).rejects.toThrow(/Graphviz could not render/);
  });
});

/** Mermaid flowchart lines as toMermaid writes them; every line must be one of these. */
const MERMAID_LINE = [
  /^---$/,
  /^title: "(?:[^"\\]|\\.)*"$/,
  /^flowchart (BT|RL)$/,
  /^ {2}classDef \w+ [\w:#%.,\- ]+$/,
  /^ {2,4}(n\d+)\["[^"]*"\](?::::\w+)?$/,
  /^ {2}subgraph (n\d+)\["[^"]*"\]$/,
  /^ {2}end$/,
  /^ {2}style n\d+ [\w:#,]+$/,
  /^ {2}(n\d+) (==>|-->|-\.->)(?:\|"[^"]*"\|)? (n\d+)$/,
  /^ {2}linkStyle [\d,]+ stroke:#[0-9a-f]{6},stroke-width:[\d.]+px$/,
];

function checkMermaid(text: string): void {
  const lines = text.trimEnd().split("\n");
  const defined = new Set<string>();
  let depth = 0;
  let edges = 0;
  for (const line of lines) {
    expect(
      MERMAID_LINE.some((re) => re.test(line)),
      line,
    ).toBe(true);
    const node = /^ {2,4}(n\d+)\[/.exec(line) ?? /^ {2}subgraph (n\d+)\[/.exec(line);
    if (node) defined.add(node[1]!);
    if (line.startsWith("  subgraph ")) depth++;
    if (line === "  end") depth--;
    expect(depth).toBeGreaterThanOrEqual(0);
    const edge = /^ {2}(n\d+) \S+ (n\d+)$/.exec(line.replace(/\|"[^"]*"\|/, ""));
    if (edge) {
      edges++;
      expect(defined.has(edge[1]!) && defined.has(edge[2]!), line).toBe(true);
    }
    const style = /^ {2}linkStyle ([\d,]+) /.exec(line);
    if (style) for (const i of style[1]!.split(",")) expect(Number(i)).toBeLessThan(edges);
    // Inside labels: no raw quotes or angle brackets, only <br/> line breaks.
    for (const [, label] of line.matchAll(/\["([^"]*)"\]/g)) expect(label!.replace(/<br\/>/g, "")).not.toMatch(/[<>"`]/);
  }
  expect(depth).toBe(0);
}

describe("toMermaid", () => {
  it.each(views)("%s is a well-formed flowchart", (_, view) => {
    checkMermaid(toMermaid(view));
  });

  it("escapes Vietnamese wording with quotes, brackets and hashes as Mermaid entity codes", () => {
    const text = toMermaid(planLineage(trickyGraph, "tricky-2024"), { lines: 5 });
    expect(text).toContain("#quot;Đề án 06#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; #96;mã#96;");
    expect(text).toContain("Quý I năm 2024");
  });

  it("draws derives-from thick, implements with their score, weak links dotted", () => {
    const text = toMermaid(taskLineage(graph, "qd-06-2022:V.11"));
    expect(text.startsWith('---\ntitle: "Lineage of qd-06-2022:V.11"\n---\nflowchart BT\n')).toBe(true);
    expect(text).toMatch(/ ==> /);
    expect(text).toMatch(/-->\|"0\.\d\d"\|/);
  });
});

describe("toGEXF", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

  it.each([
    ["the whole corpus", graph],
    ["a made-up plan with tricky text", trickyGraph],
  ])("%s is well-formed GEXF with every node and edge", (_, g) => {
    const xml = toGEXF(g);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.gexf.version).toBe("1.3");
    const nodes = [doc.gexf.graph.nodes.node].flat();
    const edges = [doc.gexf.graph.edges.edge].flat();
    expect(nodes).toHaveLength(g.order);
    expect(edges).toHaveLength(g.size);
    expect(doc.gexf.graph.defaultedgetype).toBe("directed");
  });

  it("keeps attributes and scores (as weights)", () => {
    const doc = parser.parse(toGEXF(graph));
    const edge = [doc.gexf.graph.edges.edge].flat().find((e: { id: string }) => e.id === "implements:hue-2022:VI.12->qd-06-2022:V.11");
    expect(edge.kind).toBe("implements");
    expect(Number(edge.weight)).toBeGreaterThan(0.8);
    const node = [doc.gexf.graph.nodes.node].flat().find((n: { id: string }) => n.id === "khanh-hoa-1403-2022");
    const values = Object.fromEntries([node.attvalues.attvalue].flat().map((v: { for: string; value: string }) => [v.for, v.value]));
    expect(values).toMatchObject({ kind: "plan", loaded: "false", code: "1403/KH-UBND", level: "province" });
    const trickyNode = [parser.parse(toGEXF(trickyGraph)).gexf.graph.nodes.node].flat().find((n: { id: string }) => n.id === "tricky-2024:1");
    const text = [trickyNode.attvalues.attvalue].flat().find((v: { for: string }) => v.for === "text").value;
    expect(text).toContain('"Đề án 06" <b>#1</b> & `mã`');
  });
});
