import { resolvePlan, rootPlan } from "../corpus/index";
import type { Link, LinkResult } from "../model/link";
import type { Plan } from "../model/plan";
import { type Candidate, prepareLocal, scoreCandidate, sectionAffinities } from "./score";
import { buildTargetIndex, type TargetIndex } from "./target-index";

/** A pair of task ids an analyst pins or forbids. */
export interface LinkPair {
  local: string;
  national: string;
}

/** Options of {@link link}. */
export interface LinkOptions {
  /** The plan to link to (a plan or id); the national root by default. */
  to?: Plan | string;
  /** Analysts' corrections: `pin` forces links (score 1, origin "pinned"), `forbid` removes them. */
  overrides?: { pin?: readonly LinkPair[]; forbid?: readonly LinkPair[] };
  /** Replaces some of {@link LINK_THRESHOLDS} (for experiments; the defaults are the measured ones). */
  thresholds?: Partial<LinkThresholds>;
}

/** The thresholds of the linker: one fixed set for every plan (see scripts/eval.ts). */
export const LINK_THRESHOLDS: Readonly<LinkThresholds> = Object.freeze({
  /** A candidate below this score is never linked. */
  link: 0.4,
  /** A link at or above this score is `strong` (a confident link); below, `weak`. */
  strong: 0.45,
  /** Further links of the same local task must score at least this share of the best one. */
  secondaryRatio: 0.8,
  /** A link needs at least this anchor strength (a distinctive term both tasks use) … */
  anchors: 0.01,
  /** … unless the wordings are this alike (a near-verbatim copy of a task without distinctive object). */
  copy: 0.7,
  /** How many runner-up candidates the evidence lists. */
  runnersUp: 3,
});

/** The thresholds {@link link} decides with. */
export interface LinkThresholds {
  link: number;
  strong: number;
  secondaryRatio: number;
  anchors: number;
  copy: number;
  runnersUp: number;
}

const indexes = new WeakMap<Plan, TargetIndex>();

/** The target index of a plan, built once per plan object. */
export function targetIndexOf(plan: Plan): TargetIndex {
  let index = indexes.get(plan);
  if (!index) {
    index = buildTargetIndex(plan);
    indexes.set(plan, index);
  }
  return index;
}

function candidatesFor(index: TargetIndex, affinities: Map<string, Map<string, number>>) {
  return (task: Plan["tasks"][number]): Candidate[] => {
    const local = prepareLocal(index, task);
    const seen = new Set<number>();
    const postings = index.statistics[local.form].postings;
    for (const term of local.terms.keys()) for (const i of postings.get(term) ?? []) seen.add(i);
    const affinity = affinities.get(task.section);
    return [...seen]
      .map((i) => {
        const target = index.tasks[i]!;
        return scoreCandidate(index, local, target, affinity?.get(target.task.section) ?? 0);
      })
      .sort((a, b) => b.score - a.score || a.target.task.id.localeCompare(b.target.task.id));
  };
}

function toLink(localId: string, chosen: Candidate, all: Candidate[], thresholds: LinkThresholds): Link {
  const components = Object.fromEntries(Object.entries(chosen.components).map(([k, v]) => [k, round(v)]));
  const distinctive = chosen.shared.filter((s) => s.anchor || s.weight >= 1);
  const terms = (distinctive.length ? distinctive : chosen.shared.slice(0, 5)).map((s) => s.term);
  const runnersUp = all
    .filter((c) => c !== chosen)
    .slice(0, thresholds.runnersUp)
    .map((c) => ({ national: c.target.task.id, score: round(c.score) }));
  const score = round(chosen.score);
  return {
    local: localId,
    national: chosen.target.task.id,
    score,
    strength: score >= thresholds.strong ? "strong" : "weak",
    evidence: {
      sharedTerms: terms.slice(0, 12),
      components,
      runnersUp,
      origin: "matched",
      summary: `score ${score}: shares ${terms.slice(0, 5).map((t) => `"${t}"`).join(", ") || "no distinctive term"}; covers ${Math.round(chosen.components.objects * 100)}% of the target's distinctive terms and ${Math.round(chosen.components.context * 100)}% of the rest`,
    },
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Links each task of a plan to the national tasks (or, with `options.to`, another plan's tasks)
 * it implements. A local task may link to several targets (a merge) or none (a local
 * addition); every link carries a score in 0..1 and readable evidence: the distinctive shared
 * terms, the score's components and the runner-up candidates.
 *
 * @example
 * const { links, unlinked } = link("hue-2022");
 * links.find((l) => l.local === "hue-2022:VI.12")?.national // "qd-06-2022:V.11"
 */
export function link(planOrId: Plan | string, options: LinkOptions = {}): LinkResult {
  const plan = resolvePlan(planOrId);
  const target = options.to === undefined ? rootPlan : resolvePlan(options.to);
  const index = targetIndexOf(target);
  const affinities = sectionAffinities(index, plan.sections);
  const candidates = candidatesFor(index, affinities);
  const forbidden = new Set((options.overrides?.forbid ?? []).map((p) => `${p.local}\u0000${p.national}`));
  const thresholds = { ...LINK_THRESHOLDS, ...options.thresholds };
  const links: Link[] = [];
  for (const task of plan.tasks) {
    if (plan === target) break;
    const scored = candidates(task).filter((c) => !forbidden.has(`${task.id}\u0000${c.target.task.id}`));
    const best = scored[0];
    if (!best) continue;
    for (const candidate of scored) {
      const linkable =
        candidate.score >= thresholds.link &&
        candidate.score >= best.score * thresholds.secondaryRatio &&
        (candidate.components.anchors >= thresholds.anchors || candidate.components.wording >= thresholds.copy);
      if (linkable) links.push(toLink(task.id, candidate, scored, thresholds));
    }
  }
  for (const pin of options.overrides?.pin ?? []) {
    const existing = links.findIndex((l) => l.local === pin.local && l.national === pin.national);
    const pinned: Link = {
      local: pin.local,
      national: pin.national,
      score: 1,
      strength: "strong",
      evidence: { sharedTerms: [], components: {}, runnersUp: [], origin: "pinned", summary: "pinned by an override" },
    };
    if (existing >= 0) links[existing] = { ...links[existing]!, score: 1, strength: "strong", evidence: { ...links[existing]!.evidence, origin: "pinned" } };
    else links.push(pinned);
  }
  const linked = new Set(links.map((l) => l.local));
  return { plan: plan.id, to: target.id, links, unlinked: plan.tasks.map((t) => t.id).filter((id) => !linked.has(id)) };
}
