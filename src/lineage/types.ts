import type { MultiDirectedGraph } from "graphology";
import type { PlanLevel } from "../model/plan";

/**
 * The kinds of edges of a lineage graph, each always drawn in one direction:
 *
 * | type           | source → target                                   |
 * |----------------|---------------------------------------------------|
 * | `derives-from` | child plan → parent plan (as the data states it)   |
 * | `contains`     | plan → one of its tasks                            |
 * | `implements`   | local task → national (or parent plan's) task     |
 * | `cites`        | plan → a document its text cites by number         |
 *
 * @example
 * const types: LineageEdgeType[] = ["derives-from", "contains", "implements", "cites"];
 */
export type LineageEdgeType = "derives-from" | "contains" | "implements" | "cites";

/** Every edge type, in drawing order. @example LINEAGE_EDGE_TYPES.length // 4 */
export const LINEAGE_EDGE_TYPES: readonly LineageEdgeType[] = Object.freeze(["derives-from", "contains", "implements", "cites"]);

/**
 * The kinds of nodes: `plan` (a loaded plan, or a referenced-only plan with `loaded: false`),
 * `task`, and `document` (a document some plan cites whose text the corpus does not hold and
 * which no plan derives from, e.g. Nghị định 107/2021/NĐ-CP).
 *
 * @example
 * const kind: LineageNodeKind = "document";
 */
export type LineageNodeKind = "plan" | "task" | "document";

/**
 * Where a plan node's data came from: `corpus` (a plan object given or built in, tasks included),
 * `reference` (seeds/references.json), `citation` (only a plan's citation of it), `id` (only its
 * id in some plan's `parents`).
 *
 * @example
 * const origin: PlanNodeOrigin = "reference";
 */
export type PlanNodeOrigin = "corpus" | "reference" | "citation" | "id";

/**
 * A plan node. `loaded` is true when the plan's tasks are part of the graph (given plans, their
 * ancestors the corpus holds, and the root); referenced-only plans are `loaded: false`.
 *
 * @example
 * const hue = graph.getNodeAttributes("hue-2022") as PlanNodeAttributes; // hue.code === "2274/KH-UBND"
 */
export type PlanNodeAttributes = {
  /** A plan node. */
  kind: "plan";
  /** Whether the plan's tasks are in the graph. */
  loaded: boolean;
  /** A short label for pictures (`hue-2022 · 2274/KH-UBND`). */
  label: string;
  /** Its number and type code, or null when only the id is known. */
  code: string | null;
  /** The document type: Quyết định, Kế hoạch, Chỉ thị … */
  documentKind: string | null;
  /** Its title, when known. */
  title: string | null;
  /** Who issued it, when known. */
  issuer: string | null;
  /** Its level of government, when known. */
  level: PlanLevel | null;
  /** Date of issue (ISO) or null. */
  date: string | null;
  /** The place it governs, when known. */
  place: string | null;
  /** Number of tasks of a loaded plan, 0 otherwise. */
  tasks: number;
  /** Where the node comes from: the corpus, the referenced documents, a citation, or only an id in `parents`. */
  origin: PlanNodeOrigin;
};

/**
 * A cited document that is not a plan of the lineage (see {@link LineageNodeKind}).
 *
 * @example
 * const doc = graph.getNodeAttributes("nd-107-2021") as DocumentNodeAttributes; // doc.documentKind === "Nghị định"
 */
export type DocumentNodeAttributes = {
  /** A cited document. */
  kind: "document";
  /** Never loaded: only its citation is known. */
  loaded: false;
  /** A short label for pictures (`Nghị định 107/2021/NĐ-CP`). */
  label: string;
  /** Its number and type code. */
  code: string;
  /** Its type as written: Nghị định, Thông tư … */
  documentKind: string;
  /** Who issued it, when the citation says. */
  issuer: string | null;
  /** Its date (ISO), when the citation gives one. */
  date: string | null;
  /** No level: it is not a plan. */
  level: null;
};

/**
 * A task node, keyed by its task id (`hue-2022:VI.12`), with the wording and deadline as written.
 *
 * @example
 * const task = graph.getNodeAttributes("hue-2022:VI.12") as TaskNodeAttributes; // task.plan === "hue-2022"
 */
export type TaskNodeAttributes = {
  /** A task node. */
  kind: "task";
  /** A short label for pictures: the ref and the start of the text. */
  label: string;
  /** The id of its plan. */
  plan: string;
  /** Its ref in the plan (`VI.12`). */
  ref: string;
  /** The ref of its section. */
  section: string;
  /** What it says, as written. */
  text: string;
  /** The deadline as written, or null. */
  deadline: string | null;
  /** The parsed last day it is due (ISO), or null. */
  deadlineEnd: string | null;
  /** Its lead agencies, as written. */
  lead: string[];
  /** Its expected product, or null. */
  product: string | null;
};

/** Any node's attributes, discriminated by `kind`. @example if (attrs.kind === "task") attrs.text; */
export type LineageNodeAttributes = PlanNodeAttributes | DocumentNodeAttributes | TaskNodeAttributes;

/**
 * Any edge's attributes, discriminated by `type`. `implements` edges carry the linker's `score`
 * (0..1), `strength`, a one-line `evidence` summary, its `origin` and `toPlan`, the plan linked to
 * (the root, or a loaded parent plan for multi-hop links). `derives-from` edges say where the data
 * states them (`plan.parents` or a referenced plan's `parents`).
 *
 * @example
 * graph.forEachEdge((_, a) => { if (a.type === "implements") console.log(a.score); });
 */
export type LineageEdgeAttributes =
  | {
      /** A plan → the plan it derives from (its parent). */
      type: "derives-from";
      /** Where the data states it: the plan's own `parents` ("plan") or a referenced plan's `parents` ("reference"). */
      statedBy: "plan" | "reference";
    }
  | {
      /** A plan → one of its tasks. */
      type: "contains";
    }
  | {
      /** A local task → the task of the plan linked to that it implements. */
      type: "implements";
      /** The linker's score, 0..1 (higher is a closer match). */
      score: number;
      /** "strong" when the score reaches the strong threshold, "weak" otherwise. */
      strength: "strong" | "weak";
      /** A one-line summary of the evidence for the link (shared words, systems, agencies …). */
      evidence: string;
      /** "matched" when the linker found it, "pinned" when an override set it. */
      origin: "matched" | "pinned";
      /** The id of the plan linked to: the root, or a loaded parent plan for multi-hop links. */
      toPlan: string;
    }
  | {
      /** A plan → a document it cites (a plan node or a document node). */
      type: "cites";
      /** The cited document's type as written: Nghị định, Thông tư, Quyết định … */
      documentKind: string;
      /** The cited document's number and type code, e.g. "107/2021/NĐ-CP". */
      code: string;
    };

/**
 * Graph-level attributes: the root plan id, and the title a filter gives its subgraph.
 *
 * @example
 * graph.getAttribute("root") // "qd-06-2022"
 */
export type LineageGraphAttributes = {
  /** The root plan's id. */
  root: string;
  /** The title a filter gives its view (`V.11`), when it is one. */
  title?: string;
};

/**
 * A lineage graph: a graphology `MultiDirectedGraph` (two plans can be linked by both a
 * `derives-from` and a `cites` edge). Edge keys are `<type>:<source>-><target>`.
 *
 * @example
 * const graph: LineageGraph = lineage();
 */
export type LineageGraph = MultiDirectedGraph<LineageNodeAttributes, LineageEdgeAttributes, LineageGraphAttributes>;

/**
 * The key of the edge of this type between two nodes.
 *
 * @example
 * edgeKey("derives-from", "hue-2022", "thua-thien-hue-80-2022") // "derives-from:hue-2022->thua-thien-hue-80-2022"
 */
export function edgeKey(type: LineageEdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
