// Building a link store (src/lineage/store.ts): every plan of a corpus linked once, its links
// pushed into growing typed columns, the columns trimmed and handed to the store.
import { resolvePlan, rootPlan } from "../corpus/index";
import { type LinkOptions, link } from "../match/link";
import { PlanValidationError, TaskNotFoundError } from "../model/errors";
import type { LinkResult } from "../model/link";
import type { Plan } from "../model/plan";
import { LinkStore, PINNED, STRONG } from "./store";
import { Column, EvidenceTable } from "./store-columns";

/**
 * Progress of {@link linkCorpus}, reported after each plan.
 *
 * @example
 * linkCorpus(plans, { onProgress: ({ plans, total }) => process.stderr.write(`\r${plans}/${total}`) });
 */
export interface LinkCorpusProgress {
  /** Plans linked so far. */
  plans: number;
  /** Plans in the corpus (null when the corpus is an iterable of unknown length). */
  total: number | null;
  /** Local tasks of the plans linked so far. */
  tasks: number;
  /** Links (local task → target task) made so far. */
  links: number;
}

/**
 * Options of {@link linkCorpus}: those of {@link link} for every plan (the target, overrides,
 * thresholds), and a progress callback.
 *
 * @example
 * linkCorpus(["hue-2022", "hue-2026"], { overrides, onProgress: (p) => console.log(p.plans) });
 */
export interface LinkCorpusOptions extends Omit<LinkOptions, "evidence"> {
  /** Called after each plan is linked with the counts so far (plans, total, tasks, links); none by default. */
  onProgress?: (progress: LinkCorpusProgress) => void;
}

/**
 * Builds a {@link LinkStore} from link results made elsewhere (for instance in worker threads, one
 * per core: plans are independent): add each plan with its {@link LinkResult} in corpus order,
 * then `finish()`. What {@link linkCorpus} does with `link()` in one thread.
 *
 * @example
 * const builder = linkStoreBuilder();
 * for (const plan of plans) builder.add(plan, resultFromAWorker(plan.id));
 * const store = builder.finish();
 */
export interface LinkStoreBuilder {
  /** The plan linked to (the national root unless `to` said otherwise). */
  readonly target: Plan;
  /**
   * Adds a plan and its links to the target (a `LinkResult` of this plan to `target`, as
   * `link(plan, { to: target })` returns it, from any thread). Throws `PlanValidationError` for a
   * second plan with one id or a result of another plan or target, and `TaskNotFoundError` for a
   * link naming a task neither plan has.
   */
  add(plan: Plan | string, result: LinkResult): void;
  /** The store of the plans added (the builder cannot be used after). */
  finish(): LinkStore;
}

/**
 * A {@link LinkStoreBuilder} for links to `to` (a plan or id; the national root by default).
 *
 * @example
 * const builder = linkStoreBuilder({ to: "hue-2022" });
 * builder.add("hue-2026", link("hue-2026", { to: "hue-2022" }));
 * builder.finish().links("hue-2026").links.length; // what link() gave
 */
export function linkStoreBuilder(options: { to?: Plan | string } = {}): LinkStoreBuilder {
  const target = options.to === undefined ? rootPlan : resolvePlan(options.to);
  const targetIndex = new Map(target.tasks.map((t, i) => [t.id, i]));
  const plans: Plan[] = [];
  const ids = new Set<string>();
  const taskStart = new Column(Int32Array);
  const linkStart = new Column(Int32Array);
  const local = new Column(Int32Array);
  const national = new Column(Int32Array);
  const score = new Column(Float64Array);
  const flags = new Column(Uint8Array);
  const evidence = new EvidenceTable(
    (id) => targetIndex.get(id) ?? -1,
    (i) => target.tasks[i]!.id,
  );
  taskStart.push(0);
  linkStart.push(0);
  let finished = false;
  const invalid = (message: string, field = "") => new PlanValidationError("the corpus", [{ path: `[${plans.length}]${field}`, message }]);
  return {
    target,
    add(planOrId, result) {
      if (finished) throw invalid("the store is finished: no plan can be added");
      const plan = resolvePlan(planOrId);
      if (ids.has(plan.id)) throw invalid(`a second plan with id "${plan.id}"`, ".id");
      if (result.plan !== plan.id || result.to !== target.id) throw invalid(`the links given for ${plan.id} are those of ${result.plan} to ${result.to}, not to ${target.id}`);
      const taskIndex = new Map(plan.tasks.map((t, i) => [t.id, i]));
      for (const l of result.links) {
        if (!taskIndex.has(l.local)) throw new TaskNotFoundError(l.local, plan.id, "a link names it");
        if (!targetIndex.has(l.national)) throw new TaskNotFoundError(l.national, target.id, "a link names it");
      }
      ids.add(plan.id);
      const first = taskStart.data[plans.length]!;
      for (const l of result.links) {
        local.push(first + taskIndex.get(l.local)!);
        national.push(targetIndex.get(l.national)!);
        score.push(l.score);
        flags.push((l.strength === "strong" ? STRONG : 0) | (l.evidence.origin === "pinned" ? PINNED : 0));
        evidence.add(l.evidence);
      }
      plans.push(plan);
      taskStart.push(first + plan.tasks.length);
      linkStart.push(score.length);
    },
    finish() {
      if (finished) throw invalid("the store is finished already");
      finished = true;
      evidence.trim();
      return new LinkStore({
        plans,
        target,
        taskStart: taskStart.trim(),
        linkStart: linkStart.trim(),
        local: local.trim(),
        national: national.trim(),
        score: score.trim(),
        flags: flags.trim(),
        evidence,
      });
    },
  };
}

/**
 * Links every plan of a corpus to the national root (or `options.to`) with {@link link} and keeps
 * the links in a {@link LinkStore}: typed columns of about 120 bytes per link (10,000 generated plans), evidence
 * included, that answer descendants, ancestors, any plan's links and coverage, and slice graphs
 * without linking again. Plans are linked one after another; each plan's {@link LinkResult} is
 * dropped once stored (to spread a large corpus over the machine's cores, link plans in worker
 * threads and store the results with {@link linkStoreBuilder}: examples/link-corpus-workers.mjs).
 * Throws `PlanValidationError` for two plans with one id.
 *
 * @example
 * const store = linkCorpus(myPlans, { onProgress: ({ plans, total }) => console.log(`${plans}/${total}`) });
 * for (const plan of store.plans) console.log(plan.id, store.coverage(plan).totals.coveredRatio);
 * store.descendants("qd-06-2022:V.11").length; // local tasks implementing V.11 across the corpus
 */
export function linkCorpus(plansOrIds: Iterable<Plan | string>, options: LinkCorpusOptions = {}): LinkStore {
  const { onProgress, ...linkOptions } = options;
  const builder = linkStoreBuilder({ to: linkOptions.to });
  const total = Array.isArray(plansOrIds) ? plansOrIds.length : null;
  let count = 0;
  let tasks = 0;
  let links = 0;
  for (const planOrId of plansOrIds) {
    const plan = resolvePlan(planOrId);
    // every link's evidence is stored: made while linking, not read back later
    const result = link(plan, { ...linkOptions, to: builder.target, evidence: "with-links" });
    builder.add(plan, result);
    count++;
    tasks += plan.tasks.length;
    links += result.links.length;
    onProgress?.({ plans: count, total, tasks, links });
  }
  return builder.finish();
}
