import levenshtein from "fast-levenshtein";
import type { Plan } from "../src/model/plan";
import { foldForMatch } from "../src/text/fold";

/** A naive linker: for each local task, the best target task by a similarity, if above a threshold. */
export interface Baseline {
  name: string;
  similarity(a: string, b: string): number;
}

/** Full-string fast-levenshtein ratio on folded text: 1 − distance / longer length. */
export const levenshteinBaseline: Baseline = {
  name: "levenshtein ratio",
  similarity(a, b) {
    const longer = Math.max(a.length, b.length);
    return longer ? 1 - levenshtein.get(a, b) / longer : 0;
  },
};

/** Plain token Jaccard on folded words. */
export const jaccardBaseline: Baseline = {
  name: "token jaccard",
  similarity(a, b) {
    const x = new Set(a.split(" "));
    const y = new Set(b.split(" "));
    let shared = 0;
    for (const w of x) if (y.has(w)) shared++;
    return shared / (x.size + y.size - shared || 1);
  },
};

/** Each local task's best target task and its similarity (compute once, then threshold). */
export function bestMatches(baseline: Baseline, plan: Plan, target: Plan): { local: string; national: string; similarity: number }[] {
  const targets = target.tasks.map((t) => ({ ref: t.ref, text: foldForMatch(t.text) }));
  return plan.tasks.map((task) => {
    const text = foldForMatch(task.text);
    let best = { national: "", similarity: -1 };
    for (const t of targets) {
      const similarity = baseline.similarity(text, t.text);
      if (similarity > best.similarity) best = { national: t.ref, similarity };
    }
    return { local: task.ref, ...best };
  });
}
