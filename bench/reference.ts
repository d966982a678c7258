// The linker's fast path (src/match/rank.ts) checked against the plain statement of the score
// (src/match/score.ts), candidate by candidate and component by component: npm run bench runs it
// before it measures, test/match/score.test.ts on the labelled and generated plans.
import { rootPlan } from "../src/corpus/index";
import { Ranker } from "../src/match/rank";
import { candidateTargets, prepareLocal, scoreCandidate, sectionAffinities } from "../src/match/score";
import { SectorReader } from "../src/match/sector";
import { buildReferenceIndex, buildTargetIndex } from "../src/match/target-index";
import { compareCodeUnits } from "../src/match/terms";
import type { Plan } from "../src/model/plan";
import { createWordReader } from "../src/text/word-reader";

/** Where the fast path and the reference differ: the task, and both candidate lists (serialized). */
export interface ReferenceMismatch {
  task: string;
  expected: string;
  actual: string;
}

/**
 * The linker's fast path (rank.ts) against the reference scorer (score.ts), candidate by candidate
 * (target, score, every component, shared terms), on some plans linked to `target`: the tasks
 * checked, and the first mismatch (null when none).
 */
export function referenceMismatch(plans: readonly Plan[], target: Plan = rootPlan): { checked: number; mismatch: ReferenceMismatch | null } {
  const reference = buildReferenceIndex(target);
  const reader = createWordReader();
  const index = buildTargetIndex(target, { reader });
  const ranker = new Ranker(index, reader, new SectorReader());
  let checked = 0;
  for (const plan of plans) {
    const affinities = sectionAffinities(index, plan.sections);
    for (const task of plan.tasks) {
      const local = prepareLocal(reference, task);
      const affinity = affinities.get(task.section);
      const expected = candidateTargets(reference, local)
        .map((i) => scoreCandidate(reference, local, reference.tasks[i]!, affinity?.get(reference.tasks[i]!.task.section) ?? 0))
        .sort((a, b) => b.score - a.score || compareCodeUnits(a.target.task.id, b.target.task.id))
        .map((c) => ({ ...c, target: c.target.task.id }));
      const sections = affinity ? Float64Array.from(index.tables.sectionSets.keys(), (ref) => affinity.get(ref) ?? 0) : null;
      const actual = ranker.sorted(ranker.rank(ranker.prepare(task), sections)).map((i) => ranker.candidate(i));
      const [e, a] = [JSON.stringify(expected), JSON.stringify(actual)];
      if (e !== a) return { checked, mismatch: { task: task.id, expected: e, actual: a } };
      checked++;
    }
  }
  return { checked, mismatch: null };
}

/** {@link referenceMismatch}, throwing on a mismatch: the number of tasks checked. */
export function referenceCheck(plans: readonly Plan[]): number {
  const { checked, mismatch } = referenceMismatch(plans);
  if (mismatch) throw new Error(`the fast scorer differs from the reference on ${mismatch.task}`);
  return checked;
}
