// npm run eval — precision, recall and F1 of dean06's linker on the labelled links, beside two
// naive baselines, with the scoring rule of shared/eval/README.md (micro-averaged over plans); then
// the same against a second, independent labelling of the harder plans, beside the agreement of
// the two labellers.
//   --verbose   list each plan's false and missed links (both labellings)
import { fileURLToPath } from "node:url";
import { getPlan, rootPlan } from "../src/corpus/index";
import { link } from "../src/match/link";
import { type Baseline, bestMatches, jaccardBaseline, levenshteinBaseline } from "./baselines";
import { addCounts, type Counts, countLinks, type LabelFile, prf, readLabels, ZERO } from "./labels";

const FIXTURES = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
/** A second labeller's labels of the plans we labelled ourselves (test/fixtures/README.md). */
const SECOND_OPINION = fileURLToPath(new URL("../test/fixtures/second-opinion/", import.meta.url));
/** The development set given with the project; the other label files are our own (test/fixtures/README.md). */
const DEV = new Set(["hue-2022", "ninh-hoa-2022"]);

const ref = (id: string) => id.slice(id.indexOf(":") + 1);
const pct = (x: number) => x.toFixed(3);

function dean06Pairs(labels: LabelFile): [string, string][] {
  return link(labels.plan).links.map((l) => [ref(l.local), ref(l.national)]);
}

/** The baseline's threshold that maximises F1 over the development set (generous to it). */
function bestThreshold(baseline: Baseline, dev: LabelFile[]): number {
  const matches = dev.map((labels) => ({ labels, best: bestMatches(baseline, getPlan(labels.plan), rootPlan) }));
  let best = { threshold: 0, f1: -1 };
  for (let t = 0; t <= 1.0001; t += 0.01) {
    const total = matches.reduce((sum, { labels, best: m }) => addCounts(sum, countLinks(labels, m.filter((x) => x.similarity >= t).map((x) => [x.local, x.national]))), ZERO);
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
  /** Another labeller's labels of the same plans: their required links are scored as one more method. */
  otherLabeller?: { name: string; files: LabelFile[] };
}

/** Runs every method on every label file; rows per plan plus "dev overall" and "own labels overall" (or `options.overall`). */
export function evaluate(labelFiles: LabelFile[], options: EvaluateOptions = {}): { rows: EvalRow[]; thresholds: Record<string, number> } {
  const dev = options.dev ?? labelFiles.filter((l) => DEV.has(l.plan));
  const thresholds = Object.fromEntries([levenshteinBaseline, jaccardBaseline].map((b) => [b.name, bestThreshold(b, dev)]));
  const methods: { name: string; pairs: (l: LabelFile) => [string, string][] }[] = [
    { name: "dean06", pairs: dean06Pairs },
    ...[levenshteinBaseline, jaccardBaseline].map((b) => ({ name: `${b.name} ≥ ${thresholds[b.name]!.toFixed(2)}`, pairs: (l: LabelFile) => baselinePairs(b, thresholds[b.name]!, l) })),
  ];
  const other = options.otherLabeller;
  if (other) {
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

function printErrors(labelFiles: LabelFile[], labeller: string): void {
  for (const labels of labelFiles) {
    const result = link(labels.plan);
    const byRef = new Map(labels.tasks.map((t) => [t.ref, t]));
    console.log(`\n## ${labels.plan} (${labeller})`);
    for (const l of result.links) {
      const gold = byRef.get(ref(l.local));
      const national = ref(l.national);
      if (!gold?.national.includes(national) && !gold?.also.includes(national)) {
        console.log(`  FALSE  ${ref(l.local)} → ${national} ${l.score} [${l.evidence.sharedTerms.slice(0, 6).join("; ")}] ${JSON.stringify(l.evidence.components)} gold=${gold?.national.join(",") || "local"}`);
      }
    }
    for (const task of labels.tasks) {
      for (const national of task.national) {
        if (!result.links.some((l) => ref(l.local) === task.ref && ref(l.national) === national)) {
          const mine = result.links.filter((l) => ref(l.local) === task.ref).map((l) => `${ref(l.national)}:${l.score}`);
          console.log(`  MISSED ${task.ref} → ${national}; linked to [${mine.join(", ")}]`);
        }
      }
    }
  }
}

function printTable(rows: EvalRow[]): void {
  console.log("| method | plan | links | precision | recall | F1 |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: |");
  for (const { method, plan, counts } of rows) {
    const { precision, recall, f1 } = prf(counts);
    console.log(`| ${method} | ${plan} | ${counts.predicted} | ${pct(precision)} | ${pct(recall)} | ${pct(f1)} |`);
  }
}

function main(): void {
  const labelFiles = readLabels(FIXTURES);
  printTable(evaluate(labelFiles).rows);
  const second = readLabels(SECOND_OPINION);
  const ours = labelFiles.filter((l) => second.some((s) => s.plan === l.plan));
  console.log("\nSecond labeller (test/fixtures/second-opinion/), with our labels' required links scored as one more method:\n");
  printTable(evaluate(second, { dev: labelFiles.filter((l) => DEV.has(l.plan)), overall: "second labeller overall", otherLabeller: { name: "our labels", files: ours } }).rows);
  if (process.argv.includes("--verbose")) {
    printErrors(labelFiles, "our labels");
    printErrors(second, "second labeller");
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
