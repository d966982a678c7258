import { plans as builtIn, resolvePlan, rootPlan } from "../corpus/index";
import { TaskNotFoundError } from "../model/errors";
import type { Link, LinkOverrides, LinkPair, LinkResult } from "../model/link";
import type { Plan } from "../model/plan";
import { clearMatchFormMemos } from "../text/match-form";
import type { Task } from "../model/task";
import { actionsCompatible } from "../text/actions";
import { clearRankers, type PreparedTask, type Ranker, rankerOf } from "./rank";
import { agencySector, clearSectorMemo } from "./sector";
import { SCORE_WEIGHTS, type ScoreComponents, sectionAffinities } from "./score";
import { buildTargetIndex, type TargetIndex } from "./target-index";

/**
 * Options of {@link link}.
 *
 * @example
 * link("hue-2026", { to: "hue-2022" });                 // to the parent plan's tasks
 * link("hue-2022", { thresholds: { link: 0.6 } }).links // fewer, surer links (41 instead of 45)
 */
export interface LinkOptions {
  /** The plan to link to (a plan or id); the national root by default. */
  to?: Plan | string;
  /**
   * Analysts' corrections ({@link LinkOverrides}): `pin` forces links (score 1, origin "pinned"),
   * `forbid` removes them. A pair from or to another plan's task is ignored; one that names a task
   * of this plan or the target that it does not have throws `TaskNotFoundError`.
   */
  overrides?: {
    /** Links to make whatever the score (reviewed as right). */
    pin?: readonly LinkPair[];
    /** Links never to make (reviewed as wrong). */
    forbid?: readonly LinkPair[];
  };
  /** Replaces some of {@link LINK_THRESHOLDS} (for experiments; the defaults are the measured ones). */
  thresholds?: Partial<LinkThresholds>;
}

/**
 * The thresholds of the linker: one fixed set for every plan (see scripts/eval.ts).
 *
 * @example
 * LINK_THRESHOLDS.link   // 0.4
 * LINK_THRESHOLDS.strong // 0.45
 */
export const LINK_THRESHOLDS: Readonly<LinkThresholds> = Object.freeze({
  /** A candidate below this score is never linked. */
  link: 0.4,
  /** A link at or above this score is `strong` (a confident link); below, `weak`. */
  strong: 0.45,
  /** Further links of the same local task must score at least this share of the best one. */
  secondaryRatio: 0.8,
  /**
   * A target that is the only one naming a system or database the local task names too (of the
   * national list: the health-record book, V.9; the judicial-record database, V.18; digital
   * signatures, III.4 …) links from this score, beside the others and whatever their scores.
   */
  named: 0.3,
  /** A link needs at least this anchor strength (a distinctive term both tasks use) … */
  anchors: 0.01,
  /** … unless the wordings are this alike (a near-verbatim copy of a task without distinctive object). */
  copy: 0.7,
  /** How many runner-up candidates the evidence lists. */
  runnersUp: 3,
});

/**
 * The thresholds {@link link} decides with ({@link LINK_THRESHOLDS} by default).
 *
 * @example
 * const strict: Partial<LinkThresholds> = { link: 0.6, runnersUp: 5 };
 * link("hue-2022", { thresholds: strict });
 */
export interface LinkThresholds {
  link: number;
  strong: number;
  secondaryRatio: number;
  named: number;
  anchors: number;
  copy: number;
  runnersUp: number;
}

// Target indexes: the built-in plans' (the national root above all) kept while they live; any
// other plan's among the most recently used few (comparing a province's plans two by two, or
// linking communes to their province's plan, uses one target for many links in a row).
let indexes = new WeakMap<Plan, TargetIndex>();
let recent = new Map<Plan, TargetIndex>();
const RECENT_TARGETS = 32;

/**
 * Forgets everything the linker computed once and reuses: target indexes (with their OCR
 * vocabularies), rankers, and the memos of matching forms, boilerplate and agency sectors. Results
 * never depend on them; this is for measuring from a cold start (bench/run.ts). Internal.
 */
export function clearLinkerCaches(): void {
  indexes = new WeakMap();
  recent = new Map();
  builtInMemos = new WeakMap();
  recentMemos = new Map();
  clearRankers();
  clearMatchFormMemos();
  clearSectorMemo();
}

/** The target index of a plan, built once per plan object (and again for a plan outside the corpus that has not been a target lately). */
export function targetIndexOf(plan: Plan): TargetIndex {
  if (builtIn.includes(plan)) {
    let index = indexes.get(plan);
    if (!index) indexes.set(plan, (index = buildTargetIndex(plan)));
    return index;
  }
  let index = recent.get(plan);
  if (index) recent.delete(plan);
  else index = buildTargetIndex(plan);
  recent.set(plan, index);
  if (recent.size > RECENT_TARGETS) recent.delete(recent.keys().next().value!);
  return index;
}

/** The words a summary quotes of a shared phrase: the first eight of a longer one. */
const QUOTED_WORDS = 8;
const quoted = (phrase: string): string => {
  const words = phrase.split(" ");
  return `"${words.length > QUOTED_WORDS ? `${words.slice(0, QUOTED_WORDS).join(" ")} …` : phrase}"`;
};

/** A decided link as {@link link} returns it, for one local task. */
function toLink(localId: string, decision: Decision, idOf: (i: number) => string): Link {
  const { score, sharedTerms, components: c, runnersUp } = decision;
  const runners: Link["evidence"]["runnersUp"] = [];
  for (let k = 0; k < runnersUp.length; k += 2) runners.push({ national: idOf(runnersUp[k]!), score: runnersUp[k + 1]! });
  return {
    local: localId,
    national: idOf(decision.target),
    score,
    strength: decision.strength,
    evidence: {
      sharedTerms: [...sharedTerms],
      // the components in their declared order
      components: { wording: c[0]!, objects: c[1]!, context: c[2]!, explained: c[3]!, anchors: c[4]!, characters: c[5]!, system: c[6]!, combination: c[7]!, section: c[8]!, agencies: c[9]! },
      runnersUp: runners,
      origin: "matched",
      summary: decision.summary,
    },
  };
}

/** A link decided for a local task, by target index, with its evidence (score and components rounded), compact: the decision memo holds many. */
function decision(target: number, chosenScore: number, components: ScoreComponents, terms: string[], runnersUp: readonly number[], thresholds: LinkThresholds, alone: boolean): Decision {
  const score = round(chosenScore);
  const { wording, objects, context, explained, anchors, characters, system, combination, section, agencies } = components;
  return {
    target,
    score,
    strength: score >= thresholds.strong ? "strong" : "weak",
    sharedTerms: terms.slice(0, 12),
    components: [wording, objects, context, explained, anchors, characters, system, combination, section, agencies].map(round),
    runnersUp: [...runnersUp],
    // joined, not concatenated: the memo keeps it, and a concatenation would keep its pieces
    summary: [
      `score ${score}: shares `,
      terms.length ? terms.slice(0, 5).map(quoted).join(", ") : "no distinctive term",
      `; covers ${Math.round(objects * 100)}% of the target's distinctive terms and ${Math.round(context * 100)}% of the rest`,
      alone ? "; the only target task naming a system or database the task names" : "",
    ].join(""),
  };
}

/** A local section's correspondence to each target task (for {@link Ranker.rank}), and a key that tells equal ones apart. */
interface SectionAffinity {
  row: Float64Array;
  key: string;
}

/** What is remembered of one wording: its decisions by the rest of their key ({@link decisionKey}), its {@link TextRanking} once ranked. */
interface WordingMemo {
  decisions: Map<string, Decision[]>;
  ranking: TextRanking | null;
}

/**
 * What {@link link} remembers per target index: section affinities by section title, decisions by
 * task content. A task's decisions depend on its matching words, not on its text as such: texts
 * that differ only in what matching ignores (case, punctuation, an abbreviation written out, a
 * synonym of a programme concept, OCR damage it repairs) share one entry of `wordings`, which
 * `texts` points to from each text met.
 */
interface LinkMemo {
  limits: (typeof MEMO_LIMITS)["builtIn"];
  sections: Map<string, SectionAffinity | null>;
  /** task text → what is remembered of its wording */
  texts: Map<string, WordingMemo>;
  /** wording ({@link wordingKey}) → what is remembered of it */
  wordings: Map<string, WordingMemo>;
  /** decisions held (the memo is forgotten when they, or the texts, reach the limit) */
  size: number;
}

// Bounded: each memo is forgotten all at once when full. The built-in plans' (the national root
// above all, which sees the whole corpus and its copied texts) live with them; any other target
// (a province's plan for its communes, plan a of compare(a, b) for each b) keeps its memo only
// while it is one of the last two targets.
const MEMO_LIMITS = {
  builtIn: { sections: 10_000, decisions: 200_000 },
  other: { sections: 1_000, decisions: 20_000 },
};
const RECENT_MEMOS = 2;
let builtInMemos = new WeakMap<TargetIndex, LinkMemo>();
let recentMemos = new Map<TargetIndex, LinkMemo>();

function memoOf(index: TargetIndex): LinkMemo {
  const isBuiltIn = builtIn.includes(index.plan);
  let memo = isBuiltIn ? builtInMemos.get(index) : recentMemos.get(index);
  if (!memo) {
    memo = { limits: isBuiltIn ? MEMO_LIMITS.builtIn : MEMO_LIMITS.other, sections: new Map(), texts: new Map(), wordings: new Map(), size: 0 };
    if (isBuiltIn) builtInMemos.set(index, memo);
  }
  if (!isBuiltIn) {
    recentMemos.delete(index);
    recentMemos.set(index, memo);
    if (recentMemos.size > RECENT_MEMOS) recentMemos.delete(recentMemos.keys().next().value!);
  }
  return memo;
}

/** The correspondence of a local section (by its title) to the target's tasks, or null when it resembles no target section. */
function sectionAffinityOf(index: TargetIndex, memo: LinkMemo, title: string): SectionAffinity | null {
  let affinity = memo.sections.get(title);
  if (affinity === undefined) {
    const bySection = sectionAffinities(index, [{ ref: "", title }]).get("");
    affinity = bySection ? { row: Float64Array.from(index.tasks, (t) => bySection.get(t.task.section) ?? 0), key: [...bySection.values()].join() } : null;
    if (memo.sections.size >= memo.limits.sections) memo.sections.clear();
    memo.sections.set(title, affinity);
  }
  return affinity;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A link decided for a local task: what {@link toLink} makes a {@link Link} of, the targets by their index in the target index. */
interface Decision {
  target: number;
  score: number;
  strength: Link["strength"];
  sharedTerms: string[];
  /** The score's components, rounded, in the order of {@link ScoreComponents}. */
  components: number[];
  /** Runners-up as (target index, rounded score) pairs. */
  runnersUp: number[];
  /** The evidence's summary (one string for every link the decision makes). */
  summary: string;
}

/** The score components and evidence terms of a candidate, when it becomes a link. */
type EvidenceOf = (i: number) => { components: ScoreComponents; terms: string[] };

/** Whether target `i` is the only target naming one of `systems` (a local task's `namedSystems`): see `LINK_THRESHOLDS.named`. */
const namesAlone =
  (ranker: Ranker, systems: number) =>
  (i: number): boolean =>
    (systems & ranker.index.tables.uniqueSystems[i]!) !== 0;

/**
 * The links of one local task among its scored candidates (scores in `ranker.score`): those that
 * pass the thresholds, with their evidence. `systems` are the named systems the task names
 * (`namedSystems`): a target that alone names one of them links from `thresholds.named`.
 */
function decide(ranker: Ranker, candidates: readonly number[], thresholds: LinkThresholds, forbidden: ((i: number) => boolean) | null, evidenceOf: EvidenceOf, systems: number): Decision[] {
  const alone = namesAlone(ranker, systems);
  // Only the beginning of each task's candidate order matters: the candidates whose score can
  // link and the runners-up; with a small whole number of runners-up it is picked, not sorted.
  const fewRunnersUp = Number.isInteger(thresholds.runnersUp) && thresholds.runnersUp >= 0 && thresholds.runnersUp <= 16;
  let scored: number[];
  if (!fewRunnersUp) scored = forbidden ? ranker.sorted(candidates).filter((i) => !forbidden(i)) : ranker.sorted(candidates);
  else {
    const allowed = forbidden ? candidates.filter((i) => !forbidden(i)) : candidates;
    const first = ranker.best(allowed);
    const firstScore = first === undefined ? 0 : ranker.score[first]!;
    scored = ranker.top(allowed, thresholds.runnersUp + 1, thresholds.link, firstScore * thresholds.secondaryRatio);
    if ((systems & ranker.index.tables.uniqueSystemsAny) !== 0) {
      for (const i of allowed) if (alone(i) && ranker.score[i]! >= thresholds.named && !scored.includes(i)) scored.push(i);
    }
  }
  const best = scored[0];
  if (best === undefined) return [];
  const bestScore = ranker.score[best]!;
  const decisions: Decision[] = [];
  for (const i of scored) {
    const score = ranker.score[i]!;
    if (!(alone(i) ? score >= thresholds.named : score >= thresholds.link && score >= bestScore * thresholds.secondaryRatio)) continue;
    const { components, terms } = evidenceOf(i);
    if (components.anchors >= thresholds.anchors || components.wording >= thresholds.copy) {
      const runnersUp = scored
        .filter((c) => c !== i)
        .slice(0, thresholds.runnersUp)
        .flatMap((c) => [c, round(ranker.score[c]!)]);
      decisions.push(decision(i, score, components, terms, runnersUp, thresholds, alone(i)));
    }
  }
  return decisions;
}

/**
 * The candidates (of `rank`) a local task can implement: those whose leading verb phrase does
 * compatible work (see `actionsCompatible`: commenting on a law does not implement connecting a
 * database that the law is about), and, of the targets that work on a named programme system
 * (VNeID, the IOC, the essential services …), only those whose system the local task names
 * (publishing the results of cutting procedures does not complete the essential services). The
 * others are never linked nor listed.
 */
function compatibleCandidates(ranker: Ranker, local: PreparedTask, candidates: number[]): number[] {
  const { actions } = local.phrase;
  const { tables } = ranker.index;
  return candidates.filter((i) => (actions === 0 || actionsCompatible(actions, tables.actions[i]!)) && (tables.worksOnSystem[i] === 0 || ranker.system(i) > 0));
}

/** The candidates a local task can link to, scored: `rank`, then {@link compatibleCandidates}. */
function rankCompatible(ranker: Ranker, local: PreparedTask, section: Float64Array | null): number[] {
  return compatibleCandidates(ranker, local, ranker.rank(local, section));
}

/** The evidence of the candidates of the task `rank` scored last. */
const rankedEvidence = (ranker: Ranker): EvidenceOf => (i) => ({ components: ranker.components(i), terms: ranker.evidenceTerms(i) });

/**
 * What a wording's decisions share, whatever the task's agencies and section: the candidates
 * that can be decided on or listed as runners-up under any of them, in `rank`'s order, with the
 * text part of their score, their text components and (for those that can link) their evidence
 * terms. A task of this wording is then decided by adding its section and agencies components
 * ({@link Ranker.rescore}), without matching its words to the target again.
 */
interface TextRanking {
  /** The named systems of the wording (`namedSystems`). */
  systems: number;
  targets: number[];
  textScores: number[];
  /** The candidates that can link, each with its text components and evidence terms (one or two, mostly: a short list is searched). */
  linkable: { target: number; components: TextComponents; terms: string[] }[];
}

/** The components of a score that depend on the text alone. */
type TextComponents = Omit<ScoreComponents, "section" | "agencies">;

// The section and agencies components lie in 0..1: they add at most this to a text score (and
// a hair for rounding).
const MOST_ADDED = SCORE_WEIGHTS.section + SCORE_WEIGHTS.agencies + 1e-9;

/**
 * The {@link TextRanking} of the task `rank` scored last. A candidate is left out only when it
 * can neither link (its text score plus the most that can be added stays under the link
 * threshold or the secondary ratio of the best text score) nor be a runner-up (more candidates
 * than `decide` reads beyond the links have a text score above its own plus that most). Null
 * when a score is not a number (then `decide` sorts, and nothing is remembered).
 */
function textRankingOf(ranker: Ranker, candidates: readonly number[], thresholds: LinkThresholds, systems: number): TextRanking | null {
  const scores = ranker.textScore;
  // the best text score, and the one `read` places down (the highest `read`, kept in order)
  const read = thresholds.runnersUp + 1;
  const highest: number[] = [];
  let canLinkAny = false;
  for (const i of candidates) {
    const score = scores[i]!;
    if (score !== score) return null;
    if (highest.length < read || score > highest[read - 1]!) {
      let at = Math.min(highest.length, read - 1);
      while (at > 0 && highest[at - 1]! < score) {
        highest[at] = highest[at - 1]!;
        at--;
      }
      highest[at] = score;
    }
  }
  const beaten = candidates.length > read ? highest[read - 1]! : -Infinity;
  const bestShare = Math.min(1, highest[0] ?? 0) * thresholds.secondaryRatio;
  const alone = namesAlone(ranker, systems);
  const canLink = (i: number) => {
    const most = scores[i]! + MOST_ADDED;
    return alone(i) ? most >= thresholds.named : most >= thresholds.link && most >= bestShare;
  };
  for (const i of candidates) canLinkAny ||= canLink(i);
  // (when none can link, no task of this wording links, whatever its agencies and section)
  const kept = canLinkAny ? candidates.filter((i) => scores[i]! + MOST_ADDED >= beaten || scores[i]! + MOST_ADDED >= 1 || canLink(i)) : [];
  const ranking: TextRanking = { systems, targets: kept, textScores: kept.map((i) => scores[i]!), linkable: [] };
  for (const i of kept) {
    if (!canLink(i)) continue;
    const { section: _section, agencies: _agencies, ...components } = ranker.components(i);
    ranking.linkable.push({ target: i, components, terms: ranker.evidenceTerms(i) });
  }
  return ranking;
}

/** The evidence of the candidates {@link Ranker.rescore} scored from a text ranking (only those that can link are asked for). */
function rememberedEvidence(ranker: Ranker, ranking: TextRanking): EvidenceOf {
  return (i) => {
    const { components, terms } = ranking.linkable.find((l) => l.target === i)!;
    return { components: { ...components, section: ranker.sections[i]!, agencies: ranker.agencies[i]! }, terms };
  };
}

/** What a task's decision depends on besides the target and its text: its agencies' sectors, its section's affinity to the target's sections. */
function decisionKey(task: Task, section: SectionAffinity | null): string {
  const sectors: string[] = [];
  for (const agencies of [task.lead, task.coordinating]) {
    for (const agency of agencies) {
      const sector = agencySector(agency);
      if (sector && !sectors.includes(sector)) sectors.push(sector);
    }
  }
  return [sectors.sort().join("\u0001"), section?.key ?? ""].join("\u0000");
}

type Wording = ReturnType<Ranker["wordsOf"]>;

/**
 * A key that tells matching words apart: the form scored, each word in it (its folded form too
 * when the toned one is scored: character trigrams are read from it), and where a clause ends
 * (two-word terms stop there).
 */
function wordingKey({ words, clauses, form }: Wording): string {
  // joined, not concatenated: the key is kept, and a concatenation would keep its pieces
  const parts: string[] = [form];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    parts.push(i > 0 && clauses[i] !== clauses[i - 1] ? "\u0002" : "\u0001", word.folded);
    if (form === "toned") parts.push("\u0003", word.toned);
  }
  return parts.join("");
}

/** The memo entry of a task's text: found by the text, else by its wording (then remembered for the text too). */
function wordingMemoOf(memo: LinkMemo, ranker: Ranker, text: string): { wording: WordingMemo; words?: Wording } {
  const known = memo.texts.get(text);
  if (known) return { wording: known };
  const words = ranker.wordsOf(text);
  const key = wordingKey(words);
  let wording = memo.wordings.get(key);
  if (!wording) memo.wordings.set(key, (wording = { decisions: new Map(), ranking: null }));
  memo.texts.set(text, wording);
  return { wording, words };
}

/**
 * The overrides that concern a plan's links to a target: the pairs from the plan's tasks to the
 * target's (a pair from another plan's task, or to another plan's — the root's when `compare`
 * links a plan to its parent — is left out). A task id with the plan's or the target's id before
 * the colon that it does not have throws `TaskNotFoundError`: a mistyped correction must not be
 * dropped silently.
 */
function overridesOf(overrides: LinkOptions["overrides"], plan: Plan, target: Plan): { pin: readonly LinkPair[]; forbid: readonly LinkPair[] } {
  const locals = new Set(plan.tasks.map((t) => t.id));
  const targets = new Set(target.tasks.map((t) => t.id));
  // an id of the plan's own (or no task id at all, without "plan:") that names no task is a mistake
  const claims = (id: string, planId: string) => !id.includes(":") || id.startsWith(`${planId}:`);
  const concerning = (kind: keyof LinkOverrides): LinkPair[] =>
    (overrides?.[kind] ?? []).filter((pair) => {
      if (!locals.has(pair.local)) {
        if (claims(pair.local, plan.id)) throw new TaskNotFoundError(pair.local, plan.id, `cannot ${kind} ${pair.local} → ${pair.national}`);
        return false;
      }
      if (!targets.has(pair.national)) {
        if (claims(pair.national, target.id)) throw new TaskNotFoundError(pair.national, target.id, `cannot ${kind} ${pair.local} → ${pair.national}`);
        return false;
      }
      return true;
    });
  return { pin: concerning("pin"), forbid: concerning("forbid") };
}

/**
 * Links each task of a plan to the national tasks (or, with `options.to`, another plan's tasks)
 * it implements. A local task may link to several targets (a merge) or none (a local
 * addition); every link carries a score in 0..1 and readable evidence: the distinctive phrases
 * both tasks write, the score's components and the runner-up candidates.
 *
 * @example
 * const { links, unlinked } = link("hue-2022");
 * links.find((l) => l.local === "hue-2022:VI.12")?.national // "qd-06-2022:V.11"
 */
export function link(planOrId: Plan | string, options: LinkOptions = {}): LinkResult {
  const plan = resolvePlan(planOrId);
  const target = options.to === undefined ? rootPlan : resolvePlan(options.to);
  const index = targetIndexOf(target);
  const memo = memoOf(index);
  const sectionTitles = new Map(plan.sections.map((section) => [section.ref, section.title]));
  const ranker = rankerOf(index);
  const overrides = overridesOf(options.overrides, plan, target);
  const forbidden = new Set(overrides.forbid.map((p) => `${p.local}\u0000${p.national}`));
  const thresholds = { ...LINK_THRESHOLDS, ...options.thresholds };
  const links: Link[] = [];
  const idOf = (i: number) => index.tasks[i]!.task.id;
  // With the default thresholds and nothing forbidden, a task's decision depends only on its
  // text, agencies and section: repeated tasks (plans copy each other) are decided once.
  const remember = options.thresholds === undefined && forbidden.size === 0;
  for (const task of plan.tasks) {
    if (plan === target) break;
    const title = sectionTitles.get(task.section);
    const section = title === undefined ? null : sectionAffinityOf(index, memo, title);
    let decisions: Decision[] | undefined;
    if (!remember) {
      const isForbidden = forbidden.size ? (i: number) => forbidden.has(`${task.id}\u0000${idOf(i)}`) : null;
      const local = ranker.prepare(task);
      decisions = decide(ranker, rankCompatible(ranker, local, section?.row ?? null), thresholds, isForbidden, rankedEvidence(ranker), local.systems);
    } else {
      if (memo.size >= memo.limits.decisions || memo.texts.size >= memo.limits.decisions) {
        memo.texts.clear();
        memo.wordings.clear();
        memo.size = 0;
      }
      const { wording, words } = wordingMemoOf(memo, ranker, task.text);
      const key = decisionKey(task, section);
      decisions = wording.decisions.get(key);
      if (!decisions) {
        const row = section?.row ?? null;
        const { ranking } = wording;
        if (ranking) decisions = decide(ranker, ranker.rescore(task, ranking.targets, ranking.textScores, row), thresholds, null, rememberedEvidence(ranker, ranking), ranking.systems);
        else {
          const local = ranker.prepare(task, words);
          const candidates = rankCompatible(ranker, local, row);
          decisions = decide(ranker, candidates, thresholds, null, rankedEvidence(ranker), local.systems);
          wording.ranking = textRankingOf(ranker, candidates, thresholds, local.systems);
        }
        wording.decisions.set(key, decisions);
        memo.size++;
      }
    }
    for (const d of decisions) links.push(toLink(task.id, d, idOf));
  }
  for (const pin of overrides.pin) {
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
  const linked = new Set(links.map((l) => l.local));
  return { plan: plan.id, to: target.id, links, unlinked: plan.tasks.map((t) => t.id).filter((id) => !linked.has(id)) };
}
