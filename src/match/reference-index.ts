import type { Plan } from "../model/plan";
import type { Task } from "../model/task";
import { type LeadingPhrase, leadingPhrase } from "../text/actions";
import { CONCEPTS } from "../text/concepts";
import { type MatchText, matchText, writtenWords } from "../text/match-form";
import { buildVocabulary, type Vocabulary } from "../text/ocr";
import { BOILERPLATE_WORDS, isBoilerplate, isBoilerplatePair } from "../text/stopwords";
import { namedSystems, systemCount } from "../text/systems";
import { DEFAULT_WORD_BOUNDARIES, type WordBoundaries } from "../text/word-boundaries";
import { createWordReader, type WordReader } from "../text/word-reader";
import { TERM_FACTORS } from "./score-table";
import { agencySector } from "./sector";
import { termsOf, trigramsOf } from "./terms";

// The plain statement of what linking knows of a target plan: term weights, anchors, context
// terms, sectors (the reference scorer reads it; target-index.ts turns it into tables).

/** Boilerplate terms keep this share of their weight; a term used by at most `ANCHOR_MAX_TASKS` target tasks can anchor a link. */
const { boilerplate: BOILERPLATE_FACTOR, anchorMaxTasks: ANCHOR_MAX_TASKS } = TERM_FACTORS;

/** Which word form a comparison uses: toned when both texts have diacritics, else folded. */
export type WordForm = "toned" | "folded";

/**
 * The values of a pair by word form as a list, toned first: read with {@link formIndex}. A hot
 * path that reads both forms' values keeps one kind of read (an element of one list), where
 * `byForm[form]` or a read of each named part would be sent back to the interpreter the first time
 * it met the form it had not seen.
 *
 * @example
 * byFormIndex({ toned: 1, folded: 2 })[formIndex("folded")] // 2
 */
export const byFormIndex = <T>(byForm: Readonly<Record<WordForm, T>>): readonly T[] => [byForm.toned, byForm.folded];

/**
 * A word form's place in a {@link byFormIndex} list.
 *
 * @example
 * formIndex("toned") // 0
 */
export const formIndex = (form: WordForm): number => (form === "toned" ? 0 : 1);

/** Term statistics of a target plan in one word form. */
export interface FormStatistics {
  /** term → inverse document frequency over the target's tasks */
  idf: Map<string, number>;
  /** term → indexes into `tasks` of the tasks using it */
  postings: Map<string, number[]>;
  /** Two-word terms formed across a word boundary, not lexical words (`crossWordPairs`): never anchors. */
  crossWord: ReadonlySet<string>;
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
  /** What it does and the named system its object is, from its leading verb phrase. */
  phrase: LeadingPhrase;
  /** The programme systems and databases it names (`namedSystems`). */
  systems: number;
}

/**
 * Everything about a target plan (usually the national root) that linking needs, in its plain
 * form: matching words, term weights (inverse document frequency over the target's tasks,
 * boilerplate down-weighted) and an inverted index in both word forms, agency sectors with their
 * rarity, section titles, and the vocabulary for OCR repair. The reference scorer (score.ts)
 * reads it; {@link TargetIndex} keeps what the linker needs of it, compactly.
 */
export interface ReferenceIndex {
  plan: Plan;
  tasks: IndexedTask[];
  /** Whether the target's texts are written with diacritics (then toned forms can be compared). */
  accented: boolean;
  vocabulary: Vocabulary;
  statistics: Record<WordForm, FormStatistics>;
  /**
   * Folded term → the toned terms of the target it stands for (empty when the target is written
   * without diacritics): folding merges words ("hộ tịch" and "hồ sơ … tích cực" share "ho" and
   * "tich"), so a folded term is boilerplate only where the target's own spelling is.
   */
  readings: Map<string, string[]>;
  /** The weight of a term the target never uses. */
  unseenIdf: number;
  /** sector → rarity in 0..1 (1: only one target task names it) */
  sectorRarity: Map<string, number>;
  /** section ref → matching words of its title, folded */
  sectionWords: Map<string, string[]>;
  /** Each combination of two or more named systems some target task names (a `namedSystems` set) → how many target tasks name all of it. */
  combinations: Map<number, number>;
}

/**
 * The spellings that decide whether a term is boilerplate or an anchor: a toned term itself; a
 * folded term the target uses, the target's toned terms that fold to it (when the target has
 * diacritics); else the folded term.
 */
function spellings(index: ReferenceIndex, form: WordForm, term: string): { terms: readonly string[]; form: WordForm } {
  const toned = form === "folded" ? index.readings.get(term) : undefined;
  return toned ? { terms: toned, form: "toned" } : { terms: [term], form };
}

/** Whether a term is boilerplate in the target's spelling of it (see {@link spellings}): one of its readings is. */
function isTargetBoilerplate(index: ReferenceIndex, form: WordForm, term: string): boolean {
  const read = spellings(index, form, term);
  return read.terms.some((reading) => isBoilerplate(reading, read.form));
}

/** The weight of a term in a form: its rarity among target tasks, reduced for boilerplate. */
export function termWeight(index: ReferenceIndex, form: WordForm, term: string): number {
  const idf = index.statistics[form].idf.get(term) ?? index.unseenIdf;
  return isTargetBoilerplate(index, form, term) ? idf * BOILERPLATE_FACTOR : idf;
}

/**
 * Whether a shared term is distinctive enough to anchor a link: a term with a programme concept
 * (VNeID, IOC …) or a two-word term that is not boilerplate and is a word, not the end of one word
 * and the start of the next ("sửa đổi | luật", see `crossWordPairs`), used by at most two
 * target tasks.
 */
export function isAnchor(index: ReferenceIndex, form: WordForm, term: string): boolean {
  const words = term.split(" ");
  const tasks = index.statistics[form].postings.get(term)?.length ?? Infinity;
  if (words.some((w) => CONCEPTS.has(w))) return tasks <= ANCHOR_MAX_TASKS;
  if (words.length < 2 || tasks > ANCHOR_MAX_TASKS) return false;
  const read = spellings(index, form, term);
  return read.terms.every((reading) => isObjectWord(index, read.form, reading));
}

/** A two-word term that is a word (not across a word boundary), not boilerplate, with at most one boilerplate word. */
function isObjectWord(index: ReferenceIndex, form: WordForm, term: string): boolean {
  if (isBoilerplate(term, form) || index.statistics[form].crossWord.has(term)) return false;
  return term.split(" ").filter((w) => BOILERPLATE_WORDS[form].has(w)).length < 2;
}

/**
 * Whether a term can show that two tasks share an action or setting: a two-word term (the
 * compound words that carry actions, "kết nối", "chia sẻ", "số hóa"), not boilerplate.
 */
export function isContextTerm(index: ReferenceIndex, form: WordForm, term: string): boolean {
  return term.includes(" ") && !isTargetBoilerplate(index, form, term);
}

/** Terms of a text in one form, paired with their folded spelling (for boilerplate checks). */
export function formTerms(text: MatchText, form: WordForm): { term: string; folded: string }[] {
  const terms = termsOf(text[form], text.clauses);
  const folded = termsOf(text.folded, text.clauses);
  return terms.map((term, i) => ({ term, folded: folded[i]! }));
}

/** Weighted terms of a target text in one form. */
/** What {@link weighTargetTerms} asks of a term in one form (its weight, whether it anchors, whether it is a context term), by term: each term's answers, read once per index. */
type TermFacts = Map<string, { weight: number; anchor: boolean; context: boolean | undefined }>;

function weighTargetTerms(index: ReferenceIndex, text: MatchText, form: WordForm, facts: TermFacts): WeightedTerms {
  const terms = new Map<string, number>();
  const objectTerms = new Set<string>();
  let mass = 0;
  const objectWords = new Set<string>();
  for (const { term } of formTerms(text, form)) {
    if (terms.has(term)) continue;
    let fact = facts.get(term);
    if (!fact) facts.set(term, (fact = { weight: termWeight(index, form, term), anchor: isAnchor(index, form, term), context: undefined }));
    terms.set(term, fact.weight);
    if (fact.anchor) for (const word of term.split(" ")) objectWords.add(word);
  }
  // A term is part of the object when it shares a word with an anchor: "xã hội" belongs to the
  // object "an sinh xã hội" as much as "an sinh" does.
  for (const term of terms.keys()) if (term.split(" ").some((word) => objectWords.has(word))) objectTerms.add(term);
  let anchorMass = 0;
  let contextMass = 0;
  for (const [term, weight] of terms) {
    mass += weight;
    if (objectTerms.has(term)) anchorMass += weight;
    else {
      const fact = facts.get(term)!;
      if ((fact.context ??= isContextTerm(index, form, term))) contextMass += weight;
    }
  }
  return { terms, mass, anchorMass, objectTerms, contextMass };
}

/** The agency sectors a task names, lead and coordinating. */
export function sectorsOf(task: Pick<Task, "lead" | "coordinating">): Set<string> {
  return new Set([...task.lead, ...task.coordinating].map(agencySector).filter(Boolean));
}

/**
 * What building an index reads with: a {@link WordReader} (the linker's own, so the words it reads
 * are shared with the local tasks it reads later) and the {@link WordBoundaries} that tell a
 * two-word term standing across a word boundary from a word (default: `DEFAULT_WORD_BOUNDARIES`).
 *
 * @example
 * buildTargetIndex(rootPlan, { reader: createWordReader(), wordBoundaries: learnWordBoundaries(texts) });
 */
export interface IndexOptions {
  reader?: WordReader;
  wordBoundaries?: WordBoundaries;
}

function formStatistics(texts: readonly MatchText[], form: WordForm, crossWord: ReadonlySet<string>): FormStatistics {
  const postings = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const term of new Set(termsOf(text[form], text.clauses))) {
      const tasks = postings.get(term);
      if (tasks) tasks.push(i);
      else postings.set(term, [i]);
    }
  });
  const n = texts.length;
  const idf = new Map([...postings].map(([term, tasks]) => [term, Math.log((n + 1) / (tasks.length + 0.5))]));
  return { idf, postings, crossWord };
}

/** Folded term → the toned terms that fold to it, over texts ({@link ReferenceIndex.readings}). */
function foldedReadings(texts: readonly MatchText[]): Map<string, string[]> {
  const readings = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const { term, folded } of formTerms(text, "toned")) {
      let set = readings.get(folded);
      if (!set) readings.set(folded, (set = new Set()));
      set.add(term);
    }
  }
  return new Map([...readings].map(([folded, terms]) => [folded, [...terms]]));
}

/**
 * Indexes a target plan in its plain form (for the reference scorer, and to build a
 * {@link TargetIndex}). Pure.
 *
 * @example
 * buildReferenceIndex(rootPlan).tasks.length // 52
 */
export function buildReferenceIndex(plan: Plan, options: IndexOptions = {}): ReferenceIndex {
  const reader = options.reader ?? createWordReader();
  const boundaries = options.wordBoundaries ?? DEFAULT_WORD_BOUNDARIES;
  const texts = plan.tasks.map((task) => matchText(task.text, undefined, reader));
  // OCR repair reads the words as written (function words and concepts' words too: "một cửa",
  // "giấy phép lái xe"); telling a folded function word from a content syllable reads the content pairs
  const written = plan.tasks.map((task) => writtenWords(task.text, reader));
  const vocabulary: Vocabulary = {
    ...buildVocabulary(
      written.map((w) => w.folded),
      written.map((w) => w.toned),
    ),
    contentPairs: buildVocabulary(texts.map((t) => t.folded)).pairs,
  };
  const statistics = { toned: formStatistics(texts, "toned", boundaries.toned), folded: formStatistics(texts, "folded", boundaries.folded) };
  const accented = texts.filter((t) => t.accented).length * 2 > texts.length;
  const n = plan.tasks.length;
  const sectorsByTask = plan.tasks.map(sectorsOf);
  const sectorCount = new Map<string, number>();
  for (const sectors of sectorsByTask) for (const sector of sectors) sectorCount.set(sector, (sectorCount.get(sector) ?? 0) + 1);
  const index: ReferenceIndex = {
    plan,
    tasks: [],
    accented,
    vocabulary,
    statistics,
    readings: accented ? foldedReadings(texts) : new Map(),
    unseenIdf: Math.log((n + 1) / 0.5),
    sectorRarity: new Map([...sectorCount].map(([sector, count]) => [sector, 1 - Math.log(count) / Math.log(n + 1)])),
    sectionWords: new Map(plan.sections.map((s) => [s.ref, matchText(s.title, undefined, reader).folded])),
    combinations: new Map(),
  };
  const facts: Record<WordForm, TermFacts> = { toned: new Map(), folded: new Map() };
  index.tasks = plan.tasks.map((task, i) => ({
    task,
    text: texts[i]!,
    forms: { toned: weighTargetTerms(index, texts[i]!, "toned", facts.toned), folded: weighTargetTerms(index, texts[i]!, "folded", facts.folded) },
    trigrams: trigramsOf(texts[i]!.folded),
    sectors: sectorsByTask[i]!,
    phrase: leadingPhrase(texts[i]!.folded),
    systems: namedSystems(texts[i]!.folded),
  }));
  for (const { systems } of index.tasks) {
    // every combination of two or more of its systems: the non-empty subsets of its set
    for (let combination = systems; combination !== 0; combination = (combination - 1) & systems) {
      if (systemCount(combination) >= 2) index.combinations.set(combination, (index.combinations.get(combination) ?? 0) + 1);
    }
  }
  return index;
}

/**
 * The combination component of a candidate (`ScoreComponents.combination`): the share of the
 * target task's named systems the local task names too, when they name at least two of them
 * together and those few are named together by at most as many target tasks as an anchor term is
 * used by; else 0. `local` and `target` are `namedSystems` sets.
 *
 * @example
 * // "Kết nối HTTTHC thành phố với CSDLQG về DC; … Cổng DVC quốc gia" against II.12 (portal, TTHC system, population database): 1
 */
export function combinationShare(combinations: ReadonlyMap<number, number>, local: number, target: number): number {
  const shared = local & target;
  const count = systemCount(shared);
  if (count < 2 || (combinations.get(shared) ?? Infinity) > ANCHOR_MAX_TASKS) return 0;
  return count / systemCount(target);
}

/**
 * {@link termWeight} of a term the target never uses (the unseen-term weight, reduced for
 * boilerplate), from the unseen-term weight alone (the linker's term space asks it).
 *
 * @example
 * unseenTermWeight(index, "folded", "zalo") === index.unseenIdf // true: not boilerplate
 */
export function unseenTermWeight(index: Pick<ReferenceIndex, "unseenIdf">, form: WordForm, term: string): number {
  return unseenWeight(index, isBoilerplate(term, form));
}

/**
 * The weight of a term the target never uses, boilerplate or not ({@link unseenTermWeight}'s rule).
 *
 * @example
 * unseenWeight(index, false) === index.unseenIdf // true
 */
export function unseenWeight(index: Pick<ReferenceIndex, "unseenIdf">, boilerplate: boolean): number {
  return boilerplate ? index.unseenIdf * BOILERPLATE_FACTOR : index.unseenIdf;
}

/**
 * {@link unseenTermWeight} of the two-word term "a b" (two matching words), without writing it.
 *
 * @example
 * unseenPairWeight(index, "folded", "zalo", "pay") === unseenTermWeight(index, "folded", "zalo pay") // true
 */
export function unseenPairWeight(index: Pick<ReferenceIndex, "unseenIdf">, form: WordForm, a: string, b: string): number {
  return unseenWeight(index, isBoilerplatePair(a, b, form));
}
