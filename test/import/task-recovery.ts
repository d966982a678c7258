import { getPlan } from "../../src/corpus/index";
import type { Plan } from "../../src/model/plan";
import type { Task } from "../../src/model/task";
import { foldForMatch } from "../../src/text/fold";

/**
 * How much of a curated plan an import recovers. A curated task counts as recovered when the
 * imported plan has a task with
 * - the same ref;
 * - word overlap ≥ 0.9 between the two task texts, where overlap = |A ∩ B| / max(|A|, |B|) over the
 *   multisets A and B of words of `foldForMatch(text)` (diacritics folded, lower case, punctuation
 *   dropped; a word shared twice counts twice);
 * - the same raw deadline after collapsing whitespace (no deadline on both sides counts as the same).
 */
export function wordOverlap(a: string, b: string): number {
  const A = foldForMatch(a).split(" ").filter(Boolean);
  const B = foldForMatch(b).split(" ").filter(Boolean);
  if (!A.length && !B.length) return 1;
  const counts = new Map<string, number>();
  for (const w of A) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of B) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(w, left - 1);
    }
  }
  return shared / Math.max(A.length, B.length);
}

const sameDeadline = (a: Task, b: Task) => a.deadline.raw.replace(/\s+/g, " ").trim() === b.deadline.raw.replace(/\s+/g, " ").trim();

export interface Recovery {
  id: string;
  curated: number;
  recovered: number;
  refsFound: number;
  share: number;
  meanOverlap: number;
}

/** The recovery of the built-in plan `id`'s tasks by `imported` (see {@link wordOverlap} for the rule). */
export function recovery(id: string, imported: Plan): Recovery {
  const curated = getPlan(id).tasks;
  let recovered = 0;
  let refsFound = 0;
  let overlapSum = 0;
  for (const task of curated) {
    const mine = imported.tasks.find((t) => t.ref === task.ref);
    if (!mine) continue;
    refsFound++;
    const overlap = wordOverlap(task.text, mine.text);
    overlapSum += overlap;
    if (overlap >= 0.9 && sameDeadline(task, mine)) recovered++;
  }
  return { id, curated: curated.length, recovered, refsFound, share: recovered / curated.length, meanOverlap: refsFound ? overlapSum / refsFound : 0 };
}
