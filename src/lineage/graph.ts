import { MultiDirectedGraph } from "graphology";
import { plans as corpusPlans, referencedPlans, resolvePlan, rootPlan } from "../corpus/index";
import { type LinkOptions, link } from "../match/link";
import type { LinkResult } from "../model/link";
import type { Citation, Plan, ReferencedPlan } from "../model/plan";
import type { Task } from "../model/task";
import { foldForMatch } from "../text/fold";
import { citationYear, citedDocumentId, documentKindOfCode, slug } from "./ids";
import { edgeKey, type LineageEdgeAttributes, type LineageGraph, type LineageGraphAttributes, type LineageNodeAttributes, type PlanNodeAttributes, type TaskNodeAttributes } from "./types";

/**
 * Options of {@link lineage}.
 *
 * @example
 * lineage(["hue-2026"], { multiHop: false, cites: false });
 */
export interface LineageOptions {
  /** Add `implements` edges from the linker (default true; needs `tasks`). */
  links?: boolean;
  /** Add task nodes and `contains` edges (default true); false gives the plan-level graph. */
  tasks?: boolean;
  /** Also link each plan to its loaded parent plans (hue-2026 → hue-2022), not only to the root (default true). */
  multiHop?: boolean;
  /** Add the documents plans cite, with `cites` edges (default true). */
  cites?: boolean;
  /** The national root (default {@link rootPlan}). */
  root?: Plan | string;
  /** Analysts' corrections passed to {@link link} (each pair is applied to the plans it concerns). */
  overrides?: LinkOptions["overrides"];
}

/**
 * The plans a lineage graph is built from: a plan or a built-in plan id, a list of them, or
 * `undefined` for the whole built-in corpus.
 *
 * @example
 * const selection: PlanSelection = ["hue-2022", "hue-2026"];
 * lineage(selection).hasNode("hue-2026") // true
 */
export type PlanSelection = Plan | string | readonly (Plan | string)[] | undefined;

const codeKey = (code: string) => foldForMatch(code);

const isList = (selection: Plan | string | readonly (Plan | string)[]): selection is readonly (Plan | string)[] => Array.isArray(selection);

/**
 * The plans whose tasks go into the graph: the root, the given plans (all built-in plans by
 * default), and every ancestor the given plans or the corpus hold.
 *
 * @example
 * [...loadedPlans(["hue-2026"], rootPlan).keys()] // ["qd-06-2022", "hue-2026", "hue-2022"]
 */
export function loadedPlans(selection: PlanSelection, root: Plan): Map<string, Plan> {
  const list: readonly (Plan | string)[] = selection === undefined ? corpusPlans : isList(selection) ? selection : [selection];
  const given = list.map((p) => resolvePlan(p));
  const known = new Map<string, Plan>(corpusPlans.map((p) => [p.id, p]));
  for (const plan of given) known.set(plan.id, plan);
  known.set(root.id, root);
  const loaded = new Map<string, Plan>([[root.id, root]]);
  const queue = [...given];
  for (let plan = queue.shift(); plan; plan = queue.shift()) {
    if (loaded.has(plan.id) && plan !== root) continue;
    loaded.set(plan.id, plan);
    for (const parent of plan.parents) {
      const found = known.get(parent);
      if (found && !loaded.has(parent)) queue.push(found);
    }
  }
  return loaded;
}

/**
 * The node attributes of a plan whose data is in the corpus (or given).
 *
 * @example
 * planNode(getPlan("hue-2022"), true).code // "2274/KH-UBND"
 */
export function planNode(plan: Plan, loaded: boolean): PlanNodeAttributes {
  return {
    kind: "plan",
    loaded,
    label: `${plan.id} · ${plan.code}`,
    code: plan.code,
    documentKind: documentKindOfCode(plan.code),
    title: plan.title,
    issuer: plan.issuer,
    level: plan.level,
    date: plan.issuedOn,
    place: plan.place,
    tasks: loaded ? plan.tasks.length : 0,
    origin: "corpus",
  };
}

/**
 * The node attributes of a referenced-only plan (seeds/references.json).
 *
 * @example
 * referencedNode(referencedPlans[0]!).label // "1403/KH-UBND · UBND tỉnh Khánh Hòa"
 */
export function referencedNode(ref: ReferencedPlan): PlanNodeAttributes {
  return {
    kind: "plan",
    loaded: false,
    label: `${ref.code} · ${ref.issuer}`,
    code: ref.code,
    documentKind: ref.kind,
    title: ref.title,
    issuer: ref.issuer,
    level: ref.level,
    date: ref.issuedOn,
    place: null,
    tasks: 0,
    origin: "reference",
  };
}

/**
 * The node attributes of a task.
 *
 * @example
 * taskNode(getPlan("hue-2022").tasks[0]!).kind // "task"
 */
export function taskNode(task: Task, planId: string): TaskNodeAttributes {
  const short = task.text.length > 60 ? `${task.text.slice(0, 59).trimEnd()}…` : task.text;
  return {
    kind: "task",
    label: `${task.ref} ${short}`,
    plan: planId,
    ref: task.ref,
    section: task.section,
    text: task.text,
    deadline: task.deadline.raw || null,
    deadlineEnd: task.deadline.end,
    lead: task.lead,
    product: task.product,
  };
}

/** What two records of one document share: the code as matched and the year (null: no code). */
function documentKey(record: { code: string | null; date: string | null }): string | null {
  return record.code ? `${codeKey(record.code)}\u0000${citationYear({ code: record.code, date: record.date })}` : null;
}

/**
 * Plan and document nodes (or what stands for them) by {@link documentKey}, in the order they were
 * added: `find` gives the first that is the document a citation names (same code, same year, no
 * conflicting issuer).
 */
class DocumentIndex<T> {
  private readonly byKey = new Map<string, { item: T; issuer: string | null }[]>();
  add(attrs: LineageNodeAttributes, item: T): void {
    const key = attrs.kind === "task" ? null : documentKey(attrs);
    if (key === null) return;
    const entry = { item, issuer: attrs.kind === "task" || !attrs.issuer ? null : foldForMatch(attrs.issuer) };
    const list = this.byKey.get(key);
    if (list) list.push(entry);
    else this.byKey.set(key, [entry]);
  }
  find(citation: Citation): T | undefined {
    const key = documentKey(citation);
    const issuer = citation.issuer ? foldForMatch(citation.issuer) : null;
    const list = key === null ? undefined : this.byKey.get(key);
    return list?.find((entry) => entry.issuer === null || issuer === null || entry.issuer === issuer)?.item;
  }
}

/**
 * Where a lineage graph's links and tasks come from: {@link lineage} asks the linker; a link store
 * (src/lineage/store.ts) gives the links it holds and may keep only some tasks.
 */
export interface LineageSource {
  /** The links of a plan to a target plan (with the overrides that concern them). */
  links(plan: Plan, target: Plan, overrides: LinkOptions["overrides"]): LinkResult;
  /** Whether a task goes into the graph (every task by default). */
  keepTask?(task: Task): boolean;
}

const linkerSource: LineageSource = {
  links: (plan, target, overrides) => link(plan, { to: target, overrides }),
};

/** Builds the graph step by step; every method adds nodes or edges idempotently. */
class Builder {
  readonly graph: LineageGraph;
  private readonly references = new Map(referencedPlans.map((r) => [r.id, r]));
  private readonly corpus = new Map(corpusPlans.map((p) => [p.id, p]));
  /** Where a citation without `ref` may point, by document key (see {@link citation}): the ids of the loaded and corpus plans, and of the referenced plans; made on first use. */
  private known: { plans: DocumentIndex<string>; references: DocumentIndex<string> } | null = null;
  /** The graph's plan and document nodes by document key, in the order they were added. */
  private readonly nodes = new DocumentIndex<string>();

  constructor(
    private readonly loaded: Map<string, Plan>,
    root: Plan,
    private readonly options: LineageOptions,
    private readonly source: LineageSource,
  ) {
    const attributes: LineageGraphAttributes = { root: root.id };
    this.graph = new MultiDirectedGraph<LineageNodeAttributes, LineageEdgeAttributes, LineageGraphAttributes>();
    this.graph.replaceAttributes(attributes);
  }

  edge(type: LineageEdgeAttributes["type"], source: string, target: string, attributes: LineageEdgeAttributes): void {
    const key = edgeKey(type, source, target);
    if (source !== target && !this.graph.hasEdge(key)) this.graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }

  /** Adds a plan or document node (and remembers it by document key). */
  private addNode(id: string, attributes: LineageNodeAttributes): void {
    this.graph.addNode(id, attributes);
    this.nodes.add(attributes, id);
  }

  /** Adds the plan node for an id (loaded, corpus, referenced, cited or bare) with its stated parents. */
  planId(id: string, citation?: Citation): string {
    if (this.graph.hasNode(id)) return id;
    const plan = this.loaded.get(id) ?? this.corpus.get(id);
    const ref = this.references.get(id);
    if (plan) this.addNode(id, planNode(plan, this.loaded.has(id)));
    else if (ref) {
      this.addNode(id, referencedNode(ref));
      for (const parent of ref.parents) this.edge("derives-from", id, this.planId(parent), { type: "derives-from", statedBy: "reference" });
    } else if (citation) this.addNode(id, citedPlanNode(citation));
    else this.addNode(id, bareNode(id));
    return id;
  }

  /** The loaded and corpus plans (loaded first) and the referenced plans, by document key. */
  private knownDocuments(): NonNullable<Builder["known"]> {
    if (!this.known) {
      const plans = new DocumentIndex<string>();
      for (const [id, plan] of [...this.loaded, ...this.corpus]) plans.add(planNode(plan, false), id);
      const references = new DocumentIndex<string>();
      for (const ref of this.references.values()) references.add(referencedNode(ref), ref.id);
      this.known = { plans, references };
    }
    return this.known;
  }

  plan(plan: Plan): void {
    this.planId(plan.id);
    for (const parent of plan.parents) {
      // The citation naming this parent: by its ref, or (imported plans) by its derived document id.
      const citation = plan.cites.find((c) => c.ref === parent) ?? plan.cites.find((c) => !c.ref && citedDocumentId(c) === parent);
      this.edge("derives-from", plan.id, this.planId(parent, citation), { type: "derives-from", statedBy: "plan" });
    }
  }

  /** The node a citation names: its `ref`, a known node with the same code and year, or a new document node. */
  citation(citation: Citation): string {
    if (citation.ref) return this.planId(citation.ref, citation);
    // the first loaded or corpus plan, else referenced plan, else node of the graph, that is the
    // same document (looked up by code and year, not by scanning them all: a corpus cites much)
    const known = this.knownDocuments();
    const document = known.plans.find(citation) ?? known.references.find(citation);
    if (document !== undefined) return this.planId(document);
    const existing = this.nodes.find(citation);
    if (existing !== undefined) return existing;
    const base = citedDocumentId(citation);
    let id = base;
    if (this.graph.hasNode(id) || this.loaded.has(id) || this.corpus.has(id) || this.references.has(id)) id = `${base}-${slug(citation.issuer ?? "") || "other"}`;
    for (let n = 2; this.graph.hasNode(id); n++) id = `${base}-${n}`;
    this.addNode(id, {
      kind: "document",
      loaded: false,
      label: `${citation.kind} ${citation.code}`,
      code: citation.code,
      documentKind: citation.kind,
      issuer: citation.issuer,
      date: citation.date,
      level: null,
    });
    return id;
  }

  cites(plan: Plan): void {
    for (const citation of plan.cites) {
      const target = this.citation(citation);
      this.edge("cites", plan.id, target, { type: "cites", documentKind: citation.kind, code: citation.code });
    }
  }

  tasks(plan: Plan): void {
    for (const task of plan.tasks) {
      if (this.source.keepTask && !this.source.keepTask(task)) continue;
      if (!this.graph.hasNode(task.id)) this.graph.addNode(task.id, taskNode(task, plan.id));
      this.edge("contains", plan.id, task.id, { type: "contains" });
    }
  }

  links(plan: Plan, target: Plan): void {
    const ids = new Set(plan.tasks.map((t) => t.id));
    const targets = new Set(target.tasks.map((t) => t.id));
    const concerns = (p: { local: string; national: string }) => ids.has(p.local) && targets.has(p.national);
    const overrides = this.options.overrides;
    const result = this.source.links(plan, target, overrides && { pin: overrides.pin?.filter(concerns), forbid: overrides.forbid?.filter(concerns) });
    for (const l of result.links) {
      if (!this.graph.hasNode(l.local) || !this.graph.hasNode(l.national)) continue;
      this.edge("implements", l.local, l.national, {
        type: "implements",
        score: l.score,
        strength: l.strength,
        evidence: l.evidence.summary,
        origin: l.evidence.origin,
        toPlan: target.id,
      });
    }
  }
}

/** A plan node for a document known only from a citation that names it as a plan (`ref` set). */
function citedPlanNode(citation: Citation): PlanNodeAttributes {
  return {
    kind: "plan",
    loaded: false,
    label: `${citation.code}${citation.issuer ? ` · ${citation.issuer}` : ""}`,
    code: citation.code,
    documentKind: citation.kind,
    title: null,
    issuer: citation.issuer,
    level: null,
    date: citation.date,
    place: null,
    tasks: 0,
    origin: "citation",
  };
}

/** A plan node known only by an id in some plan's `parents`. */
function bareNode(id: string): PlanNodeAttributes {
  return { kind: "plan", loaded: false, label: id, code: null, documentKind: null, title: null, issuer: null, level: null, date: null, place: null, tasks: 0, origin: "id" };
}

/**
 * The lineage graph of plans (all built-in plans by default), a graphology
 * `MultiDirectedGraph` (see {@link LineageGraph}):
 *
 * - plan nodes keyed by plan id: the given plans, the root and every ancestor the corpus holds
 *   (`loaded: true`, with their tasks), and referenced-only plans (seeds/references.json, or known
 *   only from a `parents` id or a citation's `ref`; `loaded: false`);
 * - `document` nodes for the other documents plans cite (id rule: {@link citedDocumentId}; a
 *   citation without `ref` whose code and year match a known plan points to that plan);
 * - task nodes keyed by task id;
 * - edges `derives-from` (child → parent, only those `plan.parents` or a referenced plan's
 *   `parents` state), `contains` (plan → task), `cites` (plan → cited document or plan) and
 *   `implements` (local task → national task, from {@link link}, with `score`, `strength`,
 *   `evidence`; with `multiHop` also to the tasks of loaded parent plans).
 *
 * Nothing is cached between calls (the linker caches its own target index).
 *
 * @example
 * const graph = lineage();
 * graph.outNeighbors("ninh-hoa-2022");                 // ["khanh-hoa-1403-2022", …cited documents]
 * graph.getEdgeAttribute("implements:hue-2022:VI.12->qd-06-2022:V.11", "score"); // 0.991
 * lineage(["hue-2026"], { tasks: false }).order;       // hue-2026, hue-2022, its parents, the root, cited documents
 */
export function lineage(plansOrIds?: PlanSelection, options: LineageOptions = {}): LineageGraph {
  const root = options.root === undefined ? rootPlan : resolvePlan(options.root);
  return lineageOf(loadedPlans(plansOrIds, root), root, options, linkerSource);
}

/**
 * The lineage graph of loaded plans (see {@link loadedPlans}) with links and tasks from a source:
 * what {@link lineage} builds with the linker, and a link store with the links it holds.
 *
 * @example
 * lineageOf(loadedPlans(["hue-2026"], rootPlan), rootPlan, { multiHop: false }, { links: (plan, to) => link(plan, { to }) });
 */
export function lineageOf(loaded: Map<string, Plan>, root: Plan, options: LineageOptions, source: LineageSource): LineageGraph {
  const builder = new Builder(loaded, root, options, source);
  const withTasks = options.tasks ?? true;
  for (const plan of loaded.values()) builder.plan(plan);
  if (options.cites ?? true) for (const plan of loaded.values()) builder.cites(plan);
  if (withTasks) for (const plan of loaded.values()) builder.tasks(plan);
  if (withTasks && (options.links ?? true)) {
    for (const plan of loaded.values()) {
      if (plan.id === root.id) continue;
      builder.links(plan, root);
      if (options.multiHop ?? true) {
        for (const parent of plan.parents) {
          const target = loaded.get(parent);
          if (target && target.id !== root.id) builder.links(plan, target);
        }
      }
    }
  }
  return builder.graph;
}

/**
 * The graph in graphology's serialisation format (`graph.export()`), as JSON; read it back with
 * `MultiDirectedGraph.from(JSON.parse(json))` or `graph.import(…)`.
 *
 * @example
 * const copy = MultiDirectedGraph.from(JSON.parse(toJSON(lineage(["hue-2022"]))));
 * copy.hasEdge("derives-from:hue-2022->thua-thien-hue-80-2022"); // true
 */
export function toJSON(graph: LineageGraph, indent?: number): string {
  return JSON.stringify(graph.export(), null, indent);
}
