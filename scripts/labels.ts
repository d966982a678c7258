import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** One labelled local task (format of shared/eval/README.md). */
export const LabelledTaskSchema = z.object({
  ref: z.string(),
  national: z.array(z.string()),
  also: z.array(z.string()),
  kind: z.enum(["derived", "local"]),
});

export const LabelFileSchema = z.object({ plan: z.string(), labeller: z.string().optional(), tasks: z.array(LabelledTaskSchema) });
export type LabelFile = z.infer<typeof LabelFileSchema>;

/** The labelled link files in a folder (`links-<plan>.json`). */
export function readLabels(folder: string): LabelFile[] {
  return readdirSync(folder)
    .filter((f) => /^links-.+\.json$/.test(f))
    .sort()
    .map((f) => LabelFileSchema.parse(JSON.parse(readFileSync(join(folder, f), "utf8"))));
}

/** Counts for the scoring rule of shared/eval/README.md. */
export interface Counts {
  predicted: number;
  correct: number; // |P ∩ A|
  required: number; // |G|
  found: number; // |P ∩ G|
}

/** Scores predicted (local ref, national ref) pairs against one label file. */
export function countLinks(labels: LabelFile, predicted: readonly [string, string][]): Counts {
  const required = new Set<string>();
  const acceptable = new Set<string>();
  for (const task of labels.tasks) {
    for (const n of task.national) required.add(`${task.ref}|${n}`);
    for (const n of [...task.national, ...task.also]) acceptable.add(`${task.ref}|${n}`);
  }
  const pairs = new Set(predicted.map(([l, n]) => `${l}|${n}`));
  let correct = 0;
  let found = 0;
  for (const pair of pairs) {
    if (acceptable.has(pair)) correct++;
    if (required.has(pair)) found++;
  }
  return { predicted: pairs.size, correct, required: required.size, found };
}

/** Precision, recall and F1 of (summed) counts. */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.correct / c.predicted : 1;
  const recall = c.required ? c.found / c.required : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export const addCounts = (a: Counts, b: Counts): Counts => ({
  predicted: a.predicted + b.predicted,
  correct: a.correct + b.correct,
  required: a.required + b.required,
  found: a.found + b.found,
});

export const ZERO: Counts = { predicted: 0, correct: 0, required: 0, found: 0 };

/**
 * The consensus of several labellings of the same plans: a link is required when at least two
 * labellers require it, acceptable when any labeller requires or accepts it; a task is derived
 * when it has a required link. Plans are those of the first labelling that another labels too.
 */
export function consensusLabels(labellings: readonly (readonly LabelFile[])[]): LabelFile[] {
  const [first = [], ...others] = labellings;
  return first
    .filter((file) => others.some((files) => files.some((f) => f.plan === file.plan)))
    .map((file) => {
      const versions = labellings.map((files) => files.find((f) => f.plan === file.plan)).filter((f) => f !== undefined);
      const tasks = file.tasks.map(({ ref }) => {
        const labels = versions.map((f) => f.tasks.find((t) => t.ref === ref) ?? { national: [] as string[], also: [] as string[] });
        const named = [...new Set(labels.flatMap((t) => [...t.national, ...t.also]))];
        const national = named.filter((n) => labels.filter((t) => t.national.includes(n)).length >= 2);
        const also = named.filter((n) => !national.includes(n));
        return { ref, national, also, kind: national.length ? ("derived" as const) : ("local" as const) };
      });
      return { plan: file.plan, labeller: "consensus", tasks };
    });
}
