import type { LineageEdgeAttributes, LineageGraph, LineageNodeAttributes } from "../lineage/types";
import { EDGE_COLORS, edgeColor, edgeLabel, LEVEL_FILLS, type LineagePictureOptions, nodeLines, pictureDirection, pictureTitle, tasksByPlan, textWidth } from "./lineage-style";
import { dotText, xmlText } from "./safe";

// Graphviz (also its WebAssembly build) has built-in metrics for Helvetica; SVG viewers fall back to
// Arial or another sans-serif font.
const FONT = "Helvetica";

/**
 * A DOT quoted string (ID or label) for a text: backslashes and quotes escaped, line breaks as `\n`,
 * `&` as `&amp;` and characters XML forbids removed (see {@link dotText}), so Graphviz accepts it
 * and its SVG stays well-formed XML.
 *
 * @example
 * dotString('Kế hoạch "A"') // "\"Kế hoạch \\\"A\\\"\""
 */
export function dotString(text: string): string {
  return `"${dotText(text)}"`;
}

/** A multi-line DOT label: lines centred (`\n`) or left-aligned (`\l`). */
function dotLabel(lines: readonly string[], align: "center" | "left"): { raw: string } {
  const escaped = lines.map((line) => dotText(line, " "));
  return { raw: align === "left" ? `"${escaped.join("\\l")}\\l"` : `"${escaped.join("\\n")}"` };
}

/** Text for an HTML-like label. */
const html = xmlText;

/** An attribute value: text (quoted), a number, or DOT written as is (labels, HTML). */
type DotValue = string | number | { raw: string };

function attributes(attrs: Record<string, DotValue>): string {
  const value = (v: DotValue) => (typeof v === "number" ? String(v) : typeof v === "string" ? dotString(v) : v.raw);
  return `[${Object.entries(attrs)
    .map(([k, v]) => `${k}=${value(v)}`)
    .join(", ")}]`;
}

/**
 * The DOT statement of a node: plans are rounded boxes filled by level (bold when loaded, dashed
 * when not in the corpus), cited documents notes, tasks plain boxes with their text left-aligned
 * and the full wording as tooltip.
 *
 * @example
 * dotNode("hue-2022", graph.getNodeAttributes("hue-2022"), {}) // "\"hue-2022\" [label=…, shape=\"box\", …]"
 */
export function dotNode(key: string, attrs: LineageNodeAttributes, options: LineagePictureOptions): string {
  const lines = nodeLines(key, attrs, options);
  if (attrs.kind === "task") {
    return `${dotString(key)} ${attributes({ label: dotLabel(lines, "left"), width: minWidth(lines, 9), shape: "box", style: "filled", fillcolor: "#ffffff", color: "#7b8794", fontsize: 9, tooltip: `${key}: ${attrs.text}` })}`;
  }
  if (attrs.kind === "document") {
    return `${dotString(key)} ${attributes({ label: dotLabel(lines, "center"), width: minWidth(lines, 9), shape: "note", style: "filled", fillcolor: "#f4f1f8", color: EDGE_COLORS.cites, fontsize: 9 })}`;
  }
  const fill = LEVEL_FILLS[attrs.level ?? ""] ?? "#eeeeee";
  const style = attrs.loaded ? "rounded,filled,bold" : "rounded,filled,dashed";
  return `${dotString(key)} ${attributes({ label: dotLabel(lines, "center"), width: minWidth(lines, 10), shape: "box", style, fillcolor: fill, color: attrs.loaded ? "#1f2933" : "#52606d", fontsize: 10, tooltip: attrs.title ?? key })}`;
}

/**
 * The DOT statement of an edge. Every edge is written from the upper node to the lower one with
 * `dir=back`, so the arrow still points from child to parent and from local to national task while
 * dot ranks parents, national tasks and cited documents above. `contains` edges are invisible
 * (the plan's box shows them) but keep tasks below their plan.
 *
 * @example
 * dotEdge("hue-2022", "thua-thien-hue-80-2022", { type: "derives-from", statedBy: "plan" }) // "\"thua-thien-hue-80-2022\" -> \"hue-2022\" [dir=\"back\", …]"
 */
export function dotEdge(source: string, target: string, attrs: LineageEdgeAttributes): string {
  const color = edgeColor(attrs);
  switch (attrs.type) {
    case "contains":
      return `${dotString(source)} -> ${dotString(target)} ${attributes({ style: "invis", weight: 2 })}`;
    case "derives-from":
      return `${dotString(target)} -> ${dotString(source)} ${attributes({ dir: "back", color, penwidth: 2.2, arrowsize: 0.9, tooltip: `${source} derives from ${target}` })}`;
    case "cites":
      return `${dotString(target)} -> ${dotString(source)} ${attributes({ dir: "back", color, style: "dotted", arrowtail: "vee", arrowsize: 0.6, weight: 0, tooltip: `${source} cites ${attrs.code}` })}`;
    case "implements":
      return `${dotString(target)} -> ${dotString(source)} ${attributes({
        dir: "back",
        color,
        style: attrs.strength === "weak" ? "dashed" : "solid",
        penwidth: attrs.strength === "weak" ? 1 : 1.4,
        label: edgeLabel(attrs),
        fontcolor: color,
        fontsize: 9,
        tooltip: `${source} implements ${target}: ${attrs.evidence}`,
      })}`;
  }
}

/** The minimum node width (inches) that fits the widest line, margins included. */
function minWidth(lines: readonly string[], fontSize: number): number {
  const widest = Math.max(0, ...lines.map((line) => textWidth(line, fontSize)));
  return Math.round(((widest * 1.1) / 72 + 0.3) * 100) / 100;
}

/**
 * A plan's tasks in rows of `columns` (top to bottom): each row on one rank, and invisible edges
 * from each task to the one under it, so that the rows stack in columns.
 */
function gridRows(tasks: readonly string[], columns: number): string[] {
  const width = Math.max(1, columns);
  const out: string[] = [];
  for (let start = 0; start < tasks.length; start += width) {
    const row = tasks.slice(start, start + width);
    // the row's invisible chain keeps its tasks in order, left to right
    if (row.length > 1) out.push(`    { rank=same; ${row.map(dotString).join(" -> ")} ${attributes({ style: "invis" })}; }`);
  }
  for (let i = width; i < tasks.length; i++) {
    out.push(`    ${dotString(tasks[i - width]!)} -> ${dotString(tasks[i]!)} ${attributes({ style: "invis", weight: 4 })};`);
  }
  return out;
}

function legendRow(sample: string, color: string, text: string): string {
  return `<tr><td align="left" width="30"><font color="${color}"><b>${sample}</b></font></td><td align="left" width="${Math.ceil(textWidth(text, 9)) + 4}">${html(text)}</td></tr>`;
}

/**
 * The legend node: one row per edge type and node kind the graph uses.
 *
 * @example
 * dotLegend(lineage()) // "\"legend\" [shape=\"plaintext\", label=<<table …>>]"
 */
export function dotLegend(graph: LineageGraph): string {
  const types = new Set<string>();
  graph.forEachEdge((_, attrs) => types.add(attrs.type === "implements" && attrs.strength === "weak" ? "implements-weak" : attrs.type));
  const kinds = new Set<string>();
  graph.forEachNode((_, attrs) => kinds.add(attrs.kind === "plan" && !attrs.loaded ? "referenced" : attrs.kind));
  const rows = [
    types.has("derives-from") ? legendRow("━━▶", EDGE_COLORS["derives-from"], "derives from (child → parent plan)") : "",
    types.has("implements") ? legendRow("──▶", EDGE_COLORS.implements, "implements (local → national task), link score") : "",
    types.has("implements-weak") ? legendRow("- -▶", EDGE_COLORS["implements-weak"], "weak link (partial), link score") : "",
    types.has("cites") ? legendRow("···▶", EDGE_COLORS.cites, "cites (plan → cited document)") : "",
    kinds.has("task") ? legendRow("□", "#7b8794", "task, in the box of its plan: ref · deadline") : "",
    kinds.has("referenced") ? legendRow("- - -", "#52606d", "dashed plan: text not in the corpus") : "",
    legendRow("■", LEVEL_FILLS.national!, "national"),
    legendRow("■", LEVEL_FILLS.province!, "province"),
    legendRow("■", LEVEL_FILLS.city!, "city / district"),
  ].filter(Boolean);
  const table = `<<table border="0" cellborder="0" cellspacing="0" cellpadding="1"><tr><td align="left" colspan="2"><b>Legend</b></td></tr>${rows.join("")}</table>>`;
  return `"legend" ${attributes({ shape: "box", style: "rounded", color: "#cbd2d9", fontsize: 9, margin: 0.1, label: { raw: table } })}`;
}

/**
 * The graph in Graphviz DOT: top to bottom with the national root at the top and each plan ranked
 * below the plans it derives from (edges are written parent → child with `dir=back`), the tasks
 * of each plan in a box (cluster) under its plan node, `implements` edges labelled with their
 * score (2 decimals), colours by edge type (derives-from blue, implements green / weak orange
 * dashed, cites purple dotted), and a legend. Use a filter ({@link taskLineage},
 * {@link planLineage}, {@link sectionLineage}, {@link planLevel}) to keep the picture legible.
 *
 * @example
 * const dot = toDot(taskLineage(lineage(), "qd-06-2022:V.11"));
 * writeFileSync("v11.dot", dot); // dot -Tsvg v11.dot > v11.svg
 */
export function toDot(graph: LineageGraph, options: LineagePictureOptions = {}): string {
  // the title on one line: Graphviz (8 to 12 at least) crashes on a graph label whose first line is empty
  const title = pictureTitle(graph, options)?.replace(/\s+/g, " ").trim();
  const direction = pictureDirection(graph, options);
  const columns = options.columns ?? 6;
  const groups = tasksByPlan(graph);
  const clustered = new Set([...groups.values()].flat());
  // Top to bottom, rows keep their tasks in order (a last crossing minimisation over the whole
  // graph, `remincross`, would reorder them inside their boxes). Many tasks: the plans' boxes are stacked, each under the plans it derives from,
  // so that the picture grows downwards in rows of tasks rather than sideways.
  const stacked = direction === "TB" && clustered.size > 2 * columns;
  const out = ["digraph lineage {"];
  out.push(
    `  graph ${attributes({ rankdir: direction, ...(direction === "TB" ? { newrank: "true", remincross: "false" } : {}), fontname: FONT, fontsize: 13, nodesep: 0.25, ranksep: 0.5, pad: 0.2, ...(title ? { label: title, labelloc: "t", labeljust: "l" } : {}) })};`,
  );
  out.push(`  node ${attributes({ fontname: FONT, fontsize: 10, margin: "0.08,0.04" })};`);
  out.push(`  edge ${attributes({ fontname: FONT, fontsize: 9, arrowsize: 0.7 })};`);
  graph.forEachNode((key, attrs) => {
    if (!groups.has(key) && !clustered.has(key)) out.push(`  ${dotNode(key, attrs, options)};`);
  });
  const order = stacked ? byGeneration(graph, [...groups.keys()]) : [...groups.keys()];
  for (const plan of order) {
    const tasks = groups.get(plan)!;
    out.push(`  subgraph ${dotString(`cluster_${plan}`)} {`);
    out.push(`    graph ${attributes({ label: "", style: "rounded,filled", fillcolor: "#f5f7fa", color: "#9aa5b1" })};`);
    out.push(`    ${dotNode(plan, graph.getNodeAttributes(plan), options)};`);
    for (const task of tasks) out.push(`    ${dotNode(task, graph.getNodeAttributes(task), options)};`);
    if (direction === "TB") out.push(...gridRows(tasks, columns));
    out.push("  }");
  }
  if (stacked) {
    for (let i = 1; i < order.length; i++) {
      const above = groups.get(order[i - 1]!)!;
      // from the middle of the last row of the box above, heavy, so that the boxes line up
      const start = Math.floor((above.length - 1) / columns) * columns;
      const middle = above[Math.floor((start + above.length - 1) / 2)]!;
      out.push(`  ${dotString(middle)} -> ${dotString(order[i]!)} ${attributes({ style: "invis", weight: 50 })};`);
    }
  }
  graph.forEachEdge((_, attrs, source, target) => {
    if (attrs.type === "contains" && !(groups.has(source) && clustered.has(target))) return;
    // top to bottom, the plan holds its first row; the grid's edges hold the others
    if (attrs.type === "contains" && direction === "TB" && groups.get(source)!.indexOf(target) >= columns) return;
    out.push(`  ${dotEdge(source, target, attrs)};`);
  });
  if ((options.legend ?? true) && graph.order > 0) out.push(`  ${dotLegend(graph)};`);
  out.push("}");
  return `${out.join("\n")}\n`;
}

/** Plans ordered by generation (a plan after every plan it derives from), else in the given order. */
function byGeneration(graph: LineageGraph, planKeys: readonly string[]): string[] {
  const depth = new Map<string, number>();
  const depthOf = (key: string, seen: Set<string>): number => {
    const known = depth.get(key);
    if (known !== undefined) return known;
    let d = 0;
    seen.add(key);
    graph.forEachOutEdge(key, (_, attrs, __, parent) => {
      if (attrs.type === "derives-from" && !seen.has(parent)) d = Math.max(d, depthOf(parent, seen) + 1);
    });
    seen.delete(key);
    depth.set(key, d);
    return d;
  };
  return planKeys
    .map((key, i) => ({ key, i, d: depthOf(key, new Set()) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((p) => p.key);
}
