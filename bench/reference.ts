// The linker's fast path (src/match/rank.ts) checked against the plain statement of the score
// (src/match/score.ts), candidate by candidate: npm run bench runs it before it measures, the tests
// on the built-in and generated plans.
import { rootPlan } from "../src/corpus/index";
import { targetIndexOf } from "../src/match/link";
import { rankerOf } from "../src/match/rank";
import { prepareLocal, scoreCandidate, sectionAffinities } from "../src/match/score";
import { buildReferenceIndex } from "../src/match/target-index";
import type { Plan } from "../src/model/plan";

/** The linker's fast path (rank.ts) against the reference scorer (score.ts), candidate by candidate, on some plans. */
export function referenceCheck(plans: readonly Plan[]): number {
  const reference = buildReferenceIndex(rootPlan);
  const index = targetIndexOf(rootPlan);
  const ranker = rankerOf(index);
  let checked = 0;
  for (const plan of plans) {
    const affinities = sectionAffinities(index, plan.sections);
    for (const task of plan.tasks) {
      const local = prepareLocal(reference, task);
      const seen = new Set<number>();
      for (const term of local.terms.keys()) for (const i of reference.statistics[local.form].postings.get(term) ?? []) seen.add(i);
      const affinity = affinities.get(task.section);
      const expected = [...seen]
        .map((i) => scoreCandidate(reference, local, reference.tasks[i]!, affinity?.get(reference.tasks[i]!.task.section) ?? 0))
        .sort((a, b) => b.score - a.score || a.target.task.id.localeCompare(b.target.task.id))
        .map((c) => ({ ...c, target: c.target.task.id }));
      const sections = affinity ? Float64Array.from(index.tasks, (t) => affinity.get(t.task.section) ?? 0) : null;
      const actual = ranker.sorted(ranker.rank(ranker.prepare(task), sections)).map((i) => ranker.candidate(i));
      if (JSON.stringify(expected) !== JSON.stringify(actual)) throw new Error(`the fast scorer differs from the reference on ${task.id}`);
      checked++;
    }
  }
  return checked;
}
