import { type EvidenceOf, MOST_REACHED, namesAlone, rankedEvidence } from "./decide";
import { type HeldPhrases, MadePhrases, NO_PHRASES, OncePhrases, type PhraseSource } from "./phrase-source";
import type { Ranker } from "./rank";
import { type LinkThresholds, SCORE_WEIGHTS, type ScoreComponents } from "./score-table";

// What the decision memo keeps of a wording met a third time (its text ranking), and the evidence
// of the decisions made from it.

/**
 * What a wording's decisions share, whatever the task's agencies and section: the candidates
 * that can be decided on or listed as runners-up under any of them, in `rank`'s order, with the
 * text part of their score, their components and (for those that can link) the sources of their
 * evidence phrases, unspelled. A task of this wording is then decided by adding its section and agencies components
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
  /**
   * The candidates that can link, each with its components (the text ones are the wording's; the
   * section and agencies are those of the task that made the ranking, replaced for each task) and
   * the source of its evidence phrases, unspelled (made once, when first asked for, from the task
   * that made the ranking: tasks of one wording share them). One or two, mostly: a short list is
   * searched.
   */
  linkable: { target: number; components: Readonly<ScoreComponents>; phrases: PhraseSource }[];
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
export function textRankingOf(ranker: Ranker, candidates: readonly number[], thresholds: LinkThresholds, systems: number, withLinks = false): TextRanking | null {
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
  let held: HeldPhrases | null = null;
  for (const i of kept) {
    if (!canLink(i)) continue;
    // (kept with the shape of every candidate's components, the setting's parts unread: one shape where they are read)
    const components = ranker.components(i);
    // the phrases only of a candidate that can pass decide's anchor test (which its setting does not change)
    const canShow = components.anchors >= thresholds.anchors || components.wording >= thresholds.copy;
    // (held now: the task ranked last, read and prepared again when the phrases are first asked for)
    held ??= withLinks ? null : ranker.heldEvidence();
    const phrases = !canShow ? NO_PHRASES : withLinks ? new MadePhrases(ranker.evidencePhrases(i)) : new OncePhrases(held!, i);
    ranking.linkable.push({ target: i, components, phrases });
  }
  return ranking;
}

/**
 * The evidence of the candidates of the task `rank` scored last, whose text ranking was just made
 * ({@link textRankingOf}): the phrases it holds (made for the candidates that can link), else as
 * {@link rankedEvidence} makes them.
 *
 * @example
 * decide(ranker, candidates, LINK_THRESHOLDS, null, rankedEvidenceOf(ranker, ranking), local.systems);
 */
export function rankedEvidenceOf(ranker: Ranker, ranking: TextRanking, withLinks = false): EvidenceOf {
  const ranked = rankedEvidence(ranker, withLinks);
  return {
    components: (i) => ranked.components(i),
    phrases: (i) => ranking.linkable.find((l) => l.target === i)?.phrases ?? ranked.phrases(i),
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
    components: (i) => {
      const components = { ...linkable(i).components };
      components.section = ranker.sections[i]!;
      components.agencies = ranker.agencies[i]!;
      return components;
    },
    phrases: (i) => linkable(i).phrases,
  };
}
