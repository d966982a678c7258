// npm run bench — dean06 at corpus scale, in one process (issue 9).
//
// For each corpus size (10, 100, 1,000 and 10,000 synthetic plans of about 60 tasks, see
// bench/generate.ts) it measures, from a cold start (the linker's caches, indexes and memos are
// cleared first, and each stage starts from a collected heap):
//   validate  `validatePlan` of every plan (what any entry point does once per plan object);
//   link      `link(plan)` of every plan to the national root (the link calls alone are timed),
//             with precision and recall against the generator's true links;
//   baseline  the naive baseline of scripts/baselines.ts (full-string fast-levenshtein of every
//             local task against every national task) on ten plans spread over the corpus, and
//             dean06 on the same plans, for F1 on equal terms; the ratio is dean06's throughput
//             over the whole corpus to the baseline's;
//   coverage  `coverage(plan)` of every plan;  matrix  `coverageMatrix(plans)`;
//   compare   `compare(a, b)` of every pair of plans of one province (100 plans, 4,950 pairs);
//   lineage   `lineage(plans)` (tasks, links, multi-hop links to the province plan), in a process
//             of its own (bench/lineage-stage.ts), without the heap limit: see below.
// The analysis stages run in this process, whose V8 heap the npm script limits
// (--max-old-space-size=880): with a 10,000-plan corpus of ~500 MB in memory, V8 would otherwise
// let garbage grow the heap well past the live data before collecting it.
// npm run bench bundles this script and bench/lineage-stage.ts with esbuild (bench/*.bundle.mjs)
// and runs them with plain node: the processes then hold the library and its dependencies, not
// a TypeScript loader (tsx's module-hook thread alone adds ~100 MB of resident memory).
// Throughput is wall-clock time on one core (the process is single-threaded; CPU seconds are in
// results.json too); memory is the peak resident set and heap, sampled as the stages run.
// It prints a markdown table and writes bench/results.json (timings and memory aside,
// deterministic). It starts by checking the linker's fast path against the reference scorer
// (src/match/score.ts) candidate by candidate on ten plans.
//
//   npm run bench                      all sizes
//   npm run bench -- --sizes 10,100    some sizes (results.json is then not written unless --out)
//   npm run bench -- --out file.json   write the results elsewhere
//   npx tsc -p bench                   type-check the benchmark
//   node --import tsx bench/run.ts …   run it unbundled (its memory figures then include tsx)
import { execFileSync, execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { rootPlan } from "../src/corpus/index";
import { compare } from "../src/analysis/compare";
import { clearCompareCache } from "../src/analysis/compare-data";
import { coverage } from "../src/analysis/coverage";
import { coverageMatrix } from "../src/analysis/matrix";
import { link } from "../src/match/link";
import { validatePlan } from "../src/model/validate";
import { bestMatches, levenshteinBaseline } from "../scripts/baselines";
import { evaluate } from "../scripts/evaluate";
import { addCounts, type Counts, countLinks, prf, readLabels, ZERO } from "../scripts/labels";
import { type Corpus, generateCorpus, PLANS_PER_PROVINCE } from "./generate";
import { referenceCheck } from "./reference";

const SIZES = [10, 100, 1000, 10000];
/** Plans of the baseline's sample, spread evenly over the corpus. */
const SAMPLE_PLANS = 10;
const TARGETS = { linkTasksPerSecond: 20_000, baselineRatio: 50, linearity: 1.2, memoryBytes: 2 ** 30, minutes: 10 };

v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const ref = (id: string) => id.slice(id.indexOf(":") + 1);
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Peak memory, sampled as work goes (process.memoryUsage is cheap enough to call every few plans). */
class Memory {
  heap = 0;
  rss = 0;
  /** Peaks of the stage under way. */
  stageHeap = 0;
  stageRss = 0;
  sample(): void {
    const { heapUsed, rss } = process.memoryUsage();
    if (heapUsed > this.heap) this.heap = heapUsed;
    if (rss > this.rss) this.rss = rss;
    if (heapUsed > this.stageHeap) this.stageHeap = heapUsed;
    if (rss > this.stageRss) this.stageRss = rss;
  }
  startStage(): void {
    this.stageHeap = 0;
    this.stageRss = 0;
    this.sample();
  }
}

interface Timing {
  seconds: number;
  cpuSeconds: number;
  /** peak heap and RSS during the stage, MB */
  peakHeapMB: number;
  peakRssMB: number;
}

/** Runs one stage of the measurement from a collected heap (so that one stage's garbage is not counted in the next's peak). */
function timed<T>(memory: Memory, work: () => T): { result: T; timing: Timing } {
  gc();
  memory.startStage();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  memory.sample();
  return { result, timing: { seconds: round(seconds, 3), cpuSeconds: round((used.user + used.system) / 1e6, 3), peakHeapMB: mb(memory.stageHeap), peakRssMB: mb(memory.stageRss) } };
}

const perSecond = (count: number, timing: Timing) => Math.round(count / timing.seconds);

/** What bench/lineage-stage.ts prints. */
interface LineageStage {
  plans: number;
  tasks: number;
  nodes: number;
  edges: number;
  seconds: number;
  cpuSeconds: number;
  corpusRssMB: number;
  heapAfterMB: number;
  peakRssMB: number;
}

/** Runs `lineage` of the corpus of this size in a process of its own, with room for its graph (bundled as this script is, or through tsx). */
function lineageStage(size: number): LineageStage {
  const bundled = import.meta.url.endsWith(".bundle.mjs");
  const script = fileURLToPath(new URL(bundled ? "lineage-stage.bundle.mjs" : "lineage-stage.ts", import.meta.url));
  const loader = bundled ? [] : ["--import", "tsx"];
  const output = execFileSync(process.execPath, ["--max-old-space-size=8192", ...loader, script, String(size)], { encoding: "utf8", maxBuffer: 2 ** 20 });
  return JSON.parse(output.trim().split("\n").pop()!) as LineageStage;
}

function machine() {
  const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
  let nproc = os.cpus().length;
  try {
    nproc = Number(execSync("nproc", { encoding: "utf8" }).trim());
  } catch {
    // keep os.cpus()
  }
  return { nproc, cpu, memoryGiB: round(os.totalmem() / 2 ** 30, 1), node: process.version, platform: `${os.type()} ${os.release()} ${os.arch()}` };
}

interface SizeResult {
  plans: number;
  tasks: number;
  provinces: number;
  quality: { links: number; precision: number; recall: number; f1: number; counts: Counts };
  baseline: { plans: string[]; tasks: number; threshold: number; dean06: { f1: number; tasksPerSecond: number }; levenshtein: { f1: number; tasksPerSecond: number }; ratio: number };
  throughput: { linkTasksPerSecond: number; linkMicrosecondsPerTask: number; coveragePlansPerSecond: number; comparePairsPerSecond: number; lineageTasksPerSecond: number; matrixPlansPerSecond: number };
  compare: { plans: number; pairs: number; matched: number };
  lineage: LineageStage;
  timings: Record<"generate" | "validate" | "link" | "linkAndScore" | "baseline" | "baselineDean06" | "coverage" | "matrix" | "compare", Timing>;
  /** The analysis process (heap limited by the npm script): peaks sampled while the stages ran, and the process's peak resident set so far (ru_maxrss). */
  memory: { corpusHeapMB: number; peakHeapMB: number; peakRssMB: number; maxRssMB: number };
  /** sha256 of the links of the first ten plans (the same plans at every size: their links must not change with the corpus) */
  firstPlansDigest: string;
}

/** One corpus size's results, and the link counts of each of its plans (in corpus order; not written to results.json). */
interface SizeRun {
  result: SizeResult;
  planCounts: Counts[];
}

function runSize(size: number, threshold: number): SizeRun {

  clearCompareCache();
  gc();
  const memory = new Memory();
  const before = process.memoryUsage().heapUsed;
  const generated = timed(memory, () => generateCorpus(size));
  const corpus: Corpus = generated.result;
  gc();
  const corpusHeap = process.memoryUsage().heapUsed - before;
  const validated = timed(memory, () => corpus.plans.forEach((plan) => validatePlan(plan)));

  // link every plan to the root
  const planCounts: Counts[] = [];
  let linkCount = 0;
  const digest = createHash("sha256");
  let linkSeconds = 0; // the link calls alone, without scoring them against the true links
  const linked = timed(memory, () => {
    corpus.plans.forEach((plan, k) => {
      const start = performance.now();
      const result = link(plan);
      linkSeconds += (performance.now() - start) / 1000;
      if (k < 10) digest.update(JSON.stringify(result));
      linkCount += result.links.length;
      planCounts.push(countLinks(corpus.truth[k]!, result.links.map((l) => [ref(l.local), ref(l.national)])));
      if (k % 16 === 0) memory.sample();
    });
  });

  // the naive baseline and dean06 on the same sample
  const step = Math.max(1, Math.floor(corpus.plans.length / SAMPLE_PLANS));
  const sample = corpus.plans.filter((_, k) => k % step === 0).slice(0, SAMPLE_PLANS);
  const sampleTruth = sample.map((plan) => corpus.truth[corpus.plans.indexOf(plan)]!);
  // the true links are scored: the rest of the run does not keep them
  corpus.truth.length = 0;
  const sampleTasks = sample.reduce((sum, p) => sum + p.tasks.length, 0);
  const naive = timed(memory, () => sample.map((plan) => bestMatches(levenshteinBaseline, plan, rootPlan)));
  const naiveCounts = naive.result.reduce(
    (sum, matches, k) => addCounts(sum, countLinks(sampleTruth[k]!, matches.filter((m) => m.similarity >= threshold).map((m) => [m.local, m.national]))),
    ZERO,
  );
  const ours = timed(memory, () => sample.map((plan) => link(plan)));
  const oursCounts = ours.result.reduce((sum, result, k) => addCounts(sum, countLinks(sampleTruth[k]!, result.links.map((l) => [ref(l.local), ref(l.national)]))), ZERO);

  const covered = timed(memory, () => {
    corpus.plans.forEach((plan, k) => {
      coverage(plan);
      if (k % 16 === 0) memory.sample();
    });
  });
  const matrix = timed(memory, () => coverageMatrix(corpus.plans).rows.length);
  gc();

  // compare every pair of the first province
  const province = corpus.provinces[0]!;
  let pairs = 0;
  let matched = 0;
  const compared = timed(memory, () => {
    for (let i = 0; i < province.length; i++) {
      for (let j = i + 1; j < province.length; j++) {
        matched += compare(province[i]!, province[j]!).pairs.length;
        pairs++;
      }
      memory.sample();
    }
  });
  gc();

  // lineage in a process of its own (bench/lineage-stage.ts): see there
  const graph = lineageStage(size);

  const linkTiming: Timing = { ...linked.timing, seconds: round(linkSeconds, 3) };
  const counts = planCounts.reduce(addCounts, ZERO);
  const quality = prf(counts);
  // lineage links every plan to the root and, multi-hop, a commune's plan also to its province's
  const lineageLinked = corpus.plans.reduce((sum, p) => sum + p.tasks.length * (p.parents.includes(rootPlan.id) ? 1 : 2), 0);
  const result: SizeResult = {
    plans: corpus.plans.length,
    tasks: corpus.tasks,
    provinces: corpus.provinces.length,
    quality: { links: linkCount, precision: round(quality.precision), recall: round(quality.recall), f1: round(quality.f1), counts },
    baseline: {
      plans: sample.map((p) => p.id),
      tasks: sampleTasks,
      threshold,
      dean06: { f1: round(prf(oursCounts).f1), tasksPerSecond: perSecond(sampleTasks, ours.timing) },
      levenshtein: { f1: round(prf(naiveCounts).f1), tasksPerSecond: perSecond(sampleTasks, naive.timing) },
      ratio: round(perSecond(corpus.tasks, linkTiming) / perSecond(sampleTasks, naive.timing), 1),
    },
    throughput: {
      linkTasksPerSecond: perSecond(corpus.tasks, linkTiming),
      linkMicrosecondsPerTask: round((linkTiming.seconds * 1e6) / corpus.tasks, 1),
      coveragePlansPerSecond: perSecond(corpus.plans.length, covered.timing),
      matrixPlansPerSecond: perSecond(corpus.plans.length, matrix.timing),
      lineageTasksPerSecond: Math.round(lineageLinked / graph.seconds),
      comparePairsPerSecond: perSecond(pairs, compared.timing),
    },
    compare: { plans: province.length, pairs, matched },
    lineage: graph,
    timings: {
      generate: generated.timing,
      validate: validated.timing,
      link: linkTiming,
      linkAndScore: linked.timing,
      baseline: naive.timing,
      baselineDean06: ours.timing,
      coverage: covered.timing,
      matrix: matrix.timing,
      compare: compared.timing,
    },
    memory: {
      corpusHeapMB: mb(corpusHeap),
      peakHeapMB: mb(memory.heap),
      peakRssMB: mb(memory.rss),
      // the library's stages (the corpus, once generated, is part of the baseline they start from)
      maxRssMB: mb(process.resourceUsage().maxRSS * 1024),
    },
    firstPlansDigest: digest.digest("hex").slice(0, 16),
  };
  return { result, planCounts };
}

/** Micro-averaged precision and recall of some plans, with their standard errors. */
interface PlanSample {
  plans: number;
  precision: number;
  recall: number;
  sePrecision: number;
  seRecall: number;
}

/**
 * Precision and recall of a sample of plans, with standard errors that take the plan as the unit
 * of sampling: a plan's links share its style (OCR damage, stripped diacritics, rewording), so
 * they are not independent trials and a binomial error over links would be too small. The error
 * of a ratio of sums over n plans (linearised): √(n/(n−1) · Σ (xᵢ − r·yᵢ)²) / Σ yᵢ.
 */
function planSample(plans: readonly Counts[]): PlanSample {
  const total = plans.reduce(addCounts, ZERO);
  const { precision, recall } = prf(total);
  const n = plans.length;
  const ratioError = (ratio: number, x: (c: Counts) => number, y: (c: Counts) => number, sum: number) =>
    n < 2 || sum === 0 ? Number.POSITIVE_INFINITY : Math.sqrt((n / (n - 1)) * plans.reduce((s, c) => s + (x(c) - ratio * y(c)) ** 2, 0)) / sum;
  return {
    plans: n,
    precision,
    recall,
    sePrecision: ratioError(precision, (c) => c.correct, (c) => c.predicted, total.predicted),
    seRecall: ratioError(recall, (c) => c.found, (c) => c.required, total.required),
  };
}

/**
 * Whether an estimate `a` (standard error `seA` over `nA` plans) is below `b` (`seB`, `nB`) by more
 * than chance: Welch's t-test, one side at 2.5% (the two-sided 5% level). The critical value is the
 * t distribution's 97.5% quantile at the Welch–Satterthwaite degrees of freedom, by the
 * Cornish–Fisher expansion (2.23 at 10 degrees of freedom, 1.96 in the limit): with 10 plans a
 * normal cut-off of two standard errors is too narrow, because the errors are themselves estimated.
 */
function significantlyBelow(a: number, seA: number, nA: number, b: number, seB: number, nB: number): boolean {
  const varA = seA ** 2;
  const varB = seB ** 2;
  const se = Math.sqrt(varA + varB);
  if (!Number.isFinite(se)) return false;
  if (se === 0) return a < b;
  const df = (varA + varB) ** 2 / (varA ** 2 / (nA - 1) + varB ** 2 / (nB - 1));
  return a < b - tQuantile975(df) * se;
}

/** The 97.5% quantile of Student's t distribution with `df` degrees of freedom (Cornish–Fisher; within 0.002 from 5 degrees of freedom up). */
function tQuantile975(df: number): number {
  const z = 1.959964;
  const [z3, z5, z7] = [z ** 3, z ** 5, z ** 7];
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

function table(results: SizeResult[]): string {
  const rows = [
    "| plans | tasks | link tasks/s | µs/task | naive tasks/s | ratio | F1 dean06 / naive (sample) | precision | recall | coverage plans/s | matrix s | compare pairs/s (plans) | peak RSS MB (analysis) | lineage s | lineage nodes / edges | lineage peak RSS MB |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    rows.push(
      `| ${r.plans.toLocaleString("en")} | ${r.tasks.toLocaleString("en")} | ${r.throughput.linkTasksPerSecond.toLocaleString("en")} | ${r.throughput.linkMicrosecondsPerTask} | ${r.baseline.levenshtein.tasksPerSecond.toLocaleString("en")} | ${r.baseline.ratio}× | ${r.baseline.dean06.f1.toFixed(3)} / ${r.baseline.levenshtein.f1.toFixed(3)} | ${r.quality.precision.toFixed(3)} | ${r.quality.recall.toFixed(3)} | ${r.throughput.coveragePlansPerSecond.toLocaleString("en")} | ${r.timings.matrix.seconds.toFixed(1)} | ${r.throughput.comparePairsPerSecond.toLocaleString("en")} (${r.compare.plans}) | ${r.memory.maxRssMB.toLocaleString("en")} | ${r.lineage.seconds.toFixed(1)} | ${r.lineage.nodes.toLocaleString("en")} / ${r.lineage.edges.toLocaleString("en")} | ${r.lineage.peakRssMB.toLocaleString("en")} |`,
    );
  }
  return rows.join("\n");
}

function verdicts(results: SizeResult[], planCounts: readonly (readonly Counts[])[], minutes: number): { target: string; value: string; holds: boolean }[] {
  const largest = results[results.length - 1]!;
  const hundred = results.find((r) => r.plans === 100);
  const out = [
    { target: `linking ≥ ${TARGETS.linkTasksPerSecond.toLocaleString("en")} tasks/s (${largest.plans} plans)`, value: `${largest.throughput.linkTasksPerSecond.toLocaleString("en")} tasks/s`, holds: largest.throughput.linkTasksPerSecond >= TARGETS.linkTasksPerSecond },
    { target: `≥ ${TARGETS.baselineRatio}× the naive baseline (${largest.plans} plans)`, value: `${largest.baseline.ratio}×`, holds: largest.baseline.ratio >= TARGETS.baselineRatio },
    { target: "F1 ≥ the naive baseline's on the same sample (every size)", value: results.map((r) => `${r.baseline.dean06.f1.toFixed(3)} vs ${r.baseline.levenshtein.f1.toFixed(3)}`).join("; "), holds: results.every((r) => r.baseline.dean06.f1 >= r.baseline.levenshtein.f1) },
  ];
  if (hundred && largest !== hundred) {
    const growth = largest.throughput.linkMicrosecondsPerTask / hundred.throughput.linkMicrosecondsPerTask;
    out.push({ target: `per-task link time at ${largest.plans} plans ≤ ${TARGETS.linearity}× that at 100`, value: `${round(growth, 2)}×`, holds: growth <= TARGETS.linearity });
  }
  out.push({ target: `peak RSS < 1 GiB (${largest.plans} plans): corpus, link, coverage, matrix, compare`, value: `${largest.memory.maxRssMB} MB`, holds: largest.memory.maxRssMB * 2 ** 20 < TARGETS.memoryBytes });
  out.push({ target: `peak RSS < 1 GiB (${largest.plans} plans): corpus and its task-level lineage graph`, value: `${largest.lineage.peakRssMB} MB (${largest.lineage.nodes.toLocaleString("en")} nodes, ${largest.lineage.edges.toLocaleString("en")} edges)`, holds: largest.lineage.peakRssMB * 2 ** 20 < TARGETS.memoryBytes });
  // Plan k is the same at every size and its links do not depend on the other plans (the digest
  // shows it), so a larger corpus is the smaller one plus new plans: quality falls when the plans
  // a size adds score significantly below the smaller corpus (Welch's t-test at the 5% level over
  // disjoint samples; the plan is the unit of sampling, see planSample).
  const steps = results.slice(1).map((_, i) => ({ before: planSample(planCounts[i]!), added: planSample(planCounts[i + 1]!.slice(planCounts[i]!.length)) }));
  const falls = steps.some(
    ({ before, added }) =>
      significantlyBelow(added.precision, added.sePrecision, added.plans, before.precision, before.sePrecision, before.plans) ||
      significantlyBelow(added.recall, added.seRecall, added.plans, before.recall, before.seRecall, before.plans),
  );
  const pr = (s: PlanSample) => `${s.precision.toFixed(3)}/${s.recall.toFixed(3)} (±${(2 * s.sePrecision).toFixed(3)}/±${(2 * s.seRecall).toFixed(3)})`;
  out.push({
    target: "precision and recall do not fall as the corpus grows: the plans each size adds vs the smaller corpus (Welch's t-test, 5%, plans as the unit; ± two standard errors)",
    value: steps.map(({ before, added }) => `${before.plans.toLocaleString("en")}: ${pr(before)}, the ${added.plans.toLocaleString("en")} added: ${pr(added)}`).join("; "),
    holds: !falls,
  });
  const digests = new Set(results.map((r) => r.firstPlansDigest));
  out.push({ target: "the first ten plans' links are identical at every size", value: digests.size === 1 ? "identical" : "differ", holds: digests.size === 1 });
  out.push({ target: `whole run ≤ ${TARGETS.minutes} minutes`, value: `${round(minutes, 1)} min`, holds: minutes <= TARGETS.minutes });
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const sizesArg = args[args.indexOf("--sizes") + 1];
  const sizes = args.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : SIZES;
  const outArg = args.includes("--out") ? args[args.indexOf("--out") + 1] : undefined;
  const out = outArg ?? (sizes.join() === SIZES.join() ? fileURLToPath(new URL("results.json", import.meta.url)) : undefined);
  const started = performance.now();
  const host = machine();
  console.log(`dean06 bench — ${host.cpu}, ${host.nproc} cores (one used), ${host.memoryGiB} GiB, Node ${host.node}, ${host.platform}`);

  // the baseline's threshold: its best on the development labels, as npm run eval chooses it
  const labels = readLabels(fileURLToPath(new URL("../test/fixtures/", import.meta.url)));
  const threshold = round(evaluate(labels).thresholds[levenshteinBaseline.name]!, 2);

  // the fast scorer agrees with the reference scorer, candidate by candidate

  const checked = referenceCheck(generateCorpus(10).plans);
  console.log(`reference check: ${checked} tasks scored identically by the fast path and score.ts's scoreCandidate`);

  const results: SizeResult[] = [];
  const planCounts: Counts[][] = [];
  for (const size of sizes) {
    const run = runSize(size, threshold);
    const result = run.result;
    results.push(result);
    planCounts.push(run.planCounts);
    console.log(
      `${size} plans: ${result.tasks} tasks; link ${result.throughput.linkTasksPerSecond} tasks/s, coverage ${result.timings.coverage.seconds}s, matrix ${result.timings.matrix.seconds}s, compare ${result.compare.pairs} pairs ${result.timings.compare.seconds}s, peak RSS ${result.memory.maxRssMB} MB; lineage ${result.lineage.seconds}s, peak RSS ${result.lineage.peakRssMB} MB`,
    );
  }
  const minutes = (performance.now() - started) / 60000;
  const checks = verdicts(results, planCounts, minutes);
  console.log("");
  console.log(table(results));
  console.log("");
  console.log("| target | measured | holds |");
  console.log("| --- | --- | --- |");
  for (const c of checks) console.log(`| ${c.target} | ${c.value} | ${c.holds ? "yes" : "**no**"} |`);
  console.log("");
  console.log(`command: npm run bench; ${round(minutes, 1)} minutes; naive baseline threshold ${threshold} (its best F1 on the development labels); plans per province ${PLANS_PER_PROVINCE}.`);
  if (out) {
    const json = { command: "npm run bench", machine: host, sizes: results, targets: checks, minutes: round(minutes, 1) };
    writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`wrote ${out}`);
  }
}

main();
