// Counting, for every task of a small target, how many of a local task's items (character
// trigrams) it has: the readable statement walks each item's postings and adds one per task
// (`countByPostings`); the fast path keeps each item's tasks as a bit mask and adds the masks
// into bit-sliced counters held in local variables (`SharedCounter.count`: eight masks at a time
// through carry-save adders, Harley and Seal's way), a few bit operations per item and 32 tasks
// instead of a memory increment per posting. The two give the
// same counts (test/match/shared-counts.test.ts checks them on random postings).

/** Postings of items by id: the tasks of item `g` are `flat[start[g]] … flat[start[g + 1] - 1]`, ascending. */
export interface Postings {
  start: Int32Array;
  flat: Int32Array;
}

/** Bit-sliced counters count up to this (twelve bits); a task with as many items or more is counted by postings. */
const MOST_COUNTED = (1 << 12) - 1;

/**
 * The readable statement of {@link SharedCounter.count}: for each of the first `count` item ids
 * of `items`, one is added to `out` at each task of its postings (`out` is cleared first; it has
 * a place per task).
 *
 * @example
 * const out = new Int32Array(3);
 * countByPostings({ start: Int32Array.of(0, 2, 3), flat: Int32Array.of(0, 2, 2) }, Int32Array.of(0, 1), 2, out);
 * out // Int32Array [1, 0, 2]
 */
export function countByPostings(postings: Postings, items: Int32Array, count: number, out: Int32Array): void {
  const { start, flat } = postings;
  out.fill(0);
  for (let k = 0; k < count; k++) {
    const item = items[k]!;
    const end = start[item + 1]!;
    for (let j = start[item]!; j < end; j++) {
      const task = flat[j]!;
      out[task] = out[task]! + 1;
    }
  }
}

/**
 * Counts how many of a set of items each task of a target has, from the items' postings turned
 * into bit masks (one 32-bit word per 32 tasks, per item): the same counts as
 * {@link countByPostings}, quicker when the postings are long (common character trigrams are in
 * most tasks of a plan). Meant for a target of a few hundred tasks at most (`tasks / 32` words per item).
 *
 * @example
 * const counter = new SharedCounter({ start: Int32Array.of(0, 2, 3), flat: Int32Array.of(0, 2, 2) }, 3);
 * const out = new Int32Array(3);
 * counter.count(Int32Array.of(0, 1), 2, out);
 * out // Int32Array [1, 0, 2]
 */
export class SharedCounter {
  /** Words per item: ⌈tasks / 32⌉. */
  private readonly words: number;
  /** Item g's tasks as bits: bit t % 32 of word g × words + ⌊t / 32⌋. */
  private readonly masks: Int32Array;

  constructor(
    private readonly postings: Postings,
    private readonly tasks: number,
  ) {
    const words = (tasks + 31) >>> 5;
    const items = postings.start.length - 1;
    const masks = new Int32Array(items * words);
    const { start, flat } = postings;
    for (let item = 0; item < items; item++) {
      for (let j = start[item]!; j < start[item + 1]!; j++) {
        const task = flat[j]!;
        const at = item * words + (task >>> 5);
        masks[at] = masks[at]! | (1 << (task & 31));
      }
    }
    this.words = words;
    this.masks = masks;
  }

  /** Writes into `out` (a place per task) how many of the first `count` item ids of `items` each task has. */
  count(items: Int32Array, count: number, out: Int32Array): void {
    if (count > MOST_COUNTED) {
      countByPostings(this.postings, items, count, out);
      return;
    }
    const { words, masks, tasks } = this;
    for (let w = 0; w < words; w++) {
      // twelve bit planes of 32 counters (one per task of this word)
      let p0 = 0;
      let p1 = 0;
      let p2 = 0;
      let p3 = 0;
      let p4 = 0;
      let p5 = 0;
      let p6 = 0;
      let p7 = 0;
      let p8 = 0;
      let p9 = 0;
      let p10 = 0;
      let p11 = 0;
      // eight masks at a time through carry-save adders (Harley and Seal's): the ones, twos and
      // fours planes take them, and what reaches eight ripples into the planes above (a last group
      // of fewer than eight is filled with empty masks, which add nothing)
      for (let k = 0; k < count; k += 8) {
        const d0 = masks[items[k]! * words + w]!;
        const d1 = k + 1 < count ? masks[items[k + 1]! * words + w]! : 0;
        const d2 = k + 2 < count ? masks[items[k + 2]! * words + w]! : 0;
        const d3 = k + 3 < count ? masks[items[k + 3]! * words + w]! : 0;
        const d4 = k + 4 < count ? masks[items[k + 4]! * words + w]! : 0;
        const d5 = k + 5 < count ? masks[items[k + 5]! * words + w]! : 0;
        const d6 = k + 6 < count ? masks[items[k + 6]! * words + w]! : 0;
        const d7 = k + 7 < count ? masks[items[k + 7]! * words + w]! : 0;
        // a carry-save adder of a, b, c: the sum bit a ^ b ^ c stays, the carry (a & b) | ((a ^ b) & c) goes up a plane
        let half = p0 ^ d0;
        const twosA = (p0 & d0) | (half & d1);
        p0 = half ^ d1;
        half = p0 ^ d2;
        const twosB = (p0 & d2) | (half & d3);
        p0 = half ^ d3;
        half = p1 ^ twosA;
        const foursA = (p1 & twosA) | (half & twosB);
        p1 = half ^ twosB;
        half = p0 ^ d4;
        const twosC = (p0 & d4) | (half & d5);
        p0 = half ^ d5;
        half = p0 ^ d6;
        const twosD = (p0 & d6) | (half & d7);
        p0 = half ^ d7;
        half = p1 ^ twosC;
        const foursB = (p1 & twosC) | (half & twosD);
        p1 = half ^ twosD;
        half = p2 ^ foursA;
        let carry = (p2 & foursA) | (half & foursB);
        p2 = half ^ foursB;
        let next = p3 & carry;
        p3 ^= carry;
        carry = next;
        if (carry === 0) continue;
        next = p4 & carry;
        p4 ^= carry;
        carry = next;
        if (carry === 0) continue;
        next = p5 & carry;
        p5 ^= carry;
        carry = next;
        if (carry === 0) continue;
        next = p6 & carry;
        p6 ^= carry;
        carry = next;
        if (carry === 0) continue;
        next = p7 & carry;
        p7 ^= carry;
        carry = next;
        if (carry === 0) continue;
        next = p8 & carry;
        p8 ^= carry;
        carry = next;
        if (carry === 0) continue;
        next = p9 & carry;
        p9 ^= carry;
        carry = next;
        if (carry === 0) continue;
        next = p10 & carry;
        p10 ^= carry;
        carry = next;
        // no carry out of the last plane: a count stays under 2¹² (MOST_COUNTED)
        p11 ^= carry;
      }
      const first = w << 5;
      const last = Math.min(32, tasks - first);
      for (let s = 0; s < last; s++) {
        out[first + s] =
          ((p0 >>> s) & 1) |
          (((p1 >>> s) & 1) << 1) |
          (((p2 >>> s) & 1) << 2) |
          (((p3 >>> s) & 1) << 3) |
          (((p4 >>> s) & 1) << 4) |
          (((p5 >>> s) & 1) << 5) |
          (((p6 >>> s) & 1) << 6) |
          (((p7 >>> s) & 1) << 7) |
          (((p8 >>> s) & 1) << 8) |
          (((p9 >>> s) & 1) << 9) |
          (((p10 >>> s) & 1) << 10) |
          (((p11 >>> s) & 1) << 11);
      }
    }
  }
}
