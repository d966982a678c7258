import type { PreparedTask } from "./prepare";
import { CANDIDATE_LIMIT } from "./score-table";
import type { TargetIndex, WordForm } from "./target-index";

// The candidates of a local task in a target of more than CANDIDATE_LIMIT tasks, found and summed
// without walking a common term's postings (which grow with the target): candidates come from the
// rare terms' postings (score.ts `candidateTargets` states the rule), and each candidate's shared
// masses and trigrams are read from its own lists of terms and trigrams. The sums are the ones
// Ranker.rank makes in a small target: each candidate's terms added in the local task's term order.

/**
 * The shared-term masses and shared trigram counts of the candidates of one local task, by target
 * index (the ranker's buffers), and the stamp that marks the candidates of the task being ranked.
 *
 * @example
 * const sums: CandidateSums = { stamp, sharedMass, anchorMass, objectMass, contextMass, sharedTrigrams };
 */
export interface CandidateSums {
  stamp: Int32Array;
  sharedMass: Float64Array;
  anchorMass: Float64Array;
  objectMass: Float64Array;
  contextMass: Float64Array;
  sharedTrigrams: Int32Array;
}

/** Lists by target task in one flat array: task i's are `items[start[i]] … items[start[i + 1] - 1]`, ascending. */
interface TaskLists {
  start: Int32Array;
  items: Int32Array;
  /** beside each term of `items`: 1 when it is one of that task's object terms */
  objects: Uint8Array;
}

/** What searching one sorted list costs, against walking one posting: a binary search's steps. */
const SEARCH_COST = 8;

/** Where `item` stands in task i's list (a binary search), -1 when it is not there. */
function search(lists: TaskLists, i: number, item: number): number {
  const { items } = lists;
  let lo = lists.start[i]!;
  let hi = lists.start[i + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = items[mid]!;
    if (at < item) lo = mid + 1;
    else if (at > item) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Adds a shared term's weight to candidate `i`'s masses, as Ranker's postings walk adds it. */
function addTerm(sums: CandidateSums, i: number, weight: number, anchor: boolean, object: boolean, context: boolean): void {
  sums.sharedMass[i] = sums.sharedMass[i]! + weight;
  if (anchor) sums.anchorMass[i] = sums.anchorMass[i]! + weight;
  if (object) sums.objectMass[i] = sums.objectMass[i]! + weight;
  else if (context) sums.contextMass[i] = sums.contextMass[i]! + weight;
}

/** Turns postings (the tasks of each item, as `start`/`flat`) into each task's items, ascending. */
function byTask(tasks: number, start: Int32Array, flat: Int32Array, flags?: Uint8Array): TaskLists {
  const counts = new Int32Array(tasks + 1);
  for (let j = 0; j < flat.length; j++) counts[flat[j]! + 1]!++;
  for (let i = 0; i < tasks; i++) counts[i + 1]! += counts[i]!;
  const at = counts.slice(0, tasks);
  const items = new Int32Array(flat.length);
  const objects = new Uint8Array(flags ? flat.length : 0);
  for (let item = 0; item + 1 < start.length; item++) {
    for (let j = start[item]!; j < start[item + 1]!; j++) {
      const slot = at[flat[j]!]!++;
      items[slot] = item;
      if (flags) objects[slot] = flags[j]!;
    }
  }
  return { start: counts, items, objects };
}

/**
 * Finds and sums the candidates of local tasks in a large target (more than
 * {@link CANDIDATE_LIMIT} tasks): work per local task bounded by its terms and
 * `CANDIDATE_LIMIT`, whatever the target's size. Owns its buffers and each target task's lists
 * (made on first use). Internal to the ranker.
 *
 * @example
 * const finder = new LargeTarget(index);
 * const candidates = finder.collect(ranker.prepare(task), epoch, sums);
 */
export class LargeTarget {
  private terms: Partial<Record<WordForm, TaskLists>> = {};
  private trigrams: TaskLists | null = null;
  /** Each target task's programme systems (`LeadingPhrase.systems`). */
  private systems: string[][] | null = null;
  /** Marks the local task's trigrams (`gramEpoch`: the task being read). */
  private gramStamp = new Int32Array(0);
  private gramEpoch = 0;

  constructor(private readonly index: TargetIndex) {}

  /**
   * The candidates of a local task (`candidateTargets`), each marked with `epoch` in `sums.stamp`
   * and its masses and shared trigrams written in `sums`.
   */
  collect(local: PreparedTask, epoch: number, sums: CandidateSums): number[] {
    const table = this.index.tables.forms[local.form];
    const { start, flat, anchor, context } = table;
    const { ids, weights } = local;
    const { stamp } = sums;
    const seen: number[] = [];
    let rarest = -1;
    let rarestCount = Infinity;
    for (let k = 0; k < local.terms; k++) {
      const id = ids[k]!;
      if (id < 0) continue;
      const count = start[id + 1]! - start[id]!;
      if (count > CANDIDATE_LIMIT) {
        if (count < rarestCount) [rarest, rarestCount] = [id, count];
        continue;
      }
      for (let j = start[id]!; j < start[id + 1]!; j++) {
        const i = flat[j]!;
        if (stamp[i] !== epoch) {
          stamp[i] = epoch;
          seen.push(i);
        }
      }
    }
    if (seen.length === 0 && rarest >= 0) {
      for (let j = start[rarest]!; j < start[rarest]! + CANDIDATE_LIMIT; j++) {
        stamp[flat[j]!] = epoch;
        seen.push(flat[j]!);
      }
    }
    // Each term's weight added to the candidates using it, term by term in the local task's
    // order: by its postings (those not candidates skipped) or, when the candidates are fewer than
    // its postings by the cost of a search, by searching each candidate's terms.
    const { sharedMass, anchorMass, objectMass, contextMass, sharedTrigrams } = sums;
    for (const i of seen) {
      sharedMass[i] = 0;
      anchorMass[i] = 0;
      objectMass[i] = 0;
      contextMass[i] = 0;
      sharedTrigrams[i] = 0;
    }
    const searched = seen.length * SEARCH_COST;
    const lists = this.termsByTask(local.form);
    for (let k = 0; k < local.terms; k++) {
      const id = ids[k]!;
      if (id < 0) continue;
      const weight = weights[k]!;
      const isAnchor = anchor[id] === 1;
      const isContext = context[id] === 1;
      if (start[id + 1]! - start[id]! <= searched) {
        for (let j = start[id]!; j < start[id + 1]!; j++) if (stamp[flat[j]!] === epoch) addTerm(sums, flat[j]!, weight, isAnchor, table.flatObjects[j] === 1, isContext);
      } else {
        for (const i of seen) {
          const at = search(lists, i, id);
          if (at >= 0) addTerm(sums, i, weight, isAnchor, lists.objects[at] === 1, isContext);
        }
      }
    }
    this.countTrigrams(local, seen, epoch, sums);
    return seen;
  }

  /**
   * Marks (with `epoch`) the candidates whose system a local task names (`systemStamp`) and those
   * whose system it puts its work on (`hostStamp`): what Ranker's marking does over the whole target.
   */
  markSystems(local: PreparedTask, candidates: readonly number[], epoch: number, systemStamp: Int32Array, hostStamp: Int32Array): void {
    if (this.index.tables.systemTargets.size === 0) return;
    const systems = this.systemsByTask();
    const words = new Set(local.folded);
    for (const i of candidates) {
      for (const system of systems[i]!) {
        if (words.has(system)) systemStamp[i] = epoch;
        if (local.hosts.includes(system)) hostStamp[i] = epoch;
      }
    }
  }

  /**
   * The trigrams each candidate shares with the local task (counts: their order does not matter):
   * by walking the local trigrams' postings, or (when the candidates' own lists are shorter) by
   * reading each candidate's trigrams against the local ones.
   */
  private countTrigrams(local: PreparedTask, seen: readonly number[], epoch: number, { stamp, sharedTrigrams }: CandidateSums): void {
    const { trigramStart, trigramFlat } = this.index.tables;
    const lists = this.trigramsByTask();
    let walk = 0;
    for (let g = 0; g < local.knownTrigrams; g++) walk += trigramStart[local.trigrams[g]! + 1]! - trigramStart[local.trigrams[g]!]!;
    let read = 0;
    for (const i of seen) read += lists.start[i + 1]! - lists.start[i]!;
    if (walk <= read) {
      for (let g = 0; g < local.knownTrigrams; g++) {
        const gram = local.trigrams[g]!;
        for (let j = trigramStart[gram]!; j < trigramStart[gram + 1]!; j++) {
          const i = trigramFlat[j]!;
          if (stamp[i] === epoch) sharedTrigrams[i] = sharedTrigrams[i]! + 1;
        }
      }
      return;
    }
    if (this.gramStamp.length < trigramStart.length) this.gramStamp = new Int32Array(trigramStart.length);
    const mark = ++this.gramEpoch;
    for (let g = 0; g < local.knownTrigrams; g++) this.gramStamp[local.trigrams[g]!] = mark;
    for (const i of seen) {
      let shared = 0;
      for (let j = lists.start[i]!; j < lists.start[i + 1]!; j++) if (this.gramStamp[lists.items[j]!] === mark) shared++;
      sharedTrigrams[i] = shared;
    }
  }

  private termsByTask(form: WordForm): TaskLists {
    const table = this.index.tables.forms[form];
    this.terms[form] ??= byTask(this.index.tasks.length, table.start, table.flat, table.flatObjects);
    return this.terms[form];
  }

  private trigramsByTask(): TaskLists {
    const { trigramStart, trigramFlat } = this.index.tables;
    this.trigrams ??= byTask(this.index.tasks.length, trigramStart, trigramFlat);
    return this.trigrams;
  }

  private systemsByTask(): string[][] {
    if (!this.systems) {
      const systems: string[][] = Array.from({ length: this.index.tasks.length }, () => []);
      for (const [system, targets] of this.index.tables.systemTargets) for (const i of targets) systems[i]!.push(system);
      this.systems = systems;
    }
    return this.systems;
  }
}
