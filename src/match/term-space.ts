import { type TargetIndex, type TermTable, unseenTermWeight, type WordForm } from "./target-index";

/** How many terms a term space names beyond the target's before it forgets them (a few megabytes' worth at most). */
const SPACE_LIMIT = 65_536;

/**
 * The term ids of one word form for local tasks: the target's terms keep their ids (0 … n-1);
 * a term the target never uses gets an id of its own (n …) with its weight, remembered across
 * tasks (forgotten all at once when too many, between two tasks). Also the stamps that tell a
 * task's distinct terms apart. Internal to the ranker.
 *
 * @example
 * const space = new TermSpace(index, "folded");
 * space.startTask();
 * space.word("ket") // the target's id of "ket", or one of the space's own
 */
export class TermSpace {
  private readonly table: TermTable;
  private readonly n: number;
  private words = new Map<string, number>();
  /** (id of a) × stride + (id of b) → id of "a b", for ids below the stride; other pairs by their term */
  private pairs = new Map<number, number>();
  private otherPairs = new Map<string, number>();
  private readonly stride: number;
  private weights: number[] = [];
  stamp: Int32Array;
  position: Int32Array;
  epoch = 0;

  private readonly limit: number;

  constructor(
    private readonly index: TargetIndex,
    private readonly form: WordForm,
  ) {
    this.table = index.tables.forms[form];
    this.n = this.table.size;
    this.limit = SPACE_LIMIT;
    this.stride = this.n + this.limit + 2;
    this.stamp = new Int32Array(this.n + 1024);
    this.position = new Int32Array(this.n + 1024);
  }

  /** Begins a task: a new stamp; own ids forgotten if there are too many. */
  startTask(): void {
    this.epoch++;
    if (this.weights.length >= this.limit) {
      this.words = new Map();
      this.pairs = new Map();
      this.otherPairs = new Map();
      this.weights = [];
    }
  }

  /** The id of a one-word term. */
  word(word: string): number {
    return this.table.ids.get(word) ?? this.words.get(word) ?? this.add(word, (id) => this.words.set(word, id));
  }

  /** The id of the two-word term "a b", from the ids of its words. */
  pair(a: number, b: number, wordA: string, wordB: string): number {
    if (a < this.n && b < this.n) {
      const known = this.table.pairs.get(a * this.n + b);
      if (known !== undefined) return known;
    }
    if (a < this.stride && b < this.stride) {
      const key = a * this.stride + b;
      return this.pairs.get(key) ?? this.add(`${wordA} ${wordB}`, (id) => this.pairs.set(key, id));
    }
    const term = `${wordA} ${wordB}`;
    return this.otherPairs.get(term) ?? this.add(term, (id) => this.otherPairs.set(term, id));
  }

  /** The weight of one of the space's own terms ({@link termWeight}). */
  weight(id: number): number {
    return this.weights[id - this.n]!;
  }

  private add(term: string, remember: (id: number) => void): number {
    const id = this.n + this.weights.length;
    this.weights.push(unseenTermWeight(this.index, this.form, term));
    remember(id);
    if (id >= this.stamp.length) {
      const stamp = new Int32Array(this.stamp.length * 2);
      stamp.set(this.stamp);
      this.stamp = stamp;
      const position = new Int32Array(this.position.length * 2);
      position.set(this.position);
      this.position = position;
    }
    return id;
  }
}
