import { DirectedGraph } from "graphology";
import { bfsFromNode } from "graphology-traversal";
import { Dean06Error } from "../model/errors";
import { foldForMatch } from "../text/fold";
import type { LineageEdgeType, LineageGraph, LineageNodeKind, TaskNodeAttributes } from "./types";

/**
 * Thrown by the lineage queries and filters for a key the graph does not have.
 *
 * @example
 * try { ancestors(lineage(), "nope"); } catch (e) { if (e instanceof LineageNodeNotFoundError) console.log(e.key); }
 */
export class LineageNodeNotFoundError extends Dean06Error<"NODE_NOT_FOUND"> {
  /** The node key asked for. */
  readonly key: string;
  constructor(key: string) {
    super("NODE_NOT_FOUND", `No node "${key}" in the lineage graph (plan ids, task ids such as "qd-06-2022:V.11", or cited document ids).`);
    this.key = key;
  }
}

/**
 * Options of {@link ancestors} and {@link descendants}.
 *
 * @example
 * ancestors(graph, "ninh-hoa-2022", { via: ["derives-from", "cites"], kind: "document" });
 */
export interface LineageQueryOptions {
  /**
   * The edge types to follow (default `implements`, `derives-from`, `contains`; add `cites` to
   * climb from a plan to the documents it cites).
   */
  via?: readonly LineageEdgeType[];
  /** Keep only nodes of this kind in the answer. */
  kind?: LineageNodeKind;
}

/**
 * The edge types the queries follow unless told otherwise.
 *
 * @example
 * ancestors(graph, key, { via: [...LINEAGE_QUERY_EDGES, "cites"] });
 */
export const LINEAGE_QUERY_EDGES: readonly LineageEdgeType[] = Object.freeze(["implements", "derives-from", "contains"]);

/**
 * The "upward" view of a lineage graph: the same nodes, and for each edge of the followed types an
 * edge from the lower node to the upper one. Upward means: along `implements` (local task →
 * national task), along `derives-from` (child plan → parent), along `cites` (plan → cited
 * document), and against `contains` (task → its plan).
 *
 * @example
 * upwardView(lineage()).hasEdge("hue-2022:VI.12", "hue-2022") // true
 */
export function upwardView(graph: LineageGraph, via: readonly LineageEdgeType[] = LINEAGE_QUERY_EDGES): DirectedGraph {
  const view = new DirectedGraph();
  graph.forEachNode((key) => view.addNode(key));
  graph.forEachEdge((_, attrs, source, target) => {
    if (!via.includes(attrs.type)) return;
    if (attrs.type === "contains") view.mergeEdge(target, source);
    else view.mergeEdge(source, target);
  });
  return view;
}

function requireNode(graph: LineageGraph, key: string): void {
  if (!graph.hasNode(key)) throw new LineageNodeNotFoundError(key);
}

/** Breadth-first (graphology-traversal) from `key` in the upward view: node → depth, `key` excluded. */
function reach(graph: LineageGraph, key: string, mode: "outbound" | "inbound", via?: readonly LineageEdgeType[]): Map<string, number> {
  requireNode(graph, key);
  const depths = new Map<string, number>();
  bfsFromNode(
    upwardView(graph, via),
    key,
    (node, _attrs, depth) => {
      if (node !== key) depths.set(node, depth);
    },
    { mode },
  );
  return depths;
}

function pick(graph: LineageGraph, depths: Map<string, number>, kind: LineageNodeKind | undefined): string[] {
  return [...depths.keys()].filter((key) => !kind || graph.getNodeAttribute(key, "kind") === kind);
}

/**
 * Everything above a node, nearest first: for a local task, the tasks it implements (and what
 * those implement, up to the national tasks), its plan, the plans those belong to and the plans
 * they derive from up to the root; for a plan, its parents up to the root. Follows `implements`
 * and `derives-from` edges forwards and `contains` edges backwards (see {@link upwardView}).
 *
 * @example
 * ancestors(lineage(), "hue-2022:VI.12", { kind: "task" })  // ["qd-06-2022:V.11"]
 * ancestors(lineage(), "ninh-hoa-2022")                     // ["khanh-hoa-1403-2022", "qd-06-2022"]
 */
export function ancestors(graph: LineageGraph, key: string, options: LineageQueryOptions = {}): string[] {
  return pick(graph, reach(graph, key, "outbound", options.via), options.kind);
}

/**
 * Everything below a node, nearest first, the mirror of {@link ancestors}: for a national task,
 * the local tasks that implement it and the tasks implementing those (multi-hop); for a plan, its
 * tasks, the plans deriving from it, their tasks, and every task implementing one of those. Follows
 * `implements` and `derives-from` edges backwards and `contains` edges forwards.
 *
 * @example
 * descendants(lineage(), "qd-06-2022:V.11") // ["bac-giang-2022:III.6.1", "hue-2022:VI.12", "hue-2022:VI.19", …]
 */
export function descendants(graph: LineageGraph, key: string, options: LineageQueryOptions = {}): string[] {
  return pick(graph, reach(graph, key, "inbound", options.via), options.kind);
}

/**
 * One local task that carries a national (or parent plan's) task, with its wording and deadline.
 *
 * @example
 * const row: Carrier = carriers(lineage(), "qd-06-2022:V.11")[0]!; // row.plan, row.deadline, row.score
 */
export interface Carrier {
  /** The carrying task's id. */
  task: string;
  /** The id of its plan. */
  plan: string;
  /** Its ref in the plan. */
  ref: string;
  /** What it says, as written. */
  text: string;
  /** Its deadline as written, or null. */
  deadline: string | null;
  /** The last day it is due (ISO), or null. */
  deadlineEnd: string | null;
  /** The task it implements on the way up (the national task itself, or an intermediate task). */
  implements: string;
  /** The score of that `implements` edge. */
  score: number;
  /** 1 for a direct link, 2 for a link through an intermediate plan's task, … */
  depth: number;
}

/**
 * The local tasks that carry a task (its {@link descendants} that are tasks), each with its plan,
 * wording, deadline, and the `implements` edge that connects it (highest score).
 *
 * @example
 * carriers(lineage(), "qd-06-2022:V.11").map((c) => `${c.plan}: ${c.deadline}`)
 */
export function carriers(graph: LineageGraph, key: string): Carrier[] {
  const depths = reach(graph, key, "inbound", ["implements"]);
  depths.set(key, 0);
  const rows: Carrier[] = [];
  for (const [task, depth] of depths) {
    if (task === key) continue;
    const attrs = graph.getNodeAttributes(task) as TaskNodeAttributes;
    let best: { target: string; score: number } | null = null;
    graph.forEachOutEdge(task, (_, edge, _source, target) => {
      if (edge.type !== "implements" || depths.get(target) !== depth - 1) return;
      if (!best || edge.score > best.score) best = { target, score: edge.score };
    });
    const chosen = best as { target: string; score: number } | null;
    rows.push({
      task,
      plan: attrs.plan,
      ref: attrs.ref,
      text: attrs.text,
      deadline: attrs.deadline,
      deadlineEnd: attrs.deadlineEnd,
      implements: chosen?.target ?? key,
      score: chosen?.score ?? 0,
      depth,
    });
  }
  return rows;
}

/** The next step up from a node towards the root, or null. */
function stepUp(graph: LineageGraph, view: DirectedGraph, node: string, distance: Map<string, number>): string | null {
  if (graph.getNodeAttribute(node, "kind") === "task") {
    let best: { target: string; score: number } | null = null;
    graph.forEachOutEdge(node, (_, edge, _source, target) => {
      if (edge.type !== "implements" || !distance.has(target)) return;
      if (!best || edge.score > best.score) best = { target, score: edge.score };
    });
    const chosen = best as { target: string } | null;
    if (chosen) return chosen.target;
  }
  let next: string | null = null;
  view.forEachOutNeighbor(node, (neighbor) => {
    const d = distance.get(neighbor);
    if (d !== undefined && (next === null || d < distance.get(next)!)) next = neighbor;
  });
  return next;
}

/**
 * The path from a node up to the root plan, both included, or null when there is none. From a
 * task it follows the task lineage: at each task the `implements` edge with the highest score
 * (towards a task that can reach the root; through a loaded parent plan's task when that scores
 * best), and from a task that implements nothing, its plan; from a plan, the parent nearest the
 * root (first stated on ties). Distances come from a breadth-first search (graphology-traversal)
 * from the root over the upward view.
 *
 * @example
 * pathToRoot(lineage(), "hue-2022:VI.12") // ["hue-2022:VI.12", "qd-06-2022:V.11", "qd-06-2022"]
 * pathToRoot(lineage(), "ninh-hoa-2022")  // ["ninh-hoa-2022", "khanh-hoa-1403-2022", "qd-06-2022"]
 */
export function pathToRoot(graph: LineageGraph, key: string, options: { root?: string } = {}): string[] | null {
  requireNode(graph, key);
  const root = options.root ?? graph.getAttribute("root");
  if (!graph.hasNode(root)) return null;
  const view = upwardView(graph);
  const distance = new Map<string, number>();
  bfsFromNode(view, root, (node, _attrs, depth) => void distance.set(node, depth), { mode: "inbound" });
  if (!distance.has(key)) return null;
  const path = [key];
  for (let node = key; node !== root; ) {
    const next = stepUp(graph, view, node, distance);
    if (next === null || path.includes(next)) return null;
    path.push(next);
    node = next;
  }
  return path;
}

/** The nodes a key or a document code ("1403/KH-UBND") stands for. */
function documentsFor(graph: LineageGraph, keyOrCode: string): string[] {
  if (graph.hasNode(keyOrCode)) return [keyOrCode];
  const code = foldForMatch(keyOrCode);
  return graph.filterNodes((_, attrs) => attrs.kind !== "task" && attrs.code !== null && foldForMatch(attrs.code) === code);
}

/**
 * The plans that cite a document, given by node key or by its number code (every node with that
 * code); follows `cites` edges backwards.
 *
 * @example
 * citingPlans(lineage(), "1911/QĐ-TTg") // ["bac-giang-2022", "hue-2022", "ninh-hoa-2022"]
 * citingPlans(lineage(), "khanh-hoa-1403-2022") // ["ninh-hoa-2022"]
 */
export function citingPlans(graph: LineageGraph, keyOrCode: string): string[] {
  const found = new Set<string>();
  for (const node of documentsFor(graph, keyOrCode)) {
    graph.forEachInEdge(node, (_, attrs, source) => {
      if (attrs.type === "cites") found.add(source);
    });
  }
  return [...found];
}

/**
 * The documents (and plans) a plan cites, in the order its text cites them; follows `cites` edges.
 *
 * @example
 * citedDocuments(lineage(), "ninh-hoa-2022") // ["khanh-hoa-1403-2022", "nd-137-2015", "qd-34-2021", "qd-1911-2021"]
 */
export function citedDocuments(graph: LineageGraph, plan: string): string[] {
  requireNode(graph, plan);
  const found: string[] = [];
  graph.forEachOutEdge(plan, (_, attrs, _source, target) => {
    if (attrs.type === "cites") found.push(target);
  });
  return found;
}
