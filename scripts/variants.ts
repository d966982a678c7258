// The labelled plans re-written as other plans are written (without diacritics, abbreviated,
// scanned with OCR damage, in capitals) and linked again: how much of the linker's quality is
// owed to the labelled plans' own spelling. npm run eval prints it; the tests guard it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { abbreviate, mulberry32, ocrNoise, type Rng } from "../bench/generate";
import { getPlan } from "../src/corpus/index";
import { parsePlan } from "../src/import/import-text";
import type { Plan } from "../src/model/plan";
import { foldDiacritics } from "../src/text/fold";
import { linkPairs } from "./evaluate";
import { addCounts, type Counts, countLinks, type LabelFile, ZERO } from "./labels";

/** One way of re-writing every task text of a plan. */
export interface TextVariant {
  name: string;
  rewrite: (text: string, rng: Rng) => string;
}

/** The re-writings measured: each as a whole plan would be written. */
export const TEXT_VARIANTS: readonly TextVariant[] = [
  { name: "as written", rewrite: (text) => text },
  { name: "without diacritics", rewrite: (text) => foldDiacritics(text) },
  { name: "abbreviated (CSDLQG, TTHC, CNTT, CĐS …)", rewrite: (text, rng) => abbreviate(rng, text) },
  { name: "OCR damage in 12% of words", rewrite: (text, rng) => ocrNoise(rng, text, 0.12) },
  { name: "OCR damage, without diacritics", rewrite: (text, rng) => ocrNoise(rng, foldDiacritics(text), 0.12) },
  { name: "capitals", rewrite: (text) => text.toUpperCase() },
];

/** A seed from a plan id, so that a plan is re-written the same way whatever else is measured. */
function seedOf(id: string): number {
  let seed = 2022;
  for (const char of id) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) >>> 0;
  return seed;
}

/** The plan with every task text re-written (seeded by the plan id: reproducible). */
export function rewritePlan(plan: Plan, variant: TextVariant): Plan {
  const rng = mulberry32(seedOf(plan.id));
  return { ...plan, tasks: plan.tasks.map((task) => ({ ...task, text: variant.rewrite(task.text, rng) })) };
}

/** dean06's links of each labelled plan re-written, counted against its labels: per plan, and summed. */
export function variantCounts(labelFiles: readonly LabelFile[], variant: TextVariant): { plans: Map<string, Counts>; total: Counts } {
  const plans = new Map<string, Counts>();
  let total = ZERO;
  for (const labels of labelFiles) {
    const counts = countLinks(labels, linkPairs(rewritePlan(getPlan(labels.plan), variant)));
    plans.set(labels.plan, counts);
    total = addCounts(total, counts);
  }
  return { plans, total };
}

/** The labelled plan whose seed is a scan (its raw text is OCR output). */
export const SCANNED_PLAN = "bac-giang-2022";

/**
 * dean06's links of a labelled plan imported from its seed text as a user would import it —
 * seeds/raw/<plan>.txt read with parsePlan, not the curated plan the corpus holds (for Bắc Giang,
 * the scanner's OCR output rather than its restoration) — counted against the plan's labels.
 */
export function importedCounts(labels: LabelFile): Counts {
  const text = readFileSync(fileURLToPath(new URL(`../seeds/raw/${labels.plan}.txt`, import.meta.url)), "utf8");
  return countLinks(labels, linkPairs(parsePlan(text, { id: labels.plan })));
}
