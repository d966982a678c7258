// A corpus-scale link store: the links of every plan of a corpus to one target plan, in typed
// columns (issue 23). A task-level lineage graph of 10,000 plans needs gigabytes (graphology holds
// ~420 bytes per edge before attributes); the store holds a link in about 120 bytes, evidence included, and builds a
// graph only for the slice a picture or a traversal needs.
import { type CoverageReport, coverage } from "../analysis/coverage";
import { PlanNotFoundError, TaskNotFoundError } from "../model/errors";
import type { Link, LinkResult } from "../model/link";
import type { Plan } from "../model/plan";
import { type LineageSource, lineageOf } from "./graph";
import type { EvidenceTable } from "./store-columns";
import type { LineageGraph } from "./types";

/**
 * Which part of a store {@link LinkStore.graph} draws: some plans (with their ancestors the store
 * holds), a plan and every plan that derives from it (a province's), one target task and the
 * tasks that implement it across the corpus, or every plan without tasks (plan-level lineage).
 *
 * @example
 * const slices: StoreSlice[] = [{ plan: "hue-2026" }, { province: "syn-p3" }, { national: "qd-06-2022:V.11" }, { level: "plan" }];
 */
export type StoreSlice =
  | {
      /** One plan (or its id), drawn with the ancestors the store holds. */
      plan: Plan | string;
    }
  | {
      /** Several plans (or their ids), drawn with the ancestors the store holds. */
      plans: readonly (Plan | string)[];
    }
  | {
      /** A plan (or its id, e.g. a province's plan) drawn with every plan of the store that derives from it, directly or not. */
      province: Plan | string;
    }
  | {
      /** A target task's id, e.g. "qd-06-2022:V.11": drawn with the local tasks that implement it across the corpus. */
      national: string;
    }
  | {
      /** "plan": every plan of the store, without tasks (plan-level lineage). */
      level: "plan";
    };

/** Flags of a stored link. */
export const STRONG = 1;
export const PINNED = 2;

/**
 * The links of every plan of a corpus to one target plan (the national root by default), kept in
 * typed columns: for each link the local task (an index over the corpus's tasks), the target task
 * (an index into the target's tasks), the score, strength and origin, and its evidence (a row of an
 * internal evidence table, at the link's index). It answers, without linking again: any plan's
 * {@link LinkResult} (equal to what {@link link} returns with the same options) and
 * {@link coverage}; the local tasks that implement a target task across the corpus; the target
 * tasks a local task implements; and a lineage graph (graphology) of any slice. Build it with
 * {@link linkCorpus}.
 *
 * @example
 * const store = linkCorpus(plans.slice(1));
 * store.descendants("qd-06-2022:V.11"); // ["bac-giang-2022:III.6.1", "hue-2022:VI.12", "hue-2022:VI.19"]
 * store.ancestors("hue-2022:VI.12");    // ["qd-06-2022:V.11"]
 * store.coverage("hue-2022").totals;    // as coverage("hue-2022") computes it, without linking
 */
export class LinkStore {
  /** The plans, in the order they were linked. */
  readonly plans: readonly Plan[];
  /** The plan linked to. */
  readonly target: Plan;
  readonly #planIndex: Map<string, number>;
  readonly #targetIndex: Map<string, number>;
  /** Plan p's tasks are [taskStart[p], taskStart[p + 1]) of the corpus's tasks; its links [linkStart[p], linkStart[p + 1]). */
  readonly #taskStart: Int32Array;
  readonly #linkStart: Int32Array;
  /** Per link: local task (corpus index), target task (target index), score, flags (strong, pinned). */
  readonly #local: Int32Array;
  readonly #national: Int32Array;
  readonly #score: Float64Array;
  readonly #flags: Uint8Array;
  readonly #evidence: EvidenceTable;
  /** Links by target task: those of target task n are #byNational[#nationalStart[n] … #nationalStart[n + 1]). */
  readonly #nationalStart: Int32Array;
  readonly #byNational: Int32Array;

  /** @internal Built by {@link linkCorpus}. */
  constructor(parts: {
    plans: Plan[];
    target: Plan;
    taskStart: Int32Array;
    linkStart: Int32Array;
    local: Int32Array;
    national: Int32Array;
    score: Float64Array;
    flags: Uint8Array;
    evidence: EvidenceTable;
  }) {
    this.plans = parts.plans;
    this.target = parts.target;
    this.#planIndex = new Map(parts.plans.map((p, i) => [p.id, i]));
    this.#targetIndex = new Map(parts.target.tasks.map((t, i) => [t.id, i]));
    this.#taskStart = parts.taskStart;
    this.#linkStart = parts.linkStart;
    this.#local = parts.local;
    this.#national = parts.national;
    this.#score = parts.score;
    this.#flags = parts.flags;
    this.#evidence = parts.evidence;
    // counting sort of the links by target task (stable: plan order, then link order)
    const starts = new Int32Array(parts.target.tasks.length + 1);
    for (const n of parts.national) starts[n + 1]!++;
    for (let n = 0; n < parts.target.tasks.length; n++) starts[n + 1]! += starts[n]!;
    const next = starts.slice(0, -1);
    const byNational = new Int32Array(parts.national.length);
    parts.national.forEach((n, i) => (byNational[next[n]!++] = i));
    this.#nationalStart = starts;
    this.#byNational = byNational;
  }

  /** Number of links. */
  get size(): number {
    return this.#score.length;
  }

  /** Number of local tasks of all plans. */
  get tasks(): number {
    return this.#taskStart[this.plans.length]!;
  }

  /** Bytes held by the store's columns and evidence (the plans themselves aside). */
  get bytes(): number {
    const columns = [this.#taskStart, this.#linkStart, this.#local, this.#national, this.#score, this.#flags, this.#nationalStart, this.#byNational];
    return columns.reduce((sum, c) => sum + c.byteLength, 0) + this.#evidence.bytes;
  }

  /** Whether the store holds this plan. */
  has(planOrId: Plan | string): boolean {
    return this.#planIndex.has(typeof planOrId === "string" ? planOrId : planOrId.id);
  }

  #planOf(planOrId: Plan | string): number {
    const id = typeof planOrId === "string" ? planOrId : planOrId.id;
    const p = this.#planIndex.get(id);
    if (p === undefined) {
      const shown = this.plans.slice(0, 20).map((plan) => plan.id);
      throw new PlanNotFoundError(id, this.plans.length > shown.length ? [...shown, `… ${this.plans.length - shown.length} more in the store`] : shown);
    }
    return p;
  }

  /** The local task's id of corpus task index g (of plan p). */
  #taskId(g: number, p: number): string {
    return this.plans[p]!.tasks[g - this.#taskStart[p]!]!.id;
  }

  #link(i: number, p: number): Link {
    const flags = this.#flags[i]!;
    return {
      local: this.#taskId(this.#local[i]!, p),
      national: this.target.tasks[this.#national[i]!]!.id,
      score: this.#score[i]!,
      strength: flags & STRONG ? "strong" : "weak",
      evidence: this.#evidence.get(i),
    };
  }

  /**
   * A plan's links as {@link link} returned them when the store was built (same options), without
   * linking again.
   *
   * @example
   * store.links("hue-2022").links.length; // 45, as link("hue-2022").links.length
   */
  links(planOrId: Plan | string): LinkResult {
    return this.#result(this.#planOf(planOrId));
  }

  /** Plan p's links (those to target task `only`, when given: what a national slice draws). */
  #result(p: number, only?: number): LinkResult {
    const plan = this.plans[p]!;
    const links: Link[] = [];
    for (let i = this.#linkStart[p]!; i < this.#linkStart[p + 1]!; i++) if (only === undefined || this.#national[i] === only) links.push(this.#link(i, p));
    const linked = new Set(links.map((l) => l.local));
    return { plan: plan.id, to: this.target.id, links, unlinked: plan.tasks.map((t) => t.id).filter((id) => !linked.has(id)) };
  }

  /**
   * A plan's {@link coverage} of the target from the stored links (no linking).
   *
   * @example
   * store.coverage("hue-2022").toMarkdown();
   */
  coverage(planOrId: Plan | string): CoverageReport {
    const plan = this.plans[this.#planOf(planOrId)]!;
    return coverage(plan, { to: this.target, links: this.links(plan) });
  }

  /**
   * The local tasks, across every plan of the store, linked to a target task (in plan order).
   * Throws `TaskNotFoundError` for an id the target does not have.
   *
   * @example
   * store.descendants("qd-06-2022:V.11"); // ["bac-giang-2022:III.6.1", "hue-2022:VI.12", "hue-2022:VI.19"]
   */
  descendants(targetTaskId: string): string[] {
    const n = this.#targetIndex.get(targetTaskId);
    if (n === undefined) throw new TaskNotFoundError(targetTaskId, this.target.id, "no descendants");
    const out: string[] = [];
    let p = 0;
    for (let k = this.#nationalStart[n]!; k < this.#nationalStart[n + 1]!; k++) {
      const i = this.#byNational[k]!;
      while (this.#linkStart[p + 1]! <= i) p++; // links of later plans come later
      out.push(this.#taskId(this.#local[i]!, p));
    }
    return out;
  }

  /**
   * The target tasks a local task is linked to (best first, as {@link link} orders them). Throws
   * `PlanNotFoundError` for a plan the store does not hold and `TaskNotFoundError` for a task its
   * plan does not have.
   *
   * @example
   * store.ancestors("hue-2022:VI.12"); // ["qd-06-2022:V.11"]
   */
  ancestors(localTaskId: string): string[] {
    const colon = localTaskId.indexOf(":");
    const p = this.#planOf(colon < 0 ? localTaskId : localTaskId.slice(0, colon));
    const t = this.plans[p]!.tasks.findIndex((task) => task.id === localTaskId);
    if (t < 0) throw new TaskNotFoundError(localTaskId, this.plans[p]!.id, "no ancestors");
    const g = this.#taskStart[p]! + t;
    const out: string[] = [];
    for (let i = this.#linkStart[p]!; i < this.#linkStart[p + 1]!; i++) if (this.#local[i] === g) out.push(this.target.tasks[this.#national[i]!]!.id);
    return out;
  }

  /**
   * A lineage graph (the shape of {@link lineage}'s: plan, task and document nodes; `derives-from`,
   * `contains`, `cites` and `implements` edges) of a slice of the store, with the stored links:
   * some plans with their ancestors the store holds (the graph `lineage(plans, { multiHop: false })`
   * draws, when the store links to the root); a plan and every plan deriving from it; a target
   * task with the tasks that implement it and their plans; or every plan without tasks.
   *
   * @example
   * store.graph({ plan: "hue-2026" }).order;
   * store.graph({ national: "qd-06-2022:V.11" }).inDegree("qd-06-2022:V.11");
   * store.graph({ level: "plan" }).size; // derives-from and cites edges of every plan
   */
  graph(slice: StoreSlice, options: { cites?: boolean } = {}): LineageGraph {
    const cites = options.cites ?? true;
    const source: LineageSource = { links: (plan) => (this.has(plan) ? this.links(plan) : { plan: plan.id, to: this.target.id, links: [], unlinked: [] }) };
    if ("level" in slice) return lineageOf(this.#loaded(this.plans), this.target, { tasks: false, cites }, source);
    if ("national" in slice) {
      const local = new Set(this.descendants(slice.national));
      const plans = [...new Set([...local].map((id) => this.plans[this.#planIndex.get(id.slice(0, id.indexOf(":")))!]!))];
      const n = this.#targetIndex.get(slice.national)!;
      source.links = (plan) => (this.has(plan) ? this.#result(this.#planOf(plan), n) : { plan: plan.id, to: this.target.id, links: [], unlinked: [] });
      source.keepTask = (task) => local.has(task.id) || task.id === slice.national;
      return lineageOf(this.#loaded(plans), this.target, { multiHop: false, cites }, source);
    }
    const plans =
      "plan" in slice ? [this.plans[this.#planOf(slice.plan)]!] : "plans" in slice ? slice.plans.map((p) => this.plans[this.#planOf(p)]!) : this.#family(this.plans[this.#planOf(slice.province)]!);
    return lineageOf(this.#loaded(plans), this.target, { multiHop: false, cites }, source);
  }

  /** A plan and every plan of the store that derives from it, directly or not. */
  #family(head: Plan): Plan[] {
    const children = new Map<string, Plan[]>();
    for (const plan of this.plans) for (const parent of plan.parents) children.set(parent, [...(children.get(parent) ?? []), plan]);
    const family = new Map<string, Plan>([[head.id, head]]);
    for (const plan of family.values()) for (const child of children.get(plan.id) ?? []) if (!family.has(child.id)) family.set(child.id, child);
    return [...family.values()];
  }

  /** The target, the plans and their ancestors the store holds: the plans whose tasks a graph draws. */
  #loaded(plans: readonly Plan[]): Map<string, Plan> {
    const loaded = new Map<string, Plan>([[this.target.id, this.target]]);
    const queue = [...plans];
    for (let plan = queue.shift(); plan; plan = queue.shift()) {
      if (loaded.has(plan.id)) continue;
      loaded.set(plan.id, plan);
      for (const parent of plan.parents) {
        const p = this.#planIndex.get(parent);
        if (p !== undefined && !loaded.has(parent)) queue.push(this.plans[p]!);
      }
    }
    return loaded;
  }
}
