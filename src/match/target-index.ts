import type { Plan } from "../model/plan";
import type { Task } from "../model/task";
import type { Vocabulary } from "../text/ocr";
import { buildReferenceIndex, type IndexOptions, isAnchor, isContextTerm, type ReferenceIndex, termWeight, type WeightedTerms, type WordForm } from "./reference-index";
import { compareCodeUnits } from "./terms";

// The reference index's names, for the modules that read both.
export {
  buildReferenceIndex,
  byFormIndex,
  combinationShare,
  formIndex,
  formTerms,
  type IndexedTask,
  type IndexOptions,
  isAnchor,
  isContextTerm,
  type ReferenceIndex,
  sectorsOf,
  termWeight,
  unseenPairWeight,
  unseenTermWeight,
  unseenWeight,
  type WordForm,
} from "./reference-index";

/**
 * A target plan (usually the national root) indexed for `link`, computed once per linker
 * and reused for every local plan: the {@link ReferenceIndex} turned into numbers and flat arrays
 * (term ids with weights and flags, postings, trigram postings, sectors), a few kilobytes per
 * target task.
 */
export interface TargetIndex {
  plan: Plan;
  /** Two-word terms formed across a word boundary, per form (`FormStatistics.crossWord`). */
  crossWord: Record<WordForm, ReadonlySet<string>>;
  tasks: readonly { task: Task }[];
  accented: boolean;
  vocabulary: Vocabulary;
  unseenIdf: number;
  sectionWords: Map<string, string[]>;
  tables: TargetTables;
}

/** Every term a target plan uses in one word form, with what scoring needs of it, by term id. */
export interface TermTable {
  /** Number of terms (ids are 0 … size - 1, in the order of `FormStatistics.postings`). */
  size: number;
  /** one-word term → term id (two-word terms are found by their words, see `pairs`) */
  ids: Map<string, number>;
  /** {@link termWeight} of each term */
  weight: Float64Array;
  /** {@link isAnchor} of each term (1 or 0) */
  anchor: Uint8Array;
  /** {@link isContextTerm} of each term (1 or 0) */
  context: Uint8Array;
  /** Two-word terms by the ids of their words: `pairs.get(idA * size + idB)` is the id of "a b". */
  pairs: Map<number, number>;
  /**
   * The postings (as `FormStatistics.postings`: indexes into `tasks` of the target tasks using a
   * term, ascending) in one array: term `t`'s are `flat[start[t]] … flat[start[t + 1] - 1]`;
   * `flatObjects[…]` is 1 where the term is one of that task's object terms.
   */
  start: Int32Array;
  flat: Int32Array;
  flatObjects: Uint8Array;
}

/** Precomputed tables of a target index: term ids and flags, trigram postings, sectors, sort ranks. */
export interface TargetTables {
  forms: Record<WordForm, TermTable>;
  /** per form, per target task: Σ of its term weights, of its object terms' and of its context terms' (`WeightedTerms`) */
  mass: Record<WordForm, Float64Array>;
  anchorMass: Record<WordForm, Float64Array>;
  contextMass: Record<WordForm, Float64Array>;
  /** character trigram → trigram id */
  trigramIds: Map<string, number>;
  /** The indexes of the target tasks with each trigram, ascending, in one array: trigram `g`'s are `trigramFlat[trigramStart[g]] … trigramFlat[trigramStart[g + 1] - 1]`. */
  trigramStart: Int32Array;
  trigramFlat: Int32Array;
  /** per target task: its number of distinct trigrams */
  trigramCount: Int32Array;
  /** per target task: the rank of its id in code-unit order, the same under every locale (equal ids share a rank) */
  idRank: Int32Array;
  /** sector → sector id; the rarity of each sector by id; each target task's sector ids */
  sectorIds: Map<string, number>;
  sectors: string[];
  sectorRarity: Float64Array;
  taskSectors: Int32Array[];
  /** section ref → the matching words of its title, as a set */
  sectionSets: Map<string, ReadonlySet<string>>;
  /** per target task: the position of its section among the keys of `sectionSets` (-1: none) */
  taskSections: Int32Array;
  /** per target task: the action kinds of its leading verb phrase (`LeadingPhrase.actions`) */
  actions: Int32Array;
  /** per target task: 1 when its leading verb phrase reaches a legal instrument (`LeadingPhrase.instrument`) */
  instruments: Uint8Array;
  /** programme system (concept token) → the target tasks whose object it is (`LeadingPhrase.systems`), ascending */
  systemTargets: Map<string, number[]>;
  /** per target task: 1 when its object is a named programme system (`LeadingPhrase.systems` not empty) */
  worksOnSystem: Uint8Array;
  /** per target task: the programme systems and databases it names (`IndexedTask.systems`) */
  systems: Int32Array;
  /** `ReferenceIndex.combinations` */
  combinations: Map<number, number>;
  /** per target task: the named systems and databases no other target task names (see `uniqueSystemsOf`) */
  uniqueSystems: Int32Array;
  /** the union of `uniqueSystems`: a local task naming none of them links by the usual thresholds alone */
  uniqueSystemsAny: number;
}

/**
 * Indexes a target plan for `link`. Pure; a linker (`createLinker`) builds it once and keeps it.
 *
 * @example
 * buildTargetIndex(rootPlan).tasks.length // 52
 */
export function buildTargetIndex(plan: Plan, options: IndexOptions = {}): TargetIndex {
  const reference = buildReferenceIndex(plan, options);
  return {
    plan,
    crossWord: { toned: reference.statistics.toned.crossWord, folded: reference.statistics.folded.crossWord },
    tasks: plan.tasks.map((task) => ({ task })),
    accented: reference.accented,
    vocabulary: reference.vocabulary,
    unseenIdf: reference.unseenIdf,
    sectionWords: reference.sectionWords,
    tables: buildTables(reference),
  };
}

function termTable(index: ReferenceIndex, form: WordForm): TermTable {
  const { postings } = index.statistics[form];
  const n = postings.size;
  let total = 0;
  for (const tasks of postings.values()) total += tasks.length;
  const table: TermTable = {
    size: n,
    ids: new Map(),
    weight: new Float64Array(n),
    anchor: new Uint8Array(n),
    context: new Uint8Array(n),
    pairs: new Map(),
    start: new Int32Array(n + 1),
    flat: new Int32Array(total),
    flatObjects: new Uint8Array(total),
  };
  let at = 0;
  let id = 0;
  const allIds = new Map<string, number>();
  for (const [term, tasks] of postings) {
    allIds.set(term, id);
    if (!term.includes(" ")) table.ids.set(term, id);
    table.weight[id] = termWeight(index, form, term);
    table.anchor[id] = isAnchor(index, form, term) ? 1 : 0;
    table.context[id] = isContextTerm(index, form, term) ? 1 : 0;
    table.start[id] = at;
    for (const i of tasks) {
      table.flat[at] = i;
      table.flatObjects[at] = index.tasks[i]!.forms[form].objectTerms.has(term) ? 1 : 0;
      at++;
    }
    id++;
  }
  table.start[n] = at;
  // The two-word terms as termsOf makes them: neighbouring words of one clause.
  for (const { text } of index.tasks) {
    const words = text[form];
    for (let i = 1; i < words.length; i++) {
      if (text.clauses[i] !== text.clauses[i - 1]) continue;
      const a = allIds.get(words[i - 1]!)!;
      const b = allIds.get(words[i]!)!;
      table.pairs.set(a * n + b, allIds.get(`${words[i - 1]} ${words[i]}`)!);
    }
  }
  return table;
}

function buildTables(index: ReferenceIndex): TargetTables {
  const n = index.tasks.length;
  const trigramIds = new Map<string, number>();
  const trigramLists: number[][] = [];
  const trigramCount = new Int32Array(n);
  index.tasks.forEach((task, i) => {
    trigramCount[i] = task.trigrams.size;
    for (const gram of task.trigrams) {
      let id = trigramIds.get(gram);
      if (id === undefined) {
        id = trigramLists.length;
        trigramIds.set(gram, id);
        trigramLists.push([]);
      }
      trigramLists[id]!.push(i);
    }
  });
  const byId = index.tasks.map((_, i) => i).sort((a, b) => compareCodeUnits(index.tasks[a]!.task.id, index.tasks[b]!.task.id));
  const idRank = new Int32Array(n);
  byId.forEach((i, k) => {
    const previous = byId[k - 1];
    idRank[i] = previous !== undefined && index.tasks[previous]!.task.id === index.tasks[i]!.task.id ? idRank[previous]! : k;
  });
  const trigramStart = new Int32Array(trigramLists.length + 1);
  let total = 0;
  trigramLists.forEach((list, id) => {
    trigramStart[id] = total;
    total += list.length;
  });
  trigramStart[trigramLists.length] = total;
  const trigramFlat = Int32Array.from(trigramLists.flat());
  const sectors = [...index.sectorRarity.keys()];
  const sectorIds = new Map(sectors.map((sector, id) => [sector, id]));
  const systemTargets = new Map<string, number[]>();
  index.tasks.forEach((task, i) => {
    for (const system of task.phrase.systems) {
      const targets = systemTargets.get(system);
      if (targets) targets.push(i);
      else systemTargets.set(system, [i]);
    }
  });
  const sectionSets = new Map([...index.sectionWords].map(([ref, words]) => [ref, new Set(words)] as const));
  const sectionPositions = new Map([...sectionSets.keys()].map((ref, k) => [ref, k]));
  const uniqueSystems = uniqueSystemsOf(index.tasks.map((task) => task.systems));
  const perTask = (value: (terms: WeightedTerms) => number) => ({
    toned: Float64Array.from(index.tasks, (t) => value(t.forms.toned)),
    folded: Float64Array.from(index.tasks, (t) => value(t.forms.folded)),
  });
  return {
    forms: { toned: termTable(index, "toned"), folded: termTable(index, "folded") },
    mass: perTask((t) => t.mass),
    anchorMass: perTask((t) => t.anchorMass),
    contextMass: perTask((t) => t.contextMass),
    trigramIds,
    trigramStart,
    trigramFlat,
    trigramCount,
    idRank,
    sectorIds,
    sectors,
    sectorRarity: Float64Array.from(sectors, (sector) => index.sectorRarity.get(sector)!),
    taskSectors: index.tasks.map((task) => Int32Array.from(task.sectors, (sector) => sectorIds.get(sector)!)),
    sectionSets,
    taskSections: Int32Array.from(index.tasks, (task) => sectionPositions.get(task.task.section) ?? -1),
    actions: Int32Array.from(index.tasks, (task) => task.phrase.actions),
    instruments: Uint8Array.from(index.tasks, (task) => (task.phrase.instrument ? 1 : 0)),
    systemTargets,
    worksOnSystem: Uint8Array.from(index.tasks, (task) => (task.phrase.systems.length > 0 ? 1 : 0)),
    systems: Int32Array.from(index.tasks, (task) => task.systems),
    combinations: index.combinations,
    uniqueSystems,
    uniqueSystemsAny: uniqueSystems.reduce((any, set) => any | set, 0),
  };
}

/**
 * For each task, the named systems and databases (`namedSystems` sets) that no other task of the
 * list names: the health-record book only V.9 of the national list names, the judicial-record
 * database only V.18.
 *
 * @example
 * uniqueSystemsOf([0b011, 0b110]) // Int32Array [0b001, 0b100]
 */
export function uniqueSystemsOf(systems: readonly number[]): Int32Array {
  let once = 0;
  let twice = 0;
  for (const set of systems) {
    twice |= once & set;
    once |= set;
  }
  return Int32Array.from(systems, (set) => set & ~twice);
}
