// The evaluation of `npm run eval` (scripts/eval.ts prints it; the tests and the benchmark read
// it): precision, recall and F1 of dean06's linker and of two naive baselines on labelled links,
// with the scoring rule of shared/eval/README.md (micro-averaged over plans).
import { getPlan, rootPlan } from "../src/corpus/index";
import { link } from "../src/match/link";
import { type Baseline, bestMatches, jaccardBaseline, levenshteinBaseline } from "./baselines";
import { addCounts, type Counts, countLinks, type LabelFile, prf, ZERO } from "./labels";

/** The development set given with the project; the other label files are our own (test/fixtures/README.md). */
export const DEV = new Set(["hue-2022", "ninh-hoa-2022"]);

/** A task id's ref ("hue-2022:VI.12" → "VI.12"). */
export const refOf = (id: string) => id.slice(id.indexOf(":") + 1);

/** dean06's links of a plan (or built-in plan id) as (local ref, national ref) pairs. */
export function linkPairs(plan: Parameters<typeof link>[0]): [string, string][] {
  return link(plan).links.map((l) => [refOf(l.local), refOf(l.national)]);
}

const dean06Pairs = (labels: LabelFile): [string, string][] => linkPairs(labels.plan);

/** The baseline's threshold that maximises F1 over the development set (generous to it). */
function bestThreshold(baseline: Baseline, dev: LabelFile[]): number {
  const matches = dev.map((labels) => ({ labels, best: bestMatches(baseline, getPlan(labels.plan), rootPlan) }));
  let best = { threshold: 0, f1: -1 };
  for (let t = 0; t <= 1.0001; t += 0.01) {
    const total = matches.reduce(
      (sum, { labels, best: m }) =>
        addCounts(
          sum,
          countLinks(
            labels,
            m.filter((x) => x.similarity >= t).map((x) => [x.local, x.national]),
          ),
        ),
      ZERO,
    );
    const { f1 } = prf(total);
    if (f1 > best.f1) best = { threshold: t, f1 };
  }
  return best.threshold;
}

function baselinePairs(baseline: Baseline, threshold: number, labels: LabelFile): [string, string][] {
  return bestMatches(baseline, getPlan(labels.plan), rootPlan)
    .filter((m) => m.similarity >= threshold)
    .map((m) => [m.local, m.national]);
}

export interface EvalRow {
  method: string;
  plan: string;
  counts: Counts;
}

/** The required (local ref, national ref) pairs of a label file. */
const requiredPairs = (labels: LabelFile): [string, string][] => labels.tasks.flatMap((t) => t.national.map((n): [string, string] => [t.ref, n]));

/** What to compare beside dean06 and the baselines, and where their thresholds come from. */
export interface EvaluateOptions {
  /** The labels the baselines' thresholds are fitted on (default: the development plans among `labelFiles`). */
  dev?: LabelFile[];
  /** Name of the row that sums the plans outside the development set. */
  overall?: string;
  /** Other labellers' labels of the same plans: the required links of each are scored as one more method. */
  otherLabellers?: { name: string; files: LabelFile[] }[];
}

/** Runs every method on every label file; rows per plan plus "dev overall" and "own labels overall" (or `options.overall`). */
export function evaluate(labelFiles: LabelFile[], options: EvaluateOptions = {}): { rows: EvalRow[]; thresholds: Record<string, number> } {
  const dev = options.dev ?? labelFiles.filter((l) => DEV.has(l.plan));
  const thresholds = Object.fromEntries([levenshteinBaseline, jaccardBaseline].map((b) => [b.name, bestThreshold(b, dev)]));
  const methods: { name: string; pairs: (l: LabelFile) => [string, string][] }[] = [
    { name: "dean06", pairs: dean06Pairs },
    ...[levenshteinBaseline, jaccardBaseline].map((b) => ({ name: `${b.name} ≥ ${thresholds[b.name]!.toFixed(2)}`, pairs: (l: LabelFile) => baselinePairs(b, thresholds[b.name]!, l) })),
  ];
  for (const other of options.otherLabellers ?? []) {
    const byPlan = new Map(other.files.map((f) => [f.plan, f]));
    methods.push({ name: other.name, pairs: (l) => requiredPairs(byPlan.get(l.plan)!) });
  }
  const rows: EvalRow[] = [];
  for (const method of methods) {
    let devTotal = ZERO;
    let ownTotal = ZERO;
    for (const labels of labelFiles) {
      const counts = countLinks(labels, method.pairs(labels));
      rows.push({ method: method.name, plan: labels.plan, counts });
      if (DEV.has(labels.plan)) devTotal = addCounts(devTotal, counts);
      else ownTotal = addCounts(ownTotal, counts);
    }
    if (devTotal.required) rows.push({ method: method.name, plan: "dev overall", counts: devTotal });
    if (ownTotal.required) rows.push({ method: method.name, plan: options.overall ?? "own labels overall", counts: ownTotal });
  }
  return { rows, thresholds };
}
