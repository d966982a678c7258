import { Dean06Error } from "../model/errors";
import { ancestors, descendants, LineageNodeNotFoundError } from "./queries";
import type { LineageGraph } from "./types";

/**
 * The subgraph induced by some nodes: those nodes (in the graph's order) and every edge between
 * them, with their attributes; graph attributes are kept and `title` set when given.
 *
 * @example
 * subgraph(lineage(), ["hue-2022", "thua-thien-hue-80-2022"]).size // 2 (derives-from and cites)
 */
export function subgraph(graph: LineageGraph, keys: Iterable<string>, title?: string): LineageGraph {
  const keep = new Set(keys);
  const result = graph.nullCopy() as LineageGraph;
  result.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, attrs) => {
    if (keep.has(key)) result.addNode(key, { ...attrs });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (keep.has(source) && keep.has(target)) result.addDirectedEdgeWithKey(edge, source, target, { ...attrs });
  });
  if (title !== undefined) result.setAttribute("title", title);
  return result;
}

/** Each task's plan and that plan's ancestors along `derives-from`, added to a set of keys. */
function withPlans(graph: LineageGraph, keys: Set<string>): Set<string> {
  for (const key of [...keys]) {
    const attrs = graph.getNodeAttributes(key);
    const plan = attrs.kind === "task" ? attrs.plan : attrs.kind === "plan" ? key : null;
    if (plan === null || !graph.hasNode(plan)) continue;
    keys.add(plan);
    for (const up of ancestors(graph, plan, { via: ["derives-from"] })) keys.add(up);
  }
  return keys;
}

/**
 * Options of the lineage filters {@link taskLineage}, {@link planLineage}, {@link sectionLineage}.
 *
 * @example
 * planLineage(lineage(), "hcmc-2024", { cites: true });
 */
export interface LineageFilterOptions {
  /** Keep `cites` edges between the plans kept (default false: they mostly repeat `derives-from`). */
  cites?: boolean;
}

function withoutCites(graph: LineageGraph, options: LineageFilterOptions): LineageGraph {
  if (!options.cites) for (const edge of graph.filterEdges((_, attrs) => attrs.type === "cites")) graph.dropEdge(edge);
  return graph;
}

function requireNode(graph: LineageGraph, key: string): void {
  if (!graph.hasNode(key)) throw new LineageNodeNotFoundError(key);
}

/**
 * The plan level: plan nodes and `derives-from` edges only (with `documents`, also the cited
 * documents and `cites` edges).
 *
 * @example
 * planLevel(lineage()).order // 10 plans: the root, five derived plans, four referenced-only parents
 */
export function planLevel(graph: LineageGraph, options: { documents?: boolean } = {}): LineageGraph {
  const kinds = new Set(options.documents ? ["plan", "document"] : ["plan"]);
  const keys = graph.filterNodes((_, attrs) => kinds.has(attrs.kind));
  const result = subgraph(graph, keys, options.documents ? "Plans and the documents they cite" : "Plan lineage");
  return withoutCites(result, { cites: options.documents ?? false });
}

/**
 * One task's lineage: the task, everything above it and below it ({@link ancestors},
 * {@link descendants}), and the plans all those tasks belong to with their parents up to the root.
 *
 * @example
 * taskLineage(lineage(), "qd-06-2022:V.11").hasNode("hue-2022:VI.12") // true
 */
export function taskLineage(graph: LineageGraph, task: string, options: LineageFilterOptions = {}): LineageGraph {
  requireNode(graph, task);
  const keys = new Set([task, ...ancestors(graph, task, { kind: "task" }), ...descendants(graph, task, { kind: "task" })]);
  return withoutCites(subgraph(graph, withPlans(graph, keys), `Lineage of ${task}`), options);
}

/**
 * One plan's lineage: the plan, its tasks, the tasks those implement (up to the national tasks),
 * and the plans involved with their parents up to the root.
 *
 * @example
 * planLineage(lineage(), "ninh-hoa-2022").hasNode("khanh-hoa-1403-2022") // true
 */
export function planLineage(graph: LineageGraph, plan: string, options: LineageFilterOptions = {}): LineageGraph {
  requireNode(graph, plan);
  const keys = new Set([plan]);
  graph.forEachOutEdge(plan, (_, attrs, _source, target) => {
    if (attrs.type !== "contains") return;
    keys.add(target);
    for (const up of ancestors(graph, target, { kind: "task" })) keys.add(up);
  });
  return withoutCites(subgraph(graph, withPlans(graph, keys), `Lineage of plan ${plan}`), options);
}

/**
 * One section of the national plan: its tasks, every task that carries them, and the plans
 * involved with their parents up to the root.
 *
 * @example
 * sectionLineage(lineage(), "V").hasNode("qd-06-2022:V.11") // true
 */
export function sectionLineage(graph: LineageGraph, section: string, options: LineageFilterOptions & { root?: string } = {}): LineageGraph {
  const root = options.root ?? graph.getAttribute("root");
  requireNode(graph, root);
  const national = graph.filterNodes((_, attrs) => attrs.kind === "task" && attrs.plan === root && attrs.section === section);
  if (national.length === 0) {
    const sections = new Set<string>();
    graph.forEachNode((_, a) => {
      if (a.kind === "task" && a.plan === root) sections.add(a.section);
    });
    throw new Dean06Error("SECTION_NOT_FOUND", `No section "${section}" of ${root} in the lineage graph; sections: ${[...sections].join(", ") || "none (the graph has no tasks)"}.`);
  }
  const keys = new Set(national);
  for (const task of national) for (const below of descendants(graph, task, { kind: "task" })) keys.add(below);
  return withoutCites(subgraph(graph, withPlans(graph, keys), `Section ${section} of ${root}`), options);
}

/**
 * Which part of a lineage graph to keep: one of `task`, `plan`, `section`, or `plansOnly`.
 *
 * @example
 * const filter: LineageFilter = { section: "V" };
 */
export interface LineageFilter extends LineageFilterOptions {
  /** A task id: the task's lineage ({@link taskLineage}). */
  task?: string;
  /** A plan id: the plan's lineage ({@link planLineage}). */
  plan?: string;
  /** A section of the root plan ("V"). */
  section?: string;
  /** The plan level ({@link planLevel}); `documents` adds the cited documents. */
  plansOnly?: boolean;
  /** With `plansOnly`: the cited documents too. */
  documents?: boolean;
}

/**
 * Applies a {@link LineageFilter}: `task` wins over `plan`, `plan` over `section`; with none of
 * them, `plansOnly` gives the plan level and otherwise the graph is returned as it is.
 *
 * @example
 * filterLineage(lineage(), { task: "qd-06-2022:V.11" }).getAttribute("title") // "Lineage of qd-06-2022:V.11"
 */
export function filterLineage(graph: LineageGraph, filter: LineageFilter): LineageGraph {
  const options = { cites: filter.cites ?? false };
  if (filter.task) return taskLineage(graph, filter.task, options);
  if (filter.plan) return planLineage(graph, filter.plan, options);
  if (filter.section) return sectionLineage(graph, filter.section, options);
  if (filter.plansOnly) return planLevel(graph, { documents: filter.documents ?? false });
  return graph;
}
