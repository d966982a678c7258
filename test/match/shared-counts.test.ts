import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countByPostings, type Postings, SharedCounter } from "../../src/match/shared-counts";

/** Postings of `items` items over `tasks` tasks, each item's tasks ascending (from a set of (item, task) pairs). */
function postingsOf(tasks: number, lists: readonly (readonly number[])[]): Postings {
  const start = new Int32Array(lists.length + 1);
  const flat: number[] = [];
  lists.forEach((list, item) => {
    start[item] = flat.length;
    flat.push(...[...new Set(list.filter((t) => t < tasks))].sort((a, b) => a - b));
  });
  start[lists.length] = flat.length;
  return { start, flat: Int32Array.from(flat) };
}

const both = (postings: Postings, tasks: number, items: Int32Array, count: number) => {
  const expected = new Int32Array(tasks);
  const actual = new Int32Array(tasks).fill(-7);
  countByPostings(postings, items, count, expected);
  new SharedCounter(postings, tasks).count(items, count, actual);
  return { expected, actual };
};

describe("SharedCounter", () => {
  it("counts what walking the postings counts, for targets of 1 to 300 tasks and any items (property)", () => {
    const target = fc.integer({ min: 1, max: 300 }).chain((tasks) =>
      fc.record({
        tasks: fc.constant(tasks),
        lists: fc.array(fc.array(fc.integer({ min: 0, max: tasks - 1 }), { maxLength: tasks }), { minLength: 1, maxLength: 60 }),
      }),
    );
    const scenario = target.chain(({ tasks, lists }) =>
      fc.record({
        tasks: fc.constant(tasks),
        lists: fc.constant(lists),
        items: fc.array(fc.integer({ min: 0, max: lists.length - 1 }), { maxLength: 200 }),
        unread: fc.integer({ min: 0, max: 5 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ tasks, lists, items, unread }) => {
        const postings = postingsOf(tasks, lists);
        // items past `count` are not read
        const buffer = Int32Array.from([...items, ...Array.from({ length: unread }, (_, k) => k % lists.length)]);
        const { expected, actual } = both(postings, tasks, buffer, items.length);
        expect([...actual]).toEqual([...expected]);
      }),
      { numRuns: 300 },
    );
  });

  it("counts up to 4,095 items by bits, and more by postings: the same counts either side of the limit", () => {
    // every task of 70 has item 0, task 3 has item 1 too: counts of 4,095 and 4,096 repeats
    const postings = postingsOf(70, [Array.from({ length: 70 }, (_, t) => t), [3]]);
    for (const count of [4094, 4095, 4096, 5000]) {
      const items = Int32Array.from({ length: count }, (_, k) => (k % 2 === 0 ? 0 : 1));
      const { expected, actual } = both(postings, 70, items, count);
      expect([...actual]).toEqual([...expected]);
      expect(actual[3]).toBe(count);
      expect(actual[0]).toBe(Math.ceil(count / 2));
    }
  });

  it("writes a count for every task, also those beyond the last full word of 32 and those with none", () => {
    const postings = postingsOf(33, [[0, 31, 32], [32], []]);
    const { expected, actual } = both(postings, 33, Int32Array.of(0, 1, 2), 3);
    expect([...actual]).toEqual([...expected]);
    expect(actual[32]).toBe(2);
    expect(actual[5]).toBe(0);
  });
});
