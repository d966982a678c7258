import type { Link, LinkPair, LinkResult } from "../model/link";
import type { Plan } from "../model/plan";
import type { Task } from "../model/task";
import { abbreviationExpander, type PlanAbbreviation } from "../text/plan-abbreviations";
import type { WordBoundaries } from "../text/word-boundaries";
import { createWordReader } from "../text/word-reader";
import { type Decision, decide, rankCompatible, rankedEvidence } from "./decide";
import { toLink } from "./link-evidence";
import { createLinkMemo, decisionKey, type LinkMemo, type MemoLimits, sectionAffinityOf, wordingOf } from "./link-memo";
import type { EvidenceTiming } from "./options";
import { Ranker } from "./rank";
import { targetIndexFor } from "./root-index";
import { LINK_THRESHOLDS, type LinkThresholds } from "./score-table";
import { SectorReader } from "./sector";
import type { TargetIndex } from "./target-index";
import { rankedEvidenceOf, rememberedEvidence, textRankingOf } from "./text-ranking";

/**
 * Options of {@link createLinker}: what the linker learns from and how much it remembers.
 *
 * @example
 * createLinker(rootPlan, { wordBoundaries: learnWordBoundaries(myTexts), memo: { wordings: 10_000 } });
 */
export interface LinkerOptions {
  /** Word statistics (which two-word terms stand across a word boundary); `DEFAULT_WORD_BOUNDARIES` when not given. */
  wordBoundaries?: WordBoundaries;
  /** Bounds of the decision memo (each part is forgotten all at once when full). */
  memo?: Partial<MemoLimits>;
}

/**
 * What one call of {@link Linker.link} may change: thresholds and analysts' corrections, both
 * already checked (`link()` checks them, see options.ts).
 *
 * @example
 * linker.link(plan, { thresholds: { link: 0.6 } });
 */
export interface LinkCall {
  /** Replaces some of `LINK_THRESHOLDS` for this call (checked by `link()`). */
  thresholds?: Partial<LinkThresholds>;
  /** Pairs from this plan's tasks to the target's (pairs of other plans are left to the caller). */
  pin?: readonly LinkPair[];
  /** Pairs never to link, whatever their score (an analyst's corrections). */
  forbid?: readonly LinkPair[];
  /**
   * The plan's own abbreviations ("TTPVHCC" for "Trung tâm Phục vụ hành chính công"), written out
   * in its task texts before they are read (beside the built-in ones, which always apply).
   */
  abbreviations?: readonly PlanAbbreviation[];
  /** When the links' shared phrases are made (see `LinkOptions.evidence`): when first read by default. */
  evidence?: EvidenceTiming;
}

/**
 * A linker for one target plan: it owns the target's index (vocabulary, word statistics, term
 * tables), the reader of local texts, and a bounded memo of decisions by wording. Linking a plan
 * never changes how another links: the memo only saves work (a fresh linker and a used one give
 * the same links).
 *
 * @example
 * const linker = createLinker(rootPlan);
 * for (const plan of plans) console.log(plan.id, linker.link(plan).links.length);
 */
export interface Linker {
  /** The plan this linker links to (usually the national root), indexed when the linker was made. */
  readonly target: Plan;
  /** The links of a plan's tasks to the target's tasks (what `link(plan, { to: target })` returns). */
  link(plan: Plan, call?: LinkCall): LinkResult;
}

/**
 * Creates a {@link Linker} for a target plan (usually the national root). The target is indexed
 * at once (the built-in root with the default word boundaries: its index is read from the package,
 * see `targetIndexFor`); keep the linker to link many plans to the same target.
 *
 * @example
 * const linker = createLinker(rootPlan);
 * linker.link(getPlan("hue-2022")).links.find((l) => l.local === "hue-2022:VI.12")?.national // "qd-06-2022:V.11"
 */
export function createLinker(target: Plan, options: LinkerOptions = {}): Linker {
  const reader = createWordReader();
  const index = targetIndexFor(target, { reader, wordBoundaries: options.wordBoundaries });
  const ranker = new Ranker(index, reader, new SectorReader());
  const memo = createLinkMemo(options.memo);
  return {
    target,
    link: (plan, call = {}) => linkPlan(index, ranker, memo, plan, call),
  };
}

/** The links of one plan by a linker's parts (see {@link Linker.link}). */
function linkPlan(index: TargetIndex, ranker: Ranker, memo: LinkMemo, plan: Plan, call: LinkCall): LinkResult {
  const target = index.plan;
  const sectionTitles = new Map(plan.sections.map((section) => [section.ref, section.title]));
  const forbidden = new Set((call.forbid ?? []).map((p) => `${p.local}\u0000${p.national}`));
  const thresholds = { ...LINK_THRESHOLDS, ...call.thresholds };
  const links: Link[] = [];
  const expand = call.abbreviations?.length ? abbreviationExpander(call.abbreviations) : null;
  const idOf = (i: number) => index.tasks[i]!.task.id;
  // With the default thresholds and nothing forbidden, a task's decision depends only on its
  // text, agencies and section: repeated wordings (plans copy each other) are decided once.
  const remember = call.thresholds === undefined && forbidden.size === 0;
  const withLinks = call.evidence === "with-links";
  for (const written of plan.tasks) {
    if (plan === target) break;
    const text = expand ? expand(written.text) : written.text;
    const task = text === written.text ? written : { ...written, text };
    const title = sectionTitles.get(task.section);
    const section = title === undefined ? null : sectionAffinityOf(index, memo, title);
    let decisions: readonly Decision[];
    if (!remember) {
      const isForbidden = forbidden.size ? (i: number) => forbidden.has(`${task.id}\u0000${idOf(i)}`) : null;
      const local = ranker.prepare(task);
      decisions = decide(ranker, rankCompatible(ranker, local, section?.row ?? null), thresholds, isForbidden, rankedEvidence(ranker, withLinks), local.systems);
    } else decisions = remembered(ranker, memo, task, section, thresholds, withLinks);
    for (const d of decisions) links.push(toLink(task.id, d, idOf, task.text));
  }
  for (const pin of call.pin ?? []) {
    const existing = links.findIndex((l) => l.local === pin.local && l.national === pin.national);
    const pinned: Link = {
      local: pin.local,
      national: pin.national,
      score: 1,
      strength: "strong",
      evidence: { sharedTerms: [], components: {}, runnersUp: [], origin: "pinned", summary: pin.note ? `pinned by an override: ${pin.note}` : "pinned by an override" },
    };
    if (existing >= 0) links[existing] = { ...links[existing]!, score: 1, strength: "strong", evidence: { ...links[existing]!.evidence, origin: "pinned" } };
    else links.push(pinned);
  }
  const linked = new Set<string>();
  for (const l of links) linked.add(l.local);
  const unlinked: string[] = [];
  for (const t of plan.tasks) if (!linked.has(t.id)) unlinked.push(t.id);
  return { plan: plan.id, to: target.id, links, unlinked };
}

/**
 * A task's decisions through the memo, which pays only for repeats: a wording seen for the first
 * or second time is ranked and decided and only its hash is kept; seen a third time, its ranking
 * (the text part of each candidate's score, and the sources of the evidence phrases of those that
 * can link) is kept, and each task of that wording is then decided by adding its section and
 * agencies (`Ranker.rescore`).
 */
function remembered(ranker: Ranker, memo: LinkMemo, task: Task, section: ReturnType<typeof sectionAffinityOf>, thresholds: LinkThresholds, withLinks: boolean): readonly Decision[] {
  const row = section?.row ?? null;
  const { wording, words } = wordingOf(memo, ranker, task.text);
  if (!wording) {
    // first or second sight: decided as when nothing is remembered
    const local = ranker.prepare(task, words);
    return decide(ranker, rankCompatible(ranker, local, row), thresholds, null, rankedEvidence(ranker, withLinks), local.systems);
  }
  const key = decisionKey(ranker.sectors, task, section);
  let decisions = wording.decisions.get(key);
  if (decisions) return decisions;
  const { ranking } = wording;
  if (ranking) decisions = decide(ranker, ranker.rescore(task, ranking.targets, ranking.textScores, row), thresholds, null, rememberedEvidence(ranker, ranking), ranking.systems);
  else {
    const local = ranker.prepare(task, words);
    const candidates = rankCompatible(ranker, local, row);
    // the ranking first: it makes the terms of the candidates that can link, which the decisions show
    const made = (wording.ranking = textRankingOf(ranker, candidates, thresholds, local.systems, withLinks));
    decisions = decide(ranker, candidates, thresholds, null, made ? rankedEvidenceOf(ranker, made, withLinks) : rankedEvidence(ranker, withLinks), local.systems);
  }
  wording.decisions.set(key, decisions);
  memo.size++;
  return decisions;
}
