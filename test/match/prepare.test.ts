import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate";
import { rootPlan } from "../../src/corpus/index";
import { type PreparedTask, TaskReader } from "../../src/match/prepare";
import { targetIndexFor } from "../../src/match/root-index";
import type { Task } from "../../src/model/task";
import { createWordReader } from "../../src/text/word-reader";

/** What a prepared task says, with the term space's own ids (which depend on what was read before) numbered by first use in the task. */
function summary(local: PreparedTask, n: number) {
  const own = new Map<number, number>();
  const named = (id: number) => (id < n ? id : (own.get(id) ?? own.set(id, n + own.size).get(id)!));
  const m = local.words.length;
  return {
    folded: local.folded,
    clauses: local.clauses,
    form: local.form,
    systems: local.systems,
    phrase: local.phrase,
    terms: local.terms,
    ids: [...local.ids.subarray(0, local.terms)],
    weights: [...local.weights.subarray(0, local.terms)],
    last: [...local.last.subarray(0, local.terms)],
    wordIds: [...local.wordIds.subarray(0, m)].map(named),
    termAt: [...local.termAt.subarray(0, 2 * m)].filter((_, i) => i < m || (i > m && local.clauses[i - m] === local.clauses[i - m - 1])),
    mass: local.mass,
    trigramCount: local.trigramCount,
    trigrams: [...local.trigrams.subarray(0, local.knownTrigrams)].sort((a, b) => a - b),
  };
}

describe("TaskReader", () => {
  const tasks: Task[] = generateCorpus(12, 3, "novel").plans.flatMap((p) => p.tasks);

  it("prepares a task as a fresh reader does, whatever it read before, across records and own terms forgotten", () => {
    const reader = createWordReader();
    const index = targetIndexFor(rootPlan, { reader });
    const n = (form: "toned" | "folded") => index.tables.forms[form].size;
    // small limits: the term spaces' own ids (remembered in the words' records) are forgotten many
    // times over; the records start afresh many times over; and two readers of one word reader
    // (a word's record is marked by whichever set it last)
    const shared = createWordReader();
    const readers = [new TaskReader(index, reader, { terms: 16 }), new TaskReader(index, createWordReader(), { records: 300 }), new TaskReader(index, shared), new TaskReader(index, shared)];
    for (const round of [0, 1]) {
      for (const [k, task] of tasks.entries()) {
        if (round === 1 && k % 3 !== 0) continue;
        const fresh = new TaskReader(index, createWordReader());
        const expected = fresh.prepare(task);
        const want = summary(expected, n(expected.form));
        for (const used of readers) {
          const got = used.prepare(task);
          expect(summary(got, n(got.form))).toEqual(want);
        }
      }
    }
  });
});
