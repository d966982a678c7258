import type { LineageEdgeAttributes, LineageGraph, LineageNodeAttributes } from "../lineage/types";
import { EDGE_COLORS, edgeColor, edgeLabel, LEVEL_FILLS, type LineagePictureOptions, nodeLines, pictureDirection, pictureTitle, tasksByPlan } from "./lineage-style";
import { mermaidText, terminalText, xmlChars } from "./safe";

export { mermaidText };

/**
 * A YAML double-quoted string for the front matter's title: on one line (whitespace runs as one
 * space), characters XML forbids and other controls removed, backslash, quote and `%` (which could
 * start a Mermaid directive) as YAML escapes.
 */
const yamlString = (text: string) => `"${terminalText(xmlChars(text).replace(/\s+/g, " ")).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/%/g, "\\x25")}"`;

const label = (lines: readonly string[]) => `"${lines.map(mermaidText).join("<br/>")}"`;

/** The Mermaid class of a node (see the `classDef` lines of {@link toMermaid}). */
function nodeClass(attrs: LineageNodeAttributes): string {
  if (attrs.kind !== "plan") return attrs.kind;
  const level = attrs.level === "national" ? "national" : attrs.level === "city" || attrs.level === "district" || attrs.level === "commune" ? "local" : "province";
  return attrs.loaded ? level : `${level}Ref`;
}

const CLASS_DEFS = [
  `classDef national fill:${LEVEL_FILLS.national},stroke:#1f2933,stroke-width:2px,color:#111`,
  `classDef province fill:${LEVEL_FILLS.province},stroke:#1f2933,stroke-width:2px,color:#111`,
  `classDef local fill:${LEVEL_FILLS.city},stroke:#1f2933,stroke-width:2px,color:#111`,
  `classDef nationalRef fill:${LEVEL_FILLS.national},stroke:#52606d,stroke-dasharray:5 3,color:#111`,
  `classDef provinceRef fill:${LEVEL_FILLS.province},stroke:#52606d,stroke-dasharray:5 3,color:#111`,
  `classDef localRef fill:${LEVEL_FILLS.city},stroke:#52606d,stroke-dasharray:5 3,color:#111`,
  `classDef document fill:#f4f1f8,stroke:${EDGE_COLORS.cites},color:#111`,
  "classDef task fill:#ffffff,stroke:#7b8794,color:#111",
];

/** Subgraph (plan box) styles: `class` does not apply to subgraphs in every Mermaid version. */
const SUBGRAPH_STYLES: Record<string, string> = {
  national: "fill:#fdf3d7,stroke:#b08d2c",
  province: "fill:#eaf2fa,stroke:#5b7fa6",
  local: "fill:#eef6ea,stroke:#6a9a5b",
};

/** The arrow of an edge: thick for derives-from, dotted for cites and weak links. */
function arrow(attrs: LineageEdgeAttributes): string {
  const text = edgeLabel(attrs);
  const pipe = text ? `|"${mermaidText(text)}"|` : "";
  if (attrs.type === "derives-from") return `==>${pipe}`;
  if (attrs.type === "cites" || (attrs.type === "implements" && attrs.strength === "weak")) return `-.->${pipe}`;
  return `-->${pipe}`;
}

/**
 * The graph as a Mermaid flowchart (GitHub renders it in Markdown): bottom to top, so parents,
 * national tasks and cited documents are drawn above (`direction: "LR"` draws right to left, the
 * root on the left); each plan with tasks is a subgraph holding them; derives-from edges are thick,
 * implements edges carry the score (weak links dotted), cites edges dotted; colours as in
 * {@link toDot} (no legend). Node ids are `n0`, `n1` … in graph order; labels are quoted with
 * Mermaid entity codes, so any wording is safe. Mermaid wraps labels itself, so a task's text is
 * one line cut at `wrap` × `lines` characters; a plan box is titled with its first label line.
 *
 * @example
 * const md = "```mermaid\n" + toMermaid(taskLineage(lineage(), "qd-06-2022:V.11")) + "```\n";
 */
export function toMermaid(graph: LineageGraph, options: LineagePictureOptions = {}): string {
  const title = pictureTitle(graph, options);
  const out: string[] = title ? ["---", `title: ${yamlString(title)}`, "---"] : [];
  out.push(`flowchart ${pictureDirection(graph, options) === "LR" ? "RL" : "BT"}`);
  out.push(...CLASS_DEFS.map((line) => `  ${line}`));
  const ids = new Map<string, string>();
  graph.forEachNode((key) => ids.set(key, `n${ids.size}`));
  const groups = tasksByPlan(graph);
  // Mermaid wraps labels itself: a task's text is one line, cut at wrap × lines characters.
  const text = { ...options, wrap: (options.wrap ?? 34) * (options.lines ?? 3), lines: 1 };
  const clustered = new Set([...groups.values()].flat());
  graph.forEachNode((key, attrs) => {
    if (groups.has(key) || clustered.has(key)) return;
    out.push(`  ${ids.get(key)}[${label(nodeLines(key, attrs, options))}]:::${nodeClass(attrs)}`);
  });
  for (const [plan, tasks] of groups) {
    const attrs = graph.getNodeAttributes(plan);
    out.push(`  subgraph ${ids.get(plan)}[${label(nodeLines(plan, attrs, options).slice(0, 1))}]`);
    for (const task of tasks) out.push(`    ${ids.get(task)}[${label(nodeLines(task, graph.getNodeAttributes(task), text))}]:::task`);
    out.push("  end");
    out.push(`  style ${ids.get(plan)} ${SUBGRAPH_STYLES[nodeClass(attrs)] ?? SUBGRAPH_STYLES.province}`);
  }
  const styles = new Map<string, number[]>();
  let index = 0;
  graph.forEachEdge((_, attrs, source, target) => {
    if (attrs.type === "contains") return;
    out.push(`  ${ids.get(source)} ${arrow(attrs)} ${ids.get(target)}`);
    const width = attrs.type === "derives-from" ? "3px" : attrs.type === "implements" && attrs.strength === "strong" ? "1.5px" : "1px";
    const style = `stroke:${edgeColor(attrs)},stroke-width:${width}`;
    styles.set(style, [...(styles.get(style) ?? []), index++]);
  });
  for (const [style, edges] of styles) out.push(`  linkStyle ${edges.join(",")} ${style}`);
  return `${out.join("\n")}\n`;
}
