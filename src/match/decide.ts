import type { Link } from "../model/link";
import { Shown } from "./link-evidence";
import { type HeldPhrases, MadePhrases, type PhraseSource } from "./phrase-source";
import type { PreparedTask, Ranker } from "./rank";
import { COMPONENT_NAMES, type LinkThresholds, type ScoreComponents } from "./score-table";

// Deciding a local task's links among its ranked candidates, and holding what the evidence of
// the links returned needs (only theirs: a candidate that does not link gets none; link-evidence.ts
// makes it when a link's evidence is first read).

/**
 * A link decided for a local task, by target index, with its evidence (score and components rounded), compact: the decision memo holds many.
 */
function decision(ranker: Ranker, target: number, chosenScore: number, components: ScoreComponents, phrases: PhraseSource, runnersUp: number[], thresholds: LinkThresholds, alone: boolean): Decision {
  const score = round(chosenScore);
  // (made at its length: pushed one by one, it would be made again as it grows)
  const rounded = new Array<number>(COMPONENT_NAMES.length);
  for (let k = 0; k < COMPONENT_NAMES.length; k++) rounded[k] = round(components[COMPONENT_NAMES[k]!]);
  return {
    target,
    score,
    strength: score >= thresholds.strong ? "strong" : "weak",
    components: rounded,
    runnersUp,
    shown: new Shown(phrases, target, ranker, score, components.objects, components.context, alone),
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
 * A link decided for a local task: what `toLink` (link-evidence.ts) makes a {@link Link} of, the targets by their index in the target index.
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
  /** Its evidence's phrases, made when first read, and spelled and quoted for each link it makes (`toLink`). */
  shown: Shown;
}

/**
 * The score components of a candidate (`components`), and the source of its evidence phrases
 * (`phrases`, unspelled: `Evidence.phrases`; asked for only when it becomes a link; the source is
 * asked for the candidate's phrases when the link's evidence is first read).
 *
 * @example
 * const evidence: EvidenceOf = rankedEvidence(ranker);
 * evidence.components(12).wording // the wording component of target 12
 */
export interface EvidenceOf {
  components(i: number): ScoreComponents;
  phrases(i: number): PhraseSource;
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

/**
 * Whether target `i` is the only target naming one of `systems` (a local task's `namedSystems`): see `LINK_THRESHOLDS.named`.
 *
 * @example
 * namesAlone(ranker, local.systems)(12) // target 12 alone names a system the task names
 */
export const namesAlone =
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
      decisions.push(decision(ranker, i, score, components, evidenceOf.phrases(i), runnersUp, thresholds, alone(i)));
    }
  }
  return decisions;
}

/**
 * The candidates a local task can link to, scored: {@link Ranker.rankCompatible} (the candidates
 * of `rank` whose work the task can implement). The array is the ranker's: read it before the
 * next task is ranked.
 *
 * @example
 * rankCompatible(ranker, ranker.prepare(task), null) // target indexes, in the order found
 */
export function rankCompatible(ranker: Ranker, local: PreparedTask, section: Float64Array | null): number[] {
  return ranker.rankCompatible(local, section);
}

/**
 * The evidence of the candidates of the task `rank` scored last. Their phrases are made now
 * (`withLinks`, for a caller that reads every link's evidence) or when first read (from the task,
 * read and prepared again then: `Ranker.heldEvidence`); the same phrases either way.
 *
 * @example
 * decide(ranker, candidates, LINK_THRESHOLDS, null, rankedEvidence(ranker), local.systems);
 */
export const rankedEvidence = (ranker: Ranker, withLinks = false): EvidenceOf => new RankedEvidence(ranker, withLinks);

/** {@link rankedEvidence}'s: one held task for all the candidates of the task ranked last. */
class RankedEvidence implements EvidenceOf {
  private held: HeldPhrases | null = null;

  constructor(
    private readonly ranker: Ranker,
    private readonly withLinks: boolean,
  ) {}

  components(i: number): ScoreComponents {
    return this.ranker.components(i);
  }

  phrases(i: number): PhraseSource {
    if (this.withLinks) return new MadePhrases(this.ranker.evidencePhrases(i));
    return (this.held ??= this.ranker.heldEvidence());
  }
}
