import type { Task } from "../model/task";
import { type LeadingPhrase, leadingPhrase } from "../text/actions";
import { type MatchText, matchText } from "../text/match-form";
import { namedSystems } from "../text/systems";
import { CANDIDATE_LIMIT, combine, SCORE_WEIGHTS, type ScoreComponents } from "./score-table";
import { combinationShare, formTerms, type IndexedTask, isAnchor, isContextTerm, type ReferenceIndex, sectorsOf, type TargetIndex, termWeight, type WordForm } from "./target-index";
import { compareCodeUnits, trigramsOf } from "./terms";

export { SCORE_WEIGHTS, type ScoreComponents } from "./score-table";

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

/** A scored candidate target task for one local task. */
export interface Candidate {
  target: IndexedTask;
  score: number;
  components: ScoreComponents;
  /** Shared terms, most distinctive first (folded spelling, readable without tone digits). */
  shared: { term: string; weight: number; anchor: boolean }[];
}

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

/**
 * The target tasks a local task is scored against (indexes into `index.tasks`, in no particular
 * order): those sharing a term with it that at most {@link CANDIDATE_LIMIT} target tasks use; when
 * no shared term is that rare, the first `CANDIDATE_LIMIT` (in plan order) using its rarest term
 * (the first in its term order among equally rare ones). In a target of at most `CANDIDATE_LIMIT`
 * tasks: every target task sharing a term.
 *
 * @example
 * candidateTargets(reference, prepareLocal(reference, task)).length // the tasks scored
 */
export function candidateTargets(index: ReferenceIndex, local: LocalFeatures): number[] {
  const { postings } = index.statistics[local.form];
  const found = new Set<number>();
  let rarest: readonly number[] | undefined;
  for (const term of local.terms.keys()) {
    const tasks = postings.get(term);
    if (!tasks) continue;
    if (tasks.length <= CANDIDATE_LIMIT) for (const i of tasks) found.add(i);
    else if (!rarest || tasks.length < rarest.length) rarest = tasks;
  }
  if (found.size === 0 && rarest) for (const i of rarest.slice(0, CANDIDATE_LIMIT)) found.add(i);
  return [...found];
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
  shared.sort((a, b) => Number(b.anchor) - Number(a.anchor) || b.weight - a.weight || compareCodeUnits(a.term, b.term));
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
  return { target, score: combine(components), components, shared };
}

/**
 * How well each local section corresponds to each target section, from the words of their
 * titles: `affinity.get(localSection)?.get(targetSection)` in 0..1 (1 for the best match; absent
 * when the local section's title resembles no target section). A target of more than
 * {@link CANDIDATE_LIMIT} sections has none (what such a plan calls a section says little, and
 * comparing every pair of titles would grow with the product of the two plans' sections).
 */
export function sectionAffinities(index: TargetIndex, localSections: readonly { ref: string; title: string }[]): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  if (index.tables.sectionSets.size > CANDIDATE_LIMIT) return result;
  for (const section of localSections) {
    const words = new Set(matchText(section.title).folded);
    const similarities = [...index.tables.sectionSets].map(([ref, targetWords]) => [ref, dice(words, targetWords)] as const);
    let best = 0;
    for (const [, similarity] of similarities) best = Math.max(best, similarity);
    if (best < 0.3) continue;
    result.set(section.ref, new Map(similarities.map(([ref, s]) => [ref, s / best])));
  }
  return result;
}
