import type { Link } from "../model/link";
import { actionsCompatible } from "../text/actions";
import { Shown } from "./link-evidence";
import type { PreparedTask, Ranker } from "./rank";
import { COMPONENT_NAMES, type LinkThresholds, SCORE_WEIGHTS, type ScoreComponents, type TextComponents } from "./score-table";

// Deciding a local task's links among its ranked candidates, and holding what the evidence of
// the links returned needs (only theirs: a candidate that does not link gets none; link-evidence.ts
// makes it when a link's evidence is first read).

/**
 * A link decided for a local task, by target index, with its evidence (score and components rounded), compact: the decision memo holds many.
 */
function decision(target: number, chosenScore: number, components: ScoreComponents, terms: () => string[], runnersUp: number[], thresholds: LinkThresholds, alone: boolean): Decision {
  const score = round(chosenScore);
  const rounded: number[] = [];
  for (let k = 0; k < COMPONENT_NAMES.length; k++) rounded.push(round(components[COMPONENT_NAMES[k]!]));
  return {
    target,
    score,
    strength: score >= thresholds.strong ? "strong" : "weak",
    components: rounded,
    runnersUp,
    shown: new Shown(terms, score, components.objects, components.context, alone),
  };
}

/** The first `most` candidates but `i`, as (candidate, rounded score) pairs. */
function runnersUpOf(ranker: Ranker, scored: readonly number[], i: number, most: number): number[] {
  if (!Number.isInteger(most) || most < 0) {
    // as slice counts a number that is not a whole one
    return scored
      .filter((c) => c !== i)
      .slice(0, most)
      .flatMap((c) => [c, round(ranker.score[c]!)]);
  }
  const pairs: number[] = [];
  for (let k = 0; k < scored.length && pairs.length < 2 * most; k++) {
    const c = scored[k]!;
    if (c !== i) pairs.push(c, round(ranker.score[c]!));
  }
  return pairs;
}

/**
 * A score or component as a link shows it: three decimals.
 *
 * @example
 * round(0.12345) // 0.123
 */
export const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * A link decided for a local task: what {@link toLink} makes a {@link Link} of, the targets by their index in the target index.
 *
 * @example
 * const [first]: Decision[] = decide(ranker, candidates, LINK_THRESHOLDS, null, rankedEvidence(ranker), local.systems);
 */
export interface Decision {
  target: number;
  score: number;
  strength: Link["strength"];
  /** The score's components, rounded, in the order of `COMPONENT_NAMES` (compact: the decision memo holds many). */
  components: number[];
  /** Runners-up as (target index, rounded score) pairs. */
  runnersUp: number[];
  /** Its evidence's terms and summary, made when first read (one of each for every link the decision makes). */
  shown: Shown;
}

/**
 * The score components of a candidate (`components`), and a maker of its evidence terms (`terms`,
 * asked for only when it becomes a link; the maker is called when the link's evidence is first read).
 *
 * @example
 * const evidence: EvidenceOf = rankedEvidence(ranker);
 * evidence.components(12).wording // the wording component of target 12
 */
export interface EvidenceOf {
  components(i: number): ScoreComponents;
  terms(i: number): () => string[];
}

/**
 * How many of a local task's candidates whose score reaches the link thresholds (`link`, and
 * `secondaryRatio` of the best) are decided on at most: the first ones by score, then target
 * order. A task of a real plan reaches 1 to 4 targets; a target plan that repeats a task (copies,
 * rewordings of one national task) would otherwise give each local task a link to every copy, and
 * two plans of n such tasks n² links. A target that alone names a system the task names is
 * decided on as well (see `LINK_THRESHOLDS.named`: there are at most as many as systems).
 *
 * @example
 * link(planOfRepeats, { to: otherPlanOfRepeats }).links.length <= MOST_REACHED * planOfRepeats.tasks.length // true (no named systems)
 */
export const MOST_REACHED = 8;

/** Whether target `i` is the only target naming one of `systems` (a local task's `namedSystems`): see `LINK_THRESHOLDS.named`. */
const namesAlone =
  (ranker: Ranker, systems: number) =>
  (i: number): boolean =>
    (systems & ranker.index.tables.uniqueSystems[i]!) !== 0;

/**
 * The links of one local task among its scored candidates (scores in `ranker.score`): those that
 * pass the thresholds, with their evidence. `systems` are the named systems the task names
 * (`namedSystems`): a target that alone names one of them links from `thresholds.named`.
 * Only the first {@link MOST_REACHED} candidates that reach the link thresholds are decided on.
 *
 * @example
 * const local = ranker.prepare(task);
 * decide(ranker, rankCompatible(ranker, local, null), LINK_THRESHOLDS, null, rankedEvidence(ranker), local.systems)
 */
export function decide(ranker: Ranker, candidates: readonly number[], thresholds: LinkThresholds, forbidden: ((i: number) => boolean) | null, evidenceOf: EvidenceOf, systems: number): Decision[] {
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
    scored = ranker.top(allowed, thresholds.runnersUp + 1, thresholds.link, firstScore * thresholds.secondaryRatio, MOST_REACHED);
    if ((systems & ranker.index.tables.uniqueSystemsAny) !== 0) {
      for (const i of allowed) if (alone(i) && ranker.score[i]! >= thresholds.named && !scored.includes(i)) scored.push(i);
    }
  }
  const best = scored[0];
  if (best === undefined) return [];
  const bestScore = ranker.score[best]!;
  const decisions: Decision[] = [];
  let reached = 0;
  for (const i of scored) {
    const score = ranker.score[i]!;
    const reaches = score >= thresholds.link && score >= bestScore * thresholds.secondaryRatio;
    const named = alone(i);
    // past the first MOST_REACHED that reach the thresholds, only a target naming a system alone
    if (reaches && ++reached > MOST_REACHED && !named) continue;
    if (!(named ? score >= thresholds.named : reaches)) continue;
    const components = evidenceOf.components(i);
    if (components.anchors >= thresholds.anchors || components.wording >= thresholds.copy) {
      const runnersUp = runnersUpOf(ranker, scored, i, thresholds.runnersUp);
      decisions.push(decision(i, score, components, evidenceOf.terms(i), runnersUp, thresholds, alone(i)));
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

/**
 * The candidates a local task can link to, scored: `rank`, then {@link compatibleCandidates}.
 *
 * @example
 * rankCompatible(ranker, ranker.prepare(task), null) // target indexes, best first
 */
export function rankCompatible(ranker: Ranker, local: PreparedTask, section: Float64Array | null): number[] {
  return compatibleCandidates(ranker, local, ranker.rank(local, section));
}

/**
 * The evidence of the candidates of the task `rank` scored last: their terms are made later, from
 * what the ranker holds of the task when the first is asked for (`Ranker.heldEvidence`).
 *
 * @example
 * decide(ranker, candidates, LINK_THRESHOLDS, null, rankedEvidence(ranker), local.systems);
 */
export const rankedEvidence = (ranker: Ranker): EvidenceOf => {
  let held: ((i: number) => string[]) | null = null;
  return {
    components: (i) => ranker.components(i),
    terms: (i) => {
      const terms = (held ??= ranker.heldEvidence());
      return () => terms(i);
    },
  };
};

/**
 * What a wording's decisions share, whatever the task's agencies and section: the candidates
 * that can be decided on or listed as runners-up under any of them, in `rank`'s order, with the
 * text part of their score, their text components and (for those that can link) their evidence
 * terms. A task of this wording is then decided by adding its section and agencies components
 * ({@link Ranker.rescore}), without matching its words to the target again.
 *
 * @example
 * const ranking: TextRanking | null = textRankingOf(ranker, candidates, LINK_THRESHOLDS, local.systems);
 */
export interface TextRanking {
  /** The named systems of the wording (`namedSystems`). */
  systems: number;
  targets: number[];
  textScores: number[];
  /** The candidates that can link, each with its text components and evidence terms (one or two, mostly: a short list is searched). */
  linkable: { target: number; components: TextComponents; terms: string[] }[];
}

// The section and agencies components lie in 0..1: they add at most this to a text score (and
// a hair for rounding).
const MOST_ADDED = SCORE_WEIGHTS.section + SCORE_WEIGHTS.agencies + 1e-9;

/**
 * The {@link TextRanking} of the task `rank` scored last. A candidate is left out only when it
 * can neither link (its text score plus the most that can be added stays under the link
 * threshold or the secondary ratio of the best text score, or, unless it alone names a system
 * the task names, {@link MOST_REACHED} candidates have a text score above its own plus that most,
 * and so reach the thresholds before it) nor be a runner-up (more candidates than `decide` reads
 * beyond the links have a text score above its own plus that most). Null
 * when a score is not a number (then `decide` sorts, and nothing is remembered).
 *
 * @example
 * const ranking = textRankingOf(ranker, candidates, LINK_THRESHOLDS, local.systems);
 * ranking?.targets // the candidates any task of this wording can link to or list
 */
export function textRankingOf(ranker: Ranker, candidates: readonly number[], thresholds: LinkThresholds, systems: number): TextRanking | null {
  const scores = ranker.textScore;
  // the best text score, and the one `read` places down (the highest `read`, kept in order): a
  // candidate is read as a runner-up among the first runnersUp + 1, decided on among the first MOST_REACHED
  const read = Math.max(thresholds.runnersUp + 1, MOST_REACHED);
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
  const kept = canLinkAny ? candidates.filter((i) => scores[i]! + MOST_ADDED >= beaten || scores[i]! + MOST_ADDED >= 1 || (alone(i) && canLink(i))) : [];
  const ranking: TextRanking = { systems, targets: kept, textScores: kept.map((i) => scores[i]!), linkable: [] };
  for (const i of kept) {
    if (!canLink(i)) continue;
    const { section: _section, agencies: _agencies, ...components } = ranker.components(i);
    // the terms only of a candidate that can pass decide's anchor test (which its setting does not change)
    const terms = components.anchors >= thresholds.anchors || components.wording >= thresholds.copy ? ranker.evidenceTerms(i) : [];
    ranking.linkable.push({ target: i, components, terms });
  }
  return ranking;
}

/**
 * The evidence of the candidates of the task `rank` scored last, whose text ranking was just made
 * ({@link textRankingOf}): the terms it holds (made for the candidates that can link), else as
 * {@link rankedEvidence} makes them.
 *
 * @example
 * decide(ranker, candidates, LINK_THRESHOLDS, null, rankedEvidenceOf(ranker, ranking), local.systems);
 */
export function rankedEvidenceOf(ranker: Ranker, ranking: TextRanking): EvidenceOf {
  const ranked = rankedEvidence(ranker);
  return {
    components: ranked.components,
    terms: (i) => {
      const terms = ranking.linkable.find((l) => l.target === i)?.terms;
      return terms ? () => terms : ranked.terms(i);
    },
  };
}

/**
 * The evidence of the candidates {@link Ranker.rescore} scored from a text ranking (only those that can link are asked for).
 *
 * @example
 * decide(ranker, ranker.rescore(task, ranking.targets, ranking.textScores, null), LINK_THRESHOLDS, null, rememberedEvidence(ranker, ranking), ranking.systems);
 */
export function rememberedEvidence(ranker: Ranker, ranking: TextRanking): EvidenceOf {
  const linkable = (i: number) => ranking.linkable.find((l) => l.target === i)!;
  return {
    components: (i) => ({ ...linkable(i).components, section: ranker.sections[i]!, agencies: ranker.agencies[i]! }),
    terms: (i) => {
      const { terms } = linkable(i);
      return () => terms;
    },
  };
}
