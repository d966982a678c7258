// Building a link store (src/lineage/store.ts): every plan of a corpus linked once, its links
// pushed into growing typed columns, the columns trimmed and handed to the store.
import { resolvePlan, rootPlan } from "../corpus/index";
import { type LinkOptions, link } from "../match/link";
import { PlanValidationError } from "../model/errors";
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
export interface LinkCorpusOptions extends LinkOptions {
  /** Called after each plan is linked with the counts so far (plans, total, tasks, links); none by default. */
  onProgress?: (progress: LinkCorpusProgress) => void;
}

/**
 * Links every plan of a corpus to the national root (or `options.to`) with {@link link} and keeps
 * the links in a {@link LinkStore}: typed columns of about 120 bytes per link (10,000 generated plans), evidence
 * included, that answer descendants, ancestors, any plan's links and coverage, and slice graphs
 * without linking again. Plans are linked one after another; each plan's {@link LinkResult} is
 * dropped once stored. Throws `PlanValidationError` for two plans with one id.
 *
 * @example
 * const store = linkCorpus(myPlans, { onProgress: ({ plans, total }) => console.log(`${plans}/${total}`) });
 * for (const plan of store.plans) console.log(plan.id, store.coverage(plan).totals.coveredRatio);
 * store.descendants("qd-06-2022:V.11").length; // local tasks implementing V.11 across the corpus
 */
export function linkCorpus(plansOrIds: Iterable<Plan | string>, options: LinkCorpusOptions = {}): LinkStore {
  const { onProgress, ...linkOptions } = options;
  const target = linkOptions.to === undefined ? rootPlan : resolvePlan(linkOptions.to);
  const targetIndex = new Map(target.tasks.map((t, i) => [t.id, i]));
  const total = Array.isArray(plansOrIds) ? plansOrIds.length : null;
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
  for (const planOrId of plansOrIds) {
    const plan = resolvePlan(planOrId);
    if (ids.has(plan.id)) throw new PlanValidationError("the corpus", [{ path: `[${plans.length}].id`, message: `a second plan with id "${plan.id}"` }]);
    ids.add(plan.id);
    const result = link(plan, { ...linkOptions, to: target });
    const taskIndex = new Map(plan.tasks.map((t, i) => [t.id, i]));
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
    onProgress?.({ plans: plans.length, total, tasks: first + plan.tasks.length, links: score.length });
  }
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
}
