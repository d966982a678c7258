import type { Task } from "../model/task";
import { leadingPhrase, type LeadingPhrase } from "../text/actions";
import { matchText, type MatchText } from "../text/match-form";
import { namedSystems } from "../text/systems";
import { combinationShare, formTerms, isAnchor, isContextTerm, type IndexedTask, type ReferenceIndex, sectorsOf, type TargetIndex, termWeight, type WordForm } from "./target-index";
import { trigramsOf } from "./terms";

/** A local task prepared for matching against one target index. */
export interface LocalFeatures {
  task: Task;
  text: MatchText;
  /** The word form its comparisons use. */
  form: WordForm;
  /** term → { weight, folded spelling } */
  terms: Map<string, { weight: number; folded: string }>;
  mass: number;
  trigrams: Set<string>;
  sectors: Set<string>;
  /** The programme systems and databases it names (`namedSystems`). */
  systems: number;
  /** What it does, from its leading verb phrase. */
  phrase: LeadingPhrase;
}

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
   * Share of the target task's named systems and databases (VNeID, the national portal, the
   * province's procedures system, the population database …) the local task names too, when they
   * name at least two of them together and few target tasks name those together (as an anchor
   * term: "the procedures system with the population database and the national portal" is II.2
   * and II.12); else 0.
   */
  combination: number;
  /** How well the local task's section corresponds to the target task's section. */
  section: number;
  /** Rarity of an agency sector both tasks name (e.g. both name the justice sector). */
  agencies: number;
}

/** A scored candidate target task for one local task. */
export interface Candidate {
  target: IndexedTask;
  score: number;
  components: ScoreComponents;
  /** Shared terms, most distinctive first (folded spelling, readable without tone digits). */
  shared: { term: string; weight: number; anchor: boolean }[];
}

/**
 * Fixed weights of the score (one set for every plan; measured by scripts/eval.ts): a
 * candidate's score is the weighted sum of its {@link ScoreComponents}, capped at 1.
 *
 * @example
 * SCORE_WEIGHTS.lexical + SCORE_WEIGHTS.anchors + SCORE_WEIGHTS.characters + SCORE_WEIGHTS.section + SCORE_WEIGHTS.agencies // 1
 * SCORE_WEIGHTS.system // 0.2: a bonus on top, for a task that works on the target's named system
 * SCORE_WEIGHTS.combination // 0.1: a bonus on top, for a task that names the target's systems together
 */
export const SCORE_WEIGHTS = Object.freeze({
  /** Weight of max(wording, √(objects × context)): a copy, or the same action on the same object. */
  lexical: 0.5,
  /** Weight of a local task's explained share inside the lexical part (short local tasks about a national object). */
  explainedFactor: 0.8,
  anchors: 0.2,
  characters: 0.15,
  system: 0.2,
  /** The system component of a local task that names the target's system without putting its work on it. */
  systemNamed: 0.3,
  combination: 0.1,
  section: 0.1,
  agencies: 0.05,
});

/**
 * The context component from the share of the target's context terms the local task uses. When
 * the verb phrases of both tasks reach a legal instrument (`LeadingPhrase.instrument`), the
 * instrument is the object and the verbs differ by level of government — a ministry drafts and
 * issues the decree, a province comments on it or implements it — so the shared object stands for
 * the shared action too: at least the `objects` share.
 *
 * @example
 * contextOf(0, 0.8, true)  // 0.8: "Tham gia góp ý dự thảo Nghị định định danh và xác thực điện tử" for I.5's "Trình Chính phủ ban hành Nghị định …"
 * contextOf(0, 0.8, false) // 0
 */
export function contextOf(share: number, objects: number, instruments: boolean): number {
  return instruments ? Math.max(share, objects) : share;
}

// prepareLocal and scoreCandidate are the plain statement of the score: the reference that the
// linker's fast path (rank.ts, used by link) reproduces exactly, number for number; npm run bench
// checks the two against each other candidate by candidate.

/** Prepares a local task: matching words (OCR-repaired against the target's vocabulary), weighted terms. */
export function prepareLocal(index: ReferenceIndex, task: Task): LocalFeatures {
  const text = matchText(task.text, index.vocabulary);
  const form: WordForm = text.accented && index.accented ? "toned" : "folded";
  const terms = new Map<string, { weight: number; folded: string }>();
  for (const { term, folded } of formTerms(text, form)) terms.set(term, { weight: termWeight(index, form, term), folded });
  let mass = 0;
  for (const { weight } of terms.values()) mass += weight;
  return { task, text, form, terms, mass, trigrams: trigramsOf(text.folded), sectors: sectorsOf(task), systems: namedSystems(text.folded), phrase: leadingPhrase(text.folded) };
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Whether a target task's agency sector and a local task's are the same field: half the words of the shorter shared. */
export function sectorsOverlap(sector: string, other: string): boolean {
  const words = sector.split(" ");
  const otherWords = new Set(other.split(" "));
  const overlap = words.filter((w) => otherWords.has(w)).length / Math.min(words.length, otherWords.size);
  return overlap >= 0.5;
}

function agencyAffinity(index: ReferenceIndex, local: ReadonlySet<string>, target: ReadonlySet<string>): number {
  let best = 0;
  for (const sector of target) {
    for (const other of local) {
      if (sectorsOverlap(sector, other)) best = Math.max(best, index.sectorRarity.get(sector) ?? 0);
    }
  }
  return best;
}

function systemComponent(systems: readonly string[], text: MatchText): number {
  if (systems.some((system) => text.hosts.includes(system))) return 1;
  return systems.some((system) => text.folded.includes(system)) ? SCORE_WEIGHTS.systemNamed : 0;
}

/**
 * Scores one local task against one target task. `sectionAffinity` is the correspondence (0..1)
 * between the local task's section and the target task's section.
 */
export function scoreCandidate(index: ReferenceIndex, local: LocalFeatures, target: IndexedTask, sectionAffinity: number): Candidate {
  const targetTerms = target.forms[local.form];
  const shared: Candidate["shared"] = [];
  let sharedMass = 0;
  let anchorMass = 0;
  let objectMass = 0;
  let contextMass = 0;
  for (const [term, { weight, folded }] of local.terms) {
    if (!targetTerms.terms.has(term)) continue;
    const anchor = isAnchor(index, local.form, term);
    shared.push({ term: folded, weight, anchor });
    sharedMass += weight;
    if (anchor) anchorMass += weight;
    if (targetTerms.objectTerms.has(term)) objectMass += weight;
    else if (isContextTerm(index, local.form, term)) contextMass += weight;
  }
  shared.sort((a, b) => Number(b.anchor) - Number(a.anchor) || b.weight - a.weight || a.term.localeCompare(b.term));
  const objects = targetTerms.anchorMass ? Math.min(1, objectMass / targetTerms.anchorMass) : 0;
  const contextShare = targetTerms.contextMass ? Math.min(1, contextMass / targetTerms.contextMass) : 0;
  const components: ScoreComponents = {
    wording: local.mass + targetTerms.mass ? (2 * sharedMass) / (local.mass + targetTerms.mass) : 0,
    objects,
    context: contextOf(contextShare, objects, local.phrase.instrument && target.phrase.instrument),
    explained: local.mass ? Math.min(1, sharedMass / local.mass) : 0,
    anchors: Math.min(1, anchorMass / index.unseenIdf),
    characters: dice(local.trigrams, target.trigrams),
    system: systemComponent(target.phrase.systems, local.text),
    combination: combinationShare(index.combinations, local.systems, target.systems),
    section: sectionAffinity,
    agencies: agencyAffinity(index, local.sectors, target.sectors),
  };
  const w = SCORE_WEIGHTS;
  const score =
    w.lexical * Math.max(components.wording, Math.sqrt(components.objects * components.context), w.explainedFactor * components.explained) +
    w.anchors * components.anchors +
    w.characters * components.characters +
    w.system * components.system +
    w.combination * components.combination +
    w.section * components.section +
    w.agencies * components.agencies;
  return { target, score: Math.min(1, score), components, shared };
}

/**
 * How well each local section corresponds to each target section, from the words of their
 * titles: `affinity.get(localSection)?.get(targetSection)` in 0..1 (1 for the best match; absent
 * when the local section's title resembles no target section).
 */
export function sectionAffinities(index: TargetIndex, localSections: readonly { ref: string; title: string }[]): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  for (const section of localSections) {
    const words = new Set(matchText(section.title).folded);
    const similarities = [...index.tables.sectionSets].map(([ref, targetWords]) => [ref, dice(words, targetWords)] as const);
    const best = Math.max(0, ...similarities.map(([, s]) => s));
    if (best < 0.3) continue;
    result.set(section.ref, new Map(similarities.map(([ref, s]) => [ref, s / best])));
  }
  return result;
}
