import type { WordForms } from "../text/match-form";
import type { TargetIndex } from "./target-index";

// A local task's character trigrams by id in the target's table, assembled from each word's
// (read once per word, kept in a pool of ids) and the trigram across each word boundary.

/**
 * What the trigram reader keeps on a word's memo (see `TaskReader`): its trigrams' ids in the
 * target's table, `gramCount` of them from `gramAt` in the reader's pool while the pool's
 * generation is `gramFor` (0: not read), and the strings of those the target lacks.
 *
 * @example
 * const memo: GramMemo = { gramAt: 0, gramCount: 0, gramFor: 0, gramsUnknown: NO_GRAMS };
 */
export interface GramMemo {
  gramAt: number;
  gramCount: number;
  gramFor: number;
  gramsUnknown: readonly string[];
}

/**
 * No trigram strings: what a word whose trigrams the target all has keeps.
 *
 * @example
 * memo.gramsUnknown === NO_GRAMS // every trigram of the word is the target's
 */
export const NO_GRAMS: readonly string[] = Object.freeze([]);

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
 * trigrams.read(words, memos).known // the first `known` of trigrams.buffer are its trigram ids
 */
export class TrigramReader {
  /** The ids of the distinct trigrams of the task read last that the target has. */
  buffer = new Int32Array(0);
  /** The words' trigram ids (see `GramMemo`), one run per word, and the pool's generation. */
  private gramPool = new Int32Array(1 << 14);
  private gramUsed = 0;
  private gramGeneration = 1;
  private gramEpoch = 0;
  private readonly gramStamp: Int32Array;
  /** (last code unit of a word, first of the next) → id of the trigram "x y", or -1: a small direct-mapped table in front of a map */
  private readonly boundaryGrams = new Map<number, number>();
  private readonly boundaryKeys = new Int32Array(4096).fill(-1);
  private readonly boundaryIds = new Int32Array(4096);

  constructor(private readonly index: TargetIndex) {
    this.gramStamp = new Int32Array(index.tables.trigramIds.size);
  }

  /** The distinct trigrams of `trigramsOf(folded words)`: those of each " word ", and "x y" across each word boundary (`memos`: the words' memos, in their order). */
  read(words: readonly WordForms[], memos: readonly GramMemo[]): { known: number; count: number } {
    const stamp = this.gramStamp;
    const epoch = ++this.gramEpoch;
    // at most one known trigram per distinct trigram id
    if (this.buffer.length < stamp.length) this.buffer = new Int32Array(stamp.length);
    const trigrams = this.buffer;
    let known = 0;
    let unknown: Set<string> | null = null;
    for (let i = 0; i < words.length; i++) {
      const memo = memos[i]!;
      const word = words[i]!.folded;
      if (memo.gramFor !== this.gramGeneration) this.readGrams(memo, word);
      const pool = this.gramPool;
      for (let g = memo.gramAt, end = memo.gramAt + memo.gramCount; g < end; g++) {
        const id = pool[g]!;
        if (stamp[id] !== epoch) {
          stamp[id] = epoch;
          trigrams[known++] = id;
        }
      }
      if (memo.gramsUnknown.length) {
        unknown ??= new Set();
        for (const gram of memo.gramsUnknown) unknown.add(gram);
      }
      if (i > 0) {
        const previous = words[i - 1]!.folded;
        const x = previous.charCodeAt(previous.length - 1);
        const y = word.charCodeAt(0);
        const id = this.boundaryGram(x, y);
        if (id < 0) (unknown ??= new Set()).add(`${String.fromCharCode(x)} ${String.fromCharCode(y)}`);
        else if (stamp[id] !== epoch) {
          stamp[id] = epoch;
          trigrams[known++] = id;
        }
      }
    }
    return { known, count: known + (unknown?.size ?? 0) };
  }

  /** Reads a word's trigrams (of " word ") into its memo: the ids the target has into the pool, the others' strings. */
  private readGrams(memo: GramMemo, word: string): void {
    const { trigramIds } = this.index.tables;
    // " word " has as many trigrams as the word has code units
    if (this.gramUsed + word.length > this.gramPool.length) {
      if (this.gramPool.length < GRAM_POOL_LIMIT || word.length > this.gramPool.length) {
        const pool = new Int32Array(Math.max(this.gramPool.length * 2, this.gramUsed + word.length));
        pool.set(this.gramPool.subarray(0, this.gramUsed));
        this.gramPool = pool;
      } else {
        // full: start afresh (every memo's run is read again when next needed)
        this.gramGeneration++;
        this.gramUsed = 0;
      }
    }
    const pool = this.gramPool;
    const at = this.gramUsed;
    let count = 0;
    let unknown: string[] | null = null;
    const padded = ` ${word} `;
    for (let j = 0; j + 3 <= padded.length; j++) {
      const gram = padded.slice(j, j + 3);
      const id = trigramIds.get(gram);
      if (id === undefined) (unknown ??= []).push(gram);
      else pool[at + count++] = id;
    }
    this.gramUsed = at + count;
    memo.gramAt = at;
    memo.gramCount = count;
    memo.gramFor = this.gramGeneration;
    memo.gramsUnknown = unknown ?? NO_GRAMS;
  }

  /** The id of the trigram "x y" (code units x and y around a space), -1 when the target lacks it. */
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
      id = this.index.tables.trigramIds.get(`${String.fromCharCode(x)} ${String.fromCharCode(y)}`) ?? -1;
      if (this.boundaryGrams.size >= CACHE_LIMIT) this.boundaryGrams.clear();
      this.boundaryGrams.set(key, id);
    }
    return id;
  }
}
