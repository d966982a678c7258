/**
 * The linker's score, declared once: the named parts of a candidate's score with their weights
 * ({@link SCORE_TERMS}), the one {@link combine} that both the reference scorer (score.ts) and the
 * fast path (rank.ts) call, and the thresholds and factors that decide links (beside it, so that
 * every knob of the linker is in this file).
 *
 * Adding a component: one field in {@link ScoreComponents}, its feature function in score.ts
 * (reference) and rank.ts (fast path, a test proves them equal), and one entry in
 * {@link SCORE_TERMS} if it adds to the score on its own.
 */

/**
 * The parts of a candidate's score, each in 0..1 (a link's `evidence.components`, rounded).
 *
 * @example
 * const l = link("hue-2022").links.find((l) => l.local === "hue-2022:VI.12")!;
 * l.evidence.components.wording // close to 1: Huế copies the national wording
 */
export interface ScoreComponents {
  /** Weighted term overlap (Dice): how alike the two wordings are. */
  wording: number;
  /** Share of the target task's distinctive terms (its objects: named databases, concepts) the local task uses. */
  objects: number;
  /**
   * Share of the target task's other distinctive terms (its action and setting, boilerplate aside)
   * the local task uses; when both tasks work on a legal instrument, at least `objects` (see
   * `contextOf`).
   */
  context: number;
  /** Share of the local task's weighted terms the target task explains. */
  explained: number;
  /** Strength of the distinctive terms both use (programme concepts, named objects). */
  anchors: number;
  /** Character-trigram overlap (Dice), robust to typos and OCR damage. */
  characters: number;
  /**
   * When the target task works on a named programme system (its object, right after its verb
   * phrase, is VNeID, the IOC, the e-ID system, the essential services …): 1 when the local task
   * puts its work on that system ("… trên ứng dụng VNeID"), `SCORE_WEIGHTS.systemNamed` when it
   * only names it; else 0.
   */
  system: number;
  /**
   * Share of the target task's named systems and databases the local task names too, when they
   * name at least two of them together and few target tasks name those together; else 0.
   */
  combination: number;
  /** How well the local task's section corresponds to the target task's section. */
  section: number;
  /** Rarity of an agency sector both tasks name (e.g. both name the justice sector). */
  agencies: number;
}

/**
 * The components that depend on the two texts alone (not on the local task's section or agencies).
 *
 * @example
 * const { section, agencies, ...text }: ScoreComponents = candidate.components; // text: TextComponents
 */
export type TextComponents = Omit<ScoreComponents, "section" | "agencies">;

/**
 * The component names in their declared order (the order of `evidence.components`).
 *
 * @example
 * COMPONENT_NAMES[0] // "wording"
 */
export const COMPONENT_NAMES = Object.freeze([
  "wording",
  "objects",
  "context",
  "explained",
  "anchors",
  "characters",
  "system",
  "combination",
  "section",
  "agencies",
] as const satisfies readonly (keyof ScoreComponents)[]);

/**
 * Fixed weights of the score (one set for every plan; measured by scripts/eval.ts): a
 * candidate's score is the weighted sum of its score terms (`SCORE_TERMS` in score-table.ts), capped at 1.
 *
 * @example
 * SCORE_WEIGHTS.lexical + SCORE_WEIGHTS.anchors + SCORE_WEIGHTS.characters + SCORE_WEIGHTS.section + SCORE_WEIGHTS.agencies // 1
 * SCORE_WEIGHTS.system // 0.2: a bonus on top, for a task that works on the target's named system
 */
export const SCORE_WEIGHTS = Object.freeze({
  /** Weight of max(wording, √(objects × context), explainedFactor × explained): a copy, or the same action on the same object. */
  lexical: 0.5,
  /** Weight of a local task's explained share inside the lexical part (short local tasks about a national object). */
  explainedFactor: 0.8,
  /** Weight of the anchor strength: distinctive terms (named databases, concepts) both tasks use. */
  anchors: 0.2,
  /** Weight of the character-trigram similarity of the two wordings (robust to OCR damage and spelling). */
  characters: 0.15,
  /** Weight of the system component: the local task puts its work on the programme system the national task names. */
  system: 0.2,
  /** The system component of a local task that names the target's system without putting its work on it. */
  systemNamed: 0.3,
  /** Weight of the combination component: systems and databases the national task names together, which few others do. */
  combination: 0.1,
  /** Weight of the section affinity: the local section's title against the national section. */
  section: 0.1,
  /** Weight of the agency overlap: the same lead sector on both sides. */
  agencies: 0.05,
});

/**
 * One term of the score: a named part, its weight, and how it is read from the components.
 *
 * @example
 * SCORE_TERMS.find((t) => t.name === "anchors")!.weight // 0.2
 */
export interface ScoreTerm {
  name: "lexical" | "anchors" | "characters" | "system" | "combination" | "section" | "agencies";
  weight: number;
  /** Whether it depends on the texts alone (then a wording's ranking can be remembered and the rest added per task). */
  text: boolean;
  value(components: ScoreComponents): number;
}

/**
 * The terms of the score, in the order they are summed (text terms first): a candidate's score is
 * `min(1, Σ weight × value(components))`.
 *
 * @example
 * SCORE_TERMS.map((t) => t.name) // ["lexical", "anchors", "characters", "system", "combination", "section", "agencies"]
 */
export const SCORE_TERMS: readonly ScoreTerm[] = Object.freeze([
  { name: "lexical", weight: SCORE_WEIGHTS.lexical, text: true, value: (c) => Math.max(c.wording, Math.sqrt(c.objects * c.context), SCORE_WEIGHTS.explainedFactor * c.explained) },
  { name: "anchors", weight: SCORE_WEIGHTS.anchors, text: true, value: (c) => c.anchors },
  { name: "characters", weight: SCORE_WEIGHTS.characters, text: true, value: (c) => c.characters },
  { name: "system", weight: SCORE_WEIGHTS.system, text: true, value: (c) => c.system },
  { name: "combination", weight: SCORE_WEIGHTS.combination, text: true, value: (c) => c.combination },
  { name: "section", weight: SCORE_WEIGHTS.section, text: false, value: (c) => c.section },
  { name: "agencies", weight: SCORE_WEIGHTS.agencies, text: false, value: (c) => c.agencies },
] satisfies ScoreTerm[]);

const TEXT_TERMS = SCORE_TERMS.filter((t) => t.text);
const SETTING_TERMS = SCORE_TERMS.filter((t) => !t.text);

// The terms one by one, for sums written out term by term (each call to one term's function: the
// scores are summed for every candidate). The same terms in the same order: the same sums.
const [T0, T1, T2, T3, T4] = TEXT_TERMS as (ScoreTerm | undefined)[];
const [S0, S1] = SETTING_TERMS as (ScoreTerm | undefined)[];

/**
 * The part of a score that depends on the texts alone: the sum of the text terms, in order.
 *
 * @example
 * textScore({ wording: 1, objects: 0, context: 0, explained: 1, anchors: 0, characters: 1, system: 0, combination: 0 }) // 0.65
 */
export function textScore(components: TextComponents): number {
  const c = components as ScoreComponents;
  let sum = 0;
  if (TEXT_TERMS.length === 5) {
    sum += T0!.weight * T0!.value(c);
    sum += T1!.weight * T1!.value(c);
    sum += T2!.weight * T2!.value(c);
    sum += T3!.weight * T3!.value(c);
    sum += T4!.weight * T4!.value(c);
    return sum;
  }
  for (const term of TEXT_TERMS) sum += term.weight * term.value(c);
  return sum;
}

/**
 * A score from its text part (see {@link textScore}) and the section and agencies components,
 * summed in the declared order and capped at 1: what {@link combine} returns, for a fast path that
 * keeps the text part of a wording and adds each task's setting.
 *
 * @example
 * withSetting(0.5, { section: 1, agencies: 0 }) // 0.6
 */
export function withSetting(text: number, setting: Pick<ScoreComponents, "section" | "agencies">): number {
  const c = setting as ScoreComponents;
  let sum = text;
  if (SETTING_TERMS.length === 2) {
    sum += S0!.weight * S0!.value(c);
    sum += S1!.weight * S1!.value(c);
    return Math.min(1, sum);
  }
  for (const term of SETTING_TERMS) sum += term.weight * term.value(c);
  return Math.min(1, sum);
}

/**
 * A candidate's score from its components: every term of {@link SCORE_TERMS} weighted and summed
 * in order, capped at 1. The reference scorer and the fast path both call it.
 *
 * @example
 * combine({ wording: 1, objects: 1, context: 1, explained: 1, anchors: 1, characters: 1, system: 0, combination: 0, section: 1, agencies: 1 }) // 1
 */
export function combine(components: ScoreComponents): number {
  return withSetting(textScore(components), components);
}

/**
 * The thresholds of the linker: one fixed set for every plan (see scripts/eval.ts).
 *
 * @example
 * const strict: Partial<LinkThresholds> = { link: 0.6, runnersUp: 5 };
 * link("hue-2022", { thresholds: strict });
 */
export interface LinkThresholds {
  /** A candidate below this score is never linked (0.4). */
  link: number;
  /** A link at or above this score is `strong`, below it `weak` (0.45). */
  strong: number;
  /** Further links of the same local task must score at least this share of the best one (0.8). */
  secondaryRatio: number;
  /** The score from which a target that alone names a system the local task names is linked (0.3). */
  named: number;
  /** The least anchor strength (a distinctive term both tasks use) a link needs. */
  anchors: number;
  /** The wording similarity from which a near-verbatim copy links without a shared anchor. */
  copy: number;
  /** How many runner-up candidates a link's evidence lists (a whole number, 0–16). */
  runnersUp: number;
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
   * A target that is the only one naming a system or database the local task names too (the
   * health-record book, V.9; the judicial-record database, V.18; digital signatures, III.4 …)
   * links from this score, beside the others and whatever their scores.
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
 * Factors of the term weights (target-index.ts): boilerplate terms keep `boilerplate` of their
 * weight; a term used by at most `anchorMaxTasks` target tasks can anchor a link.
 *
 * @example
 * TERM_FACTORS.boilerplate // 0.25
 */
export const TERM_FACTORS = Object.freeze({ boilerplate: 0.25, anchorMaxTasks: 2 });

/**
 * How a local task's candidates are found (score.ts `candidateTargets`): the target tasks that
 * share with it a term that at most `CANDIDATE_LIMIT` target tasks use; when none of its terms is
 * that rare, the first `CANDIDATE_LIMIT` target tasks (in plan order) using its rarest term. A
 * term more common than that only adds to the scores of candidates found otherwise. In a target
 * of at most `CANDIDATE_LIMIT` tasks (every real plan: the national plan has 52, the largest
 * built-in local plan 69) every shared term finds candidates; in a larger one (a merged corpus,
 * a plan of ten thousand tasks) each local task is scored against at most `CANDIDATE_LIMIT` target
 * tasks per term, so linking two plans of n tasks takes time in proportion to n, not n².
 *
 * @example
 * CANDIDATE_LIMIT // 256
 */
export const CANDIDATE_LIMIT = 256;
