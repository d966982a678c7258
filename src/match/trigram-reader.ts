import type { WordForms } from "../text/match-form";
import type { TargetIndex } from "./target-index";

// A local task's character trigrams by id in the target's table, assembled from each word's
// (read once per word, kept in a pool of ids) and the trigram across each word boundary.

/**
 * How many integers of a word's record (see `TaskReader`) the trigram reader keeps, from the
 * record's start: its trigrams' ids are the `gramCount` (at +1) from `gramAt` (at +0) in the
 * reader's pool, while the pool's generation is `gramFor` (at +2; 0: not read), and the first and
 * last code units of the (folded, non-empty) word, as first · 65536 + last (at +3, read with the
 * run: what the trigram across a word boundary is made of, without reading the word). An id below the
 * target's trigram count is the target's; one above stands for a trigram the target lacks (the
 * reader's own, one per distinct string).
 *
 * @example
 * const records = new Int32Array(4 * GRAM_FIELDS); // four words' records, none read (gramFor 0)
 */
export const GRAM_FIELDS = 4;

/** How many trigram ids the pool holds at most before it starts afresh (its words' trigrams are read again). */
const GRAM_POOL_LIMIT = 1 << 20;

/** Each memo holds at most this many entries (cleared all at once when full). */
const CACHE_LIMIT = 50_000;

/**
 * Reads the trigrams of local tasks against one target index into `buffer` (reused: it holds
 * the task read last). Internal to the task reader.
 *
 * @example
 * const trigrams = new TrigramReader(index);
 * trigrams.read(words, records, at).known // the first `known` of trigrams.buffer are its trigram ids
 */
export class TrigramReader {
  /** The ids of the distinct trigrams of the task read last that the target has. */
  buffer = new Int32Array(0);
  /** Of the task read last: how many distinct trigrams the target has (the first of `buffer`), and how many in all. */
  known = 0;
  count = 0;
  /** The words' trigram ids (see `GRAM_FIELDS`), one run per word, and the pool's generation. */
  private gramPool = new Int32Array(1 << 14);
  private gramUsed = 0;
  private gramGeneration = 1;
  private gramEpoch = 0;
  private gramStamp: Int32Array;
  /** (last code unit of a word, first of the next) → id of the trigram "x y", or -1: a small direct-mapped table in front of a map */
  private readonly boundaryGrams = new Map<number, number>();
  private readonly boundaryKeys = new Int32Array(4096).fill(-1);
  private readonly boundaryIds = new Int32Array(4096);
  /** The target's trigram count: ids from there on are the reader's own, of the trigrams the target lacks (`unknownIds`). */
  private readonly targetGrams: number;
  private unknownIds = new Map<string, number>();

  constructor(private readonly index: TargetIndex) {
    this.targetGrams = index.tables.trigramIds.size;
    this.gramStamp = new Int32Array(this.targetGrams + 1024);
  }

  /**
   * The distinct trigrams of `trigramsOf(folded words)`: those of each " word ", and "x y" across
   * each word boundary (word i's record, see {@link GRAM_FIELDS}, at `records[at[i]]`). The number
   * of them the target has (`known`, in `buffer`) and of all (`count`), in `known` and `count`.
   */
  read(words: readonly WordForms[], records: Int32Array, at: Int32Array): void {
    // the reader's own ids start afresh only between tasks (a task's trigrams are told apart by id)
    if (this.unknownIds.size >= CACHE_LIMIT) this.forgetUnknown();
    const epoch = ++this.gramEpoch;
    const targetGrams = this.targetGrams;
    // at most one known trigram per distinct trigram id
    if (this.buffer.length < targetGrams) this.buffer = new Int32Array(targetGrams);
    const trigrams = this.buffer;
    let known = 0;
    let unknown = 0;
    let last = 0;
    for (let i = 0; i < words.length; i++) {
      const record = at[i]!;
      if (records[record + 2] !== this.gramGeneration) this.readGrams(records, record, words[i]!.folded);
      const pool = this.gramPool;
      let stamp = this.gramStamp;
      for (let g = records[record]!, end = g + records[record + 1]!; g < end; g++) {
        const id = pool[g]!;
        if (stamp[id] !== epoch) {
          stamp[id] = epoch;
          if (id < targetGrams) trigrams[known++] = id;
          else unknown++;
        }
      }
      const ends = records[record + 3]!;
      if (i > 0) {
        const id = this.boundaryGram(last, ends >>> 16);
        stamp = this.gramStamp;
        if (stamp[id] !== epoch) {
          stamp[id] = epoch;
          if (id < targetGrams) trigrams[known++] = id;
          else unknown++;
        }
      }
      last = ends & 0xffff;
    }
    this.known = known;
    this.count = known + unknown;
  }

  /** The id of a trigram the target lacks: the reader's own, one per distinct string. */
  private unknownId(gram: string): number {
    let id = this.unknownIds.get(gram);
    if (id === undefined) {
      id = this.targetGrams + this.unknownIds.size;
      this.unknownIds.set(gram, id);
      if (id >= this.gramStamp.length) {
        const stamp = new Int32Array(this.gramStamp.length * 2);
        stamp.set(this.gramStamp);
        this.gramStamp = stamp;
      }
    }
    return id;
  }

  /** Forgets the reader's own ids, and what holds them: the words' runs (read again when next needed) and the boundary trigrams. */
  private forgetUnknown(): void {
    this.unknownIds = new Map();
    this.gramGeneration++;
    this.gramUsed = 0;
    this.boundaryKeys.fill(-1);
    this.boundaryGrams.clear();
  }

  /** Reads a word's trigrams (of " word ") into its record (at `record`): their ids (the target's, or the reader's own) into the pool. */
  private readGrams(records: Int32Array, record: number, word: string): void {
    const { trigramIds } = this.index.tables;
    // " word " has as many trigrams as the word has code units
    if (this.gramUsed + word.length > this.gramPool.length) {
      if (this.gramPool.length < GRAM_POOL_LIMIT || word.length > this.gramPool.length) {
        const pool = new Int32Array(Math.max(this.gramPool.length * 2, this.gramUsed + word.length));
        pool.set(this.gramPool.subarray(0, this.gramUsed));
        this.gramPool = pool;
      } else {
        // full: start afresh (every record's run is read again when next needed)
        this.gramGeneration++;
        this.gramUsed = 0;
      }
    }
    const pool = this.gramPool;
    const at = this.gramUsed;
    let count = 0;
    const padded = ` ${word} `;
    for (let j = 0; j + 3 <= padded.length; j++) {
      const gram = padded.slice(j, j + 3);
      pool[at + count++] = trigramIds.get(gram) ?? this.unknownId(gram);
    }
    this.gramUsed = at + count;
    records[record] = at;
    records[record + 1] = count;
    records[record + 2] = this.gramGeneration;
    records[record + 3] = word.charCodeAt(0) * 0x10000 + word.charCodeAt(word.length - 1);
  }

  /** The id of the trigram "x y" (code units x and y around a space): the target's, or the reader's own. */
  private boundaryGram(x: number, y: number): number {
    if (x < 0x8000) {
      const key = (x << 16) | y;
      const slot = (x * 31 + y) & 4095;
      if (this.boundaryKeys[slot] === key) return this.boundaryIds[slot]!;
      const id = this.boundaryGramOf(x, y);
      this.boundaryKeys[slot] = key;
      this.boundaryIds[slot] = id;
      return id;
    }
    return this.boundaryGramOf(x, y);
  }

  private boundaryGramOf(x: number, y: number): number {
    const key = x * 0x10000 + y;
    let id = this.boundaryGrams.get(key);
    if (id === undefined) {
      const gram = `${String.fromCharCode(x)} ${String.fromCharCode(y)}`;
      id = this.index.tables.trigramIds.get(gram) ?? this.unknownId(gram);
      if (this.boundaryGrams.size >= CACHE_LIMIT) this.boundaryGrams.clear();
      this.boundaryGrams.set(key, id);
    }
    return id;
  }
}
