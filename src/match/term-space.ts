import { BOILERPLATE_PHRASE_HEAD, BOILERPLATE_WORD, boilerplateRole, inBoilerplatePhrase } from "../text/stopwords";
import { type TargetIndex, type TermTable, unseenTermWeight, unseenWeight, type WordForm } from "./target-index";

/** How many terms a term space names beyond the target's before it forgets them (a few megabytes' worth at most). */
const SPACE_LIMIT = 65_536;

/**
 * What {@link TermSpace.pair} gives for a two-word term the target lacks, not boilerplate (its
 * weight, {@link TermSpace.unseenPairWeight}, is the unseen-term weight).
 *
 * @example
 * space.pair(id("zalo"), id("pay"), "zalo", "pay") // UNSEEN_PAIR
 */
export const UNSEEN_PAIR = -2;

/**
 * What {@link TermSpace.pair} gives for a two-word term the target lacks that is boilerplate
 * (`isBoilerplatePair`: its weight is reduced).
 *
 * @example
 * space.unseenPairWeight(UNSEEN_BOILERPLATE_PAIR) < space.unseenPairWeight(UNSEEN_PAIR) // true
 */
export const UNSEEN_BOILERPLATE_PAIR = -3;

/**
 * The term ids of one word form for local tasks: the target's terms keep their ids (0 … n-1);
 * a word the target never uses gets an id of its own (n …) with its weight, remembered across
 * tasks (forgotten all at once when too many, between two tasks); a two-word term the target
 * never uses gets no id (a task tells its own apart by its words' ids, in a {@link PairTable} of
 * its own). Also
 * the stamps that tell a task's distinct terms apart. Internal to the ranker.
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
  /** (id of a, id of b) → the target's id of "a b" (its `pairs`, by two keys) */
  private readonly known = new PairTable();
  private weights: number[] = [];
  stamp: Int32Array;
  position: Int32Array;
  /** By word id: its `boilerplateRole`, so that a pair is told boilerplate or not from its words' ids, the words read only for a phrase's pair. */
  private roles: Uint8Array;
  epoch = 0;
  /**
   * Which of the space's lives this is: its own ids (from n) name the same terms while it stays
   * the same (it changes when they are forgotten), so a caller may remember an own id with it.
   */
  generation = 1;

  private readonly limit: number;

  /** `limit`: how many own terms before they are forgotten (smaller in tests, to see them forgotten). */
  constructor(
    private readonly index: TargetIndex,
    private readonly form: WordForm,
    limit = SPACE_LIMIT,
  ) {
    this.table = index.tables.forms[form];
    this.n = this.table.size;
    this.limit = limit;
    for (const [key, id] of this.table.pairs) this.known.set(Math.floor(key / this.n), key % this.n, id);
    this.stamp = new Int32Array(this.n + 1024);
    this.position = new Int32Array(this.n + 1024);
    this.roles = new Uint8Array(this.n + 1024);
    for (const [term, id] of this.table.ids) this.roles[id] = boilerplateRole(term, form);
  }

  /** Begins a task: a new stamp; own ids forgotten if there are too many. */
  startTask(): void {
    this.epoch++;
    if (this.weights.length >= this.limit) {
      this.words = new Map();
      this.weights = [];
      this.generation++;
    }
  }

  /** The id of a one-word term. */
  word(word: string): number {
    return this.table.ids.get(word) ?? this.words.get(word) ?? this.addWord(word);
  }

  /**
   * The target's id of the two-word term "a b", from the ids of its words; for one the target
   * lacks, {@link UNSEEN_PAIR} or {@link UNSEEN_BOILERPLATE_PAIR} (the words say which).
   */
  pair(a: number, b: number, wordA: string, wordB: string): number {
    if (a < this.n && b < this.n) {
      const known = this.known.get(a, b);
      if (known >= 0) return known;
    }
    // isBoilerplatePair from the words' roles: two boilerplate words, or a phrase's pair
    const role = this.roles[a]!;
    if (role === 0) return UNSEEN_PAIR;
    if (role & BOILERPLATE_WORD && this.roles[b]! & BOILERPLATE_WORD) return UNSEEN_BOILERPLATE_PAIR;
    return role & BOILERPLATE_PHRASE_HEAD && inBoilerplatePhrase(wordA, wordB, this.form) ? UNSEEN_BOILERPLATE_PAIR : UNSEEN_PAIR;
  }

  /** The weight of a two-word term the target lacks ({@link unseenPairWeight}), from what {@link pair} gave for it. */
  unseenPairWeight(pair: number): number {
    return unseenWeight(this.index, pair === UNSEEN_BOILERPLATE_PAIR);
  }

  /** The weight of one of the space's own terms ({@link termWeight}). */
  weight(id: number): number {
    return this.weights[id - this.n]!;
  }

  /** A new own word (its weight {@link unseenTermWeight}), its id. */
  private addWord(word: string): number {
    const id = this.n + this.weights.length;
    this.weights.push(unseenTermWeight(this.index, this.form, word));
    this.words.set(word, id);
    if (id >= this.stamp.length) {
      this.stamp = grown(this.stamp, new Int32Array(this.stamp.length * 2));
      this.position = grown(this.position, new Int32Array(this.position.length * 2));
      this.roles = grown(this.roles, new Uint8Array(this.roles.length * 2));
    }
    this.roles[id] = boilerplateRole(word, this.form);
    return id;
  }
}

/** `into` (a larger array of the same kind) holding `from` at its start. */
function grown<T extends Int32Array | Uint8Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/**
 * A map from two term ids (integers) to an id: open addressing over typed arrays, so that neither
 * a pair string nor a key beyond a small integer is made. `clear` empties it at once (its slots
 * are marked with the table's present life, not wiped), so a table can serve one task at a time.
 *
 * @example
 * const table = new PairTable();
 * table.set(3, 7, 42);
 * table.get(3, 7) // 42
 * table.clear();
 * table.get(3, 7) // -1
 */
export class PairTable {
  /** Slot s holds its first id at 4s, its second at 4s + 1, its value at 4s + 2, and at 4s + 3 the life (`epoch`) it was written in (another: empty). One read of memory per probe. */
  private slots: Int32Array;
  private epoch = 1;
  size = 0;

  /** `slots`: how many pairs it makes room for at first, a power of two (it grows as they come). */
  constructor(slots = 1 << 10) {
    this.slots = new Int32Array(4 * slots);
  }

  /** The value of (a, b), or -1 when it has none. */
  get(a: number, b: number): number {
    const { slots, epoch } = this;
    const mask = (slots.length >> 2) - 1;
    for (let slot = slotOf(a, b) & mask; slots[4 * slot + 3] === epoch; slot = (slot + 1) & mask) {
      if (slots[4 * slot] === a && slots[4 * slot + 1] === b) return slots[4 * slot + 2]!;
    }
    return -1;
  }

  /** Gives (a, b), which has no value yet, the value `id`. */
  set(a: number, b: number, id: number): void {
    if ((this.size + 1) * 8 > this.slots.length) this.grow();
    PairTable.put(this.slots, this.epoch, a, b, id);
    this.size++;
  }

  /** Forgets every pair. */
  clear(): void {
    this.size = 0;
    if (this.epoch >= 0x3fffffff) {
      this.slots.fill(0);
      this.epoch = 0;
    }
    this.epoch++;
  }

  private static put(slots: Int32Array, epoch: number, a: number, b: number, id: number): void {
    const mask = (slots.length >> 2) - 1;
    let slot = slotOf(a, b) & mask;
    while (slots[4 * slot + 3] === epoch) slot = (slot + 1) & mask;
    slots[4 * slot] = a;
    slots[4 * slot + 1] = b;
    slots[4 * slot + 2] = id;
    slots[4 * slot + 3] = epoch;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    for (let k = 0; k < old.length; k += 4) if (old[k + 3] === this.epoch) PairTable.put(slots, this.epoch, old[k]!, old[k + 1]!, old[k + 2]!);
    this.slots = slots;
  }
}

const slotOf = (a: number, b: number) => Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ (b >>> 15);
