import type { Plan } from "../model/plan";
import type { Task } from "../model/task";
import { CONCEPTS } from "../text/concepts";
import { matchText, type MatchText } from "../text/match-form";
import { buildVocabulary, type Vocabulary } from "../text/ocr";
import { BOILERPLATE_WORDS, isBoilerplate } from "../text/stopwords";
import { agencySector } from "./sector";
import { termsOf, trigramsOf } from "./terms";

/** Boilerplate terms keep this share of their weight. */
const BOILERPLATE_FACTOR = 0.25;
/** A term used by at most this many target tasks can anchor a link. */
const ANCHOR_MAX_TASKS = 2;

/** Which word form a comparison uses: toned when both texts have diacritics, else folded. */
export type WordForm = "toned" | "folded";

/** Term statistics of a target plan in one word form. */
export interface FormStatistics {
  /** term → inverse document frequency over the target's tasks */
  idf: Map<string, number>;
  /** term → indexes into `tasks` of the tasks using it */
  postings: Map<string, number[]>;
}

/** A task's weighted terms in one word form. */
export interface WeightedTerms {
  /** term → weight */
  terms: Map<string, number>;
  /** Σ of term weights. */
  mass: number;
  /** Σ of the weights of its object terms: anchors (see {@link isAnchor}) and their words. */
  anchorMass: number;
  /** Its object terms. */
  objectTerms: Set<string>;
  /** Σ of the weights of its context terms (see {@link isContextTerm}) outside its object: its action and setting. */
  contextMass: number;
}

/** A target task prepared for matching. */
export interface IndexedTask {
  task: Task;
  text: MatchText;
  forms: Record<WordForm, WeightedTerms>;
  trigrams: Set<string>;
  sectors: Set<string>;
}

/**
 * Everything about a target plan (usually the national root) that linking needs, computed once
 * and reused for every local plan: matching words, term weights (inverse document frequency over
 * the target's tasks, boilerplate down-weighted) and an inverted index in both word forms, agency
 * sectors with their rarity, section titles, and the vocabulary for OCR repair.
 */
export interface TargetIndex {
  plan: Plan;
  tasks: IndexedTask[];
  /** Whether the target's texts are written with diacritics (then toned forms can be compared). */
  accented: boolean;
  vocabulary: Vocabulary;
  statistics: Record<WordForm, FormStatistics>;
  /** The weight of a term the target never uses. */
  unseenIdf: number;
  /** sector → rarity in 0..1 (1: only one target task names it) */
  sectorRarity: Map<string, number>;
  /** section ref → matching words of its title, folded */
  sectionWords: Map<string, string[]>;
}

/** The weight of a term in a form: its rarity among target tasks, reduced for boilerplate. */
export function termWeight(index: TargetIndex, form: WordForm, term: string): number {
  const idf = index.statistics[form].idf.get(term) ?? index.unseenIdf;
  return isBoilerplate(term, form) ? idf * BOILERPLATE_FACTOR : idf;
}

/**
 * Whether a shared term is distinctive enough to anchor a link: a term with a programme concept
 * (VNeID, IOC …) or a two-word term that is not boilerplate, used by at most two target tasks.
 */
export function isAnchor(index: TargetIndex, form: WordForm, term: string): boolean {
  const words = term.split(" ");
  const tasks = index.statistics[form].postings.get(term)?.length ?? Infinity;
  if (words.some((w) => CONCEPTS.has(w))) return tasks <= ANCHOR_MAX_TASKS;
  if (words.length < 2 || isBoilerplate(term, form)) return false;
  return words.filter((w) => BOILERPLATE_WORDS[form].has(w)).length < 2 && tasks <= ANCHOR_MAX_TASKS;
}

/**
 * Whether a term can show that two tasks share an action or setting: a two-word term (the
 * compound words that carry actions, "kết nối", "chia sẻ", "số hóa"), not boilerplate.
 */
export function isContextTerm(term: string, form: WordForm): boolean {
  return term.includes(" ") && !isBoilerplate(term, form);
}

/** Terms of a text in one form, paired with their folded spelling (for boilerplate checks). */
export function formTerms(text: MatchText, form: WordForm): { term: string; folded: string }[] {
  const terms = termsOf(text[form], text.clauses);
  const folded = termsOf(text.folded, text.clauses);
  return terms.map((term, i) => ({ term, folded: folded[i]! }));
}

/** Weighted terms of a target text in one form. */
function weighTargetTerms(index: TargetIndex, text: MatchText, form: WordForm): WeightedTerms {
  const terms = new Map<string, number>();
  const objectTerms = new Set<string>();
  let mass = 0;
  const objectWords = new Set<string>();
  for (const { term } of formTerms(text, form)) {
    if (terms.has(term)) continue;
    terms.set(term, termWeight(index, form, term));
    if (isAnchor(index, form, term)) for (const word of term.split(" ")) objectWords.add(word);
  }
  // A term is part of the object when it shares a word with an anchor: "xã hội" belongs to the
  // object "an sinh xã hội" as much as "an sinh" does.
  for (const term of terms.keys()) if (term.split(" ").some((word) => objectWords.has(word))) objectTerms.add(term);
  let anchorMass = 0;
  let contextMass = 0;
  for (const [term, weight] of terms) {
    mass += weight;
    if (objectTerms.has(term)) anchorMass += weight;
    else if (isContextTerm(term, form)) contextMass += weight;
  }
  return { terms, mass, anchorMass, objectTerms, contextMass };
}

/** The agency sectors a task names, lead and coordinating. */
export function sectorsOf(task: Pick<Task, "lead" | "coordinating">): Set<string> {
  return new Set([...task.lead, ...task.coordinating].map(agencySector).filter(Boolean));
}

function formStatistics(texts: readonly MatchText[], form: WordForm): FormStatistics {
  const postings = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const term of new Set(termsOf(text[form], text.clauses))) postings.set(term, [...(postings.get(term) ?? []), i]);
  });
  const n = texts.length;
  const idf = new Map([...postings].map(([term, tasks]) => [term, Math.log((n + 1) / (tasks.length + 0.5))]));
  return { idf, postings };
}

/**
 * Indexes a target plan for {@link link}. Pure; the linker caches it per plan object.
 *
 * @example
 * buildTargetIndex(rootPlan).tasks.length // 52
 */
export function buildTargetIndex(plan: Plan): TargetIndex {
  const texts = plan.tasks.map((task) => matchText(task.text));
  const vocabulary = buildVocabulary(texts.map((t) => t.folded));
  const statistics = { toned: formStatistics(texts, "toned"), folded: formStatistics(texts, "folded") };
  const n = plan.tasks.length;
  const sectorsByTask = plan.tasks.map(sectorsOf);
  const sectorCount = new Map<string, number>();
  for (const sectors of sectorsByTask) for (const sector of sectors) sectorCount.set(sector, (sectorCount.get(sector) ?? 0) + 1);
  const index: TargetIndex = {
    plan,
    tasks: [],
    accented: texts.filter((t) => t.accented).length * 2 > texts.length,
    vocabulary,
    statistics,
    unseenIdf: Math.log((n + 1) / 0.5),
    sectorRarity: new Map([...sectorCount].map(([sector, count]) => [sector, 1 - Math.log(count) / Math.log(n + 1)])),
    sectionWords: new Map(plan.sections.map((s) => [s.ref, matchText(s.title).folded])),
  };
  index.tasks = plan.tasks.map((task, i) => ({
    task,
    text: texts[i]!,
    forms: { toned: weighTargetTerms(index, texts[i]!, "toned"), folded: weighTargetTerms(index, texts[i]!, "folded") },
    trigrams: trigramsOf(texts[i]!.folded),
    sectors: sectorsByTask[i]!,
  }));
  return index;
}
