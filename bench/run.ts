// npm run bench — how fast dean06 links wording it has never seen, measured honestly (issue 23).
//
// Streams (bench/generate.ts, seeded, every true link known): `novel`, the main one — the real
// seed plans' tasks reworded plan by plan (synonyms, dropped words, reordered items, added words,
// abbreviations, stripped diacritics, OCR-like noise, merged and split tasks), no task text ever
// repeating an earlier one (the generator asserts it and reports how many wordings it produced);
// and `copying`, reported beside it and labelled so: the same, except that a commune's plan copies
// some of its province's tasks word for word.
//
// Parts, in order:
//   cold start   a fresh process imports the library and links a first and a second novel plan
//                (bench/cold.ts; median of three processes);
//   reference    the linker's fast path checked against the reference scorer on ten plans;
//   throughput   per stream, `link()` of every plan (validation included: the plans are new
//                objects), the floor scorer (bench/floor.ts, a minimal TF-IDF linker, threshold
//                fitted on the development labels) on the same plans and the naive baseline
//                (scripts/baselines.ts, threshold fitted likewise) on one plan in each twentieth,
//                interleaved block by block in this process (bench/throughput.ts): tasks per
//                CPU-second (process.cpuUsage, every thread) and per wall second, F1 against the
//                true links, ratios;
//   corpus       in a process of its own (bench/corpus-stage.ts), whose peak resident set includes
//                the corpus: `linkCorpus` of a corpus of novel wording, coverage of every plan
//                from the store, plan-level lineage, descendants of every national task, two
//                slice graphs;
//   robustness   bench/robustness.ts, if present (another part of issue 23): run with tsx, its
//                output printed, its last line stored in results.json when it is JSON.
// It prints markdown tables and writes bench/results.json and bench/results.md (the table the
// README quotes), each figure labelled with its stream.
//
//   npm run bench                                  1,000 plans per stream, corpus of 10,000
//   npm run bench -- --plans 100 --corpus 300      smaller (results are then not written unless --out)
//   npm run bench -- --out /tmp/results.json       write elsewhere (and the .md beside it)
//   npm run bench -- --robustness-sizes 1          the robustness section at its full sizes (default 0.5, one run)
//   npm run bench -- --corpus-memo off             the corpus stage links with thresholds: {} (today's
//                                                  linker then skips its decision memo; same links)
//   npx tsc -p bench                               type-check the benchmark
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { levenshteinBaseline } from "../scripts/baselines";
import { DEV, evaluate } from "../scripts/evaluate";
import { addCounts, countLinks, prf, readLabels, ZERO } from "../scripts/labels";
import { getPlan, rootPlan } from "../src/corpus/index";
import { FloorScorer } from "./floor";
import { generateCorpus, generatePlan } from "./generate";
import { maxRssMB, ref, round } from "./measure";
import { referenceCheck } from "./reference";
import { type Throughput, throughput } from "./throughput";

const TARGETS = { tasksPerCpuSecond: 15_000, naiveRatio: 20, floorRatio: 3, coldLinkMs: 100, memoryMB: 1024 };

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const bundled = import.meta.url.endsWith(".bundle.mjs");

function machine() {
  const cpu =
    readFileSync("/proc/cpuinfo", "utf8")
      .match(/^model name\s*:\s*(.+)$/m)?.[1]
      ?.trim() ??
    os.cpus()[0]?.model ??
    "unknown";
  return {
    cores: os.availableParallelism(),
    cpu,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    load: os.loadavg().map((x) => round(x, 1)),
  };
}

/** Runs a stage script in a fresh node process (bundled, or through tsx) and reads its last line of JSON. */
function child<T>(name: string, args: string[], nodeOptions: string[] = []): T {
  const script = here(bundled ? `${name}.bundle.mjs` : `${name}.ts`);
  const loader = bundled ? [] : ["--import", "tsx"];
  const output = execFileSync(process.execPath, [...nodeOptions, ...loader, script, ...args], { encoding: "utf8", maxBuffer: 2 ** 24 });
  return JSON.parse(output.trim().split("\n").pop()!) as T;
}

interface Cold {
  importMs: number;
  importCpuMs: number;
  firstLinkMs: number;
  firstLinkCpuMs: number;
  secondLinkMs: number;
  secondLinkCpuMs: number;
}

/** Cold start, median of three fresh processes (novel plans the corpus does not hold: another seed). */
function coldStart(): Cold & { runs: number; library: string } {
  const dir = mkdtempSync(join(os.tmpdir(), "dean06-bench-"));
  const file = join(dir, "plans.json");
  writeFileSync(file, JSON.stringify([generatePlan(1, 97).plan, generatePlan(2, 97).plan]));
  const runs = [0, 1, 2].map(() => child<Cold>("cold", [file]));
  const median = (key: keyof Cold) => runs.map((r) => r[key]).sort((a, b) => a - b)[1]!;
  const keys: (keyof Cold)[] = ["importMs", "importCpuMs", "firstLinkMs", "firstLinkCpuMs", "secondLinkMs", "secondLinkCpuMs"];
  return {
    ...(Object.fromEntries(keys.map((k) => [k, median(k)])) as unknown as Cold),
    runs: runs.length,
    library: bundled ? "bench/dean06.bundle.mjs (src/index.ts bundled by esbuild)" : "src/index.ts through tsx",
  };
}

/** The floor scorer with its threshold fitted on the development labels, and its F1 there. */
function fittedFloor() {
  const labels = readLabels(here("../test/fixtures/")).filter((l) => DEV.has(l.plan));
  const f1At = (threshold: number) => {
    const floor = new FloorScorer(rootPlan, threshold);
    const counts = labels.reduce(
      (sum, l) =>
        addCounts(
          sum,
          countLinks(
            l,
            floor.link(getPlan(l.plan)).map((x) => [ref(x.local), ref(x.national)]),
          ),
        ),
      ZERO,
    );
    return prf(counts);
  };
  let best = { threshold: 0, f1: -1, precision: 0, recall: 0 };
  for (let t = 0.2; t <= 0.8; t += 0.01) {
    const q = f1At(t);
    if (q.f1 > best.f1) best = { threshold: round(t, 2), ...q };
  }
  return {
    scorer: new FloorScorer(rootPlan, best.threshold),
    dev: { threshold: best.threshold, f1: round(best.f1), precision: round(best.precision), recall: round(best.recall), plans: labels.map((l) => l.plan) },
  };
}

/**
 * The robustness section (bench/robustness.ts, issue 25): each odd-input case at two sizes with its
 * growth exponent, here at half its default sizes and the best of two runs (`--robustness-sizes 1` for the full
 * sizes; `npm run bench:robustness` runs it alone).
 */
function robustness(scale: string): { output: string; result: unknown } | null {
  const file = here("robustness.ts");
  if (!existsSync(file)) return null;
  const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", file, "--sizes", scale, "--runs", "2"], { encoding: "utf8", maxBuffer: 2 ** 24 });
  let result: unknown = null;
  try {
    result = JSON.parse(output.trim().split("\n").pop() ?? "");
  } catch {
    // its output is kept as text
  }
  return { output, result };
}

interface CorpusStage {
  stream: string;
  memo: string;
  plans: number;
  tasks: number;
  wordings: { distinct: number; reedited: number; placed: number };
  links: number;
  storeMB: number;
  storeBytesPerLink: number;
  quality: { plans: number; precision: number; recall: number; f1: number };
  generate: { seconds: number; cpuSeconds: number };
  linkCorpus: { seconds: number; cpuSeconds: number; tasksPerSecond: number; tasksPerCpuSecond: number };
  coverage: { seconds: number; cpuSeconds: number; plansPerSecond: number };
  planLineage: { seconds: number; cpuSeconds: number; nodes: number; edges: number };
  descendants: { seconds: number; nationalTasks: number; localTasks: number; microsecondsPerQuery: number; widest: { national: string; tasks: number } };
  provinceGraph: { seconds: number; nodes: number; edges: number };
  nationalGraph: { seconds: number; national: string; nodes: number; edges: number };
  memory: { corpusRssMB: number; peakHeapMB: number; peakRssMB: number; heapLimitMB: number };
}

const n = (x: number) => x.toLocaleString("en");

function throughputTable(runs: Throughput[]): string {
  const rows = [
    "| stream | plans | tasks | distinct wordings | link tasks/CPU-s | link tasks/s (wall) | floor tasks/CPU-s | naive tasks/CPU-s | × naive | floor ÷ link | F1 link | F1 floor | F1 link / naive (sample) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of runs) {
    rows.push(
      `| ${r.stream} | ${n(r.plans)} | ${n(r.tasks)} | ${n(r.wordings.distinct)} | ${n(r.link.tasksPerCpuSecond)} | ${n(r.link.tasksPerSecond)} | ${n(r.floor.tasksPerCpuSecond)} | ${n(r.naive.tasksPerCpuSecond)} | ${r.ratioNaive}× | ${r.ratioFloor}× | ${r.link.quality.f1.toFixed(3)} | ${r.floor.quality.f1.toFixed(3)} | ${r.naive.dean06OnSample.f1.toFixed(3)} / ${r.naive.quality.f1.toFixed(3)} |`,
    );
  }
  return rows.join("\n");
}

function corpusTable(c: CorpusStage): string {
  return [
    "| stream (memo) | plans | tasks | links | linkCorpus tasks/CPU-s (s) | F1 (every 10th plan) | store MB (B/link) | coverage of every plan s | plan-level lineage s (nodes / edges) | descendants of each national task µs | province graph s (nodes / edges) | peak RSS MB (corpus alone) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${c.stream} (${c.memo}) | ${n(c.plans)} | ${n(c.tasks)} | ${n(c.links)} | ${n(c.linkCorpus.tasksPerCpuSecond)} (${c.linkCorpus.cpuSeconds} CPU, ${c.linkCorpus.seconds} wall) | ${c.quality.f1.toFixed(3)} | ${c.storeMB} (${c.storeBytesPerLink}) | ${c.coverage.seconds} | ${c.planLineage.seconds} (${n(c.planLineage.nodes)} / ${n(c.planLineage.edges)}) | ${c.descendants.microsecondsPerQuery} | ${c.provinceGraph.seconds} (${n(c.provinceGraph.nodes)} / ${n(c.provinceGraph.edges)}) | ${n(c.memory.peakRssMB)} (${n(c.memory.corpusRssMB)}) |`,
  ].join("\n");
}

function verdicts(novel: Throughput, cold: Cold, corpus: CorpusStage | null, failure: { plans: number; memo: string; error: string } | null) {
  const out = [
    { target: `link() ≥ ${n(TARGETS.tasksPerCpuSecond)} tasks per CPU-second (novel)`, value: `${n(novel.link.tasksPerCpuSecond)}`, holds: novel.link.tasksPerCpuSecond >= TARGETS.tasksPerCpuSecond },
    { target: `≥ ${TARGETS.naiveRatio}× the naive baseline, interleaved (novel)`, value: `${novel.ratioNaive}×`, holds: novel.ratioNaive >= TARGETS.naiveRatio },
    { target: `moonshot: within ${TARGETS.floorRatio}× the floor scorer (novel)`, value: `${novel.ratioFloor}×`, holds: novel.ratioFloor <= TARGETS.floorRatio },
    { target: `cold first link() < ${TARGETS.coldLinkMs} ms after import`, value: `${cold.firstLinkMs} ms (import ${cold.importMs} ms)`, holds: cold.firstLinkMs < TARGETS.coldLinkMs },
  ];
  if (failure) out.push({ target: `${n(failure.plans)} plans (novel, memo ${failure.memo}): linkCorpus … in one process under 1 GiB peak RSS`, value: `failed: ${failure.error}`, holds: false });
  if (corpus) {
    out.push({
      target: `${n(corpus.plans)} plans (${corpus.stream}): linkCorpus, coverage of every plan, plan-level lineage, descendants, in one process under 1 GiB peak RSS`,
      value: `${n(corpus.memory.peakRssMB)} MB`,
      holds: corpus.memory.peakRssMB < TARGETS.memoryMB,
    });
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const plans = Number(option("--plans") ?? 1000);
  const corpusSize = Number(option("--corpus") ?? 10000);
  const full = option("--plans") === undefined && option("--corpus") === undefined;
  const out = option("--out") ?? (full ? here("results.json") : undefined);
  const started = performance.now();
  const host = machine();
  console.log(`dean06 bench — ${host.cpu}, ${host.cores} cores (one used), ${host.memoryGiB} GiB, Node ${host.node}, ${host.platform}, load ${host.load.join(" ")}`);

  const cold = coldStart();
  console.log(
    `cold start (median of ${cold.runs} processes): import ${cold.importMs} ms (${cold.importCpuMs} CPU), first link() ${cold.firstLinkMs} ms (${cold.firstLinkCpuMs} CPU), second ${cold.secondLinkMs} ms`,
  );

  // thresholds fitted on the development labels (generous to the baselines); this links the labelled plans, warming the linker up
  const labels = readLabels(here("../test/fixtures/"));
  const naiveThreshold = round(evaluate(labels).thresholds[levenshteinBaseline.name]!, 2);
  const floor = fittedFloor();
  console.log(`floor scorer: threshold ${floor.dev.threshold}, F1 ${floor.dev.f1} on the development labels (${floor.dev.plans.join(", ")}); naive baseline threshold ${naiveThreshold}`);
  const checked = referenceCheck(generateCorpus(10).plans);
  console.log(`reference check: ${checked} tasks scored identically by the fast path and score.ts's scoreCandidate`);

  const runs: Throughput[] = [];
  for (const stream of ["novel", "copying"] as const) {
    const corpus = generateCorpus(plans, 6, stream);
    const run = throughput(corpus, floor.scorer, naiveThreshold);
    runs.push(run);
    console.log(
      `${stream}: ${n(run.tasks)} tasks, ${n(run.wordings.distinct)} distinct wordings; link ${n(run.link.tasksPerCpuSecond)} tasks/CPU-s (${n(run.link.tasksPerSecond)}/s wall), floor ${n(run.floor.tasksPerCpuSecond)}, naive ${n(run.naive.tasksPerCpuSecond)}; ${run.ratioNaive}× naive, floor ${run.ratioFloor}× faster; F1 ${run.link.quality.f1} (floor ${run.floor.quality.f1})`,
    );
  }
  const throughputRssMB = maxRssMB();

  let corpus: CorpusStage | null = null;
  let corpusFailure: { plans: number; memo: string; error: string } | null = null;
  if (corpusSize > 0) {
    const memo = option("--corpus-memo") === "off" ? ["memo-off"] : [];
    try {
      corpus = child<CorpusStage>("corpus-stage", [String(corpusSize), "novel", ...memo], ["--max-old-space-size=900"]);
      console.log(`corpus of ${n(corpus.plans)} novel plans: linkCorpus ${corpus.linkCorpus.cpuSeconds} CPU-s, coverage ${corpus.coverage.seconds} s, peak RSS ${corpus.memory.peakRssMB} MB`);
    } catch (error) {
      // a process that runs out of memory (V8's heap limit) is a result, not a crash of the bench
      const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message);
      corpusFailure = { plans: corpusSize, memo: memo.length ? "off (thresholds: {})" : "on", error: stderr.trim().split("\n").slice(-3).join(" / ").slice(0, 400) };
      console.log(`corpus of ${n(corpusSize)} novel plans: the stage failed: ${corpusFailure.error}`);
    }
  }
  const robust = robustness(args.includes("--robustness-sizes") ? args[args.indexOf("--robustness-sizes") + 1]! : "0.5");
  if (robust) console.log(robust.output);
  else console.log("robustness: bench/robustness.ts is missing");

  const minutes = round((performance.now() - started) / 60000, 1);
  const checks = verdicts(runs[0]!, cold, corpus, corpusFailure);
  const command = `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`;
  const markdown = [
    `Streams: **novel** — no task text repeats (${n(runs[0]!.wordings.distinct)} distinct wordings of ${n(runs[0]!.tasks)} tasks); **copying** — communes copy some of their province's tasks word for word (${n(runs[1]!.wordings.distinct)} distinct of ${n(runs[1]!.tasks)}).`,
    "",
    throughputTable(runs),
    "",
    ...(corpus ? [corpusTable(corpus), ""] : []),
    `Cold start (fresh process, median of ${cold.runs}): import ${cold.importMs} ms, first link() ${cold.firstLinkMs} ms (${cold.firstLinkCpuMs} ms CPU), second link() ${cold.secondLinkMs} ms. Floor scorer F1 on the development labels: ${floor.dev.f1} (threshold ${floor.dev.threshold}).`,
    "",
    "| target | measured | holds |",
    "| --- | --- | --- |",
    ...checks.map((c) => `| ${c.target} | ${c.value} | ${c.holds ? "yes" : "**no**"} |`),
    "",
    `${host.cpu}, ${host.cores} cores shared with other work (load ${host.load.join(" ")} at the start), Node ${host.node}; command: ${command}; ${minutes} minutes.`,
  ].join("\n");
  console.log("");
  console.log(markdown);
  if (out) {
    const json = {
      command,
      machine: host,
      cold,
      floorDev: floor.dev,
      naiveThreshold,
      referenceChecked: checked,
      throughput: runs,
      throughputProcessPeakRssMB: throughputRssMB,
      corpus,
      corpusFailure,
      robustness: robust?.result ?? null,
      targets: checks,
      minutes,
    };
    writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(out.replace(/\.json$/, ".md"), `${markdown}\n`);
    console.log(`wrote ${out} and ${out.replace(/\.json$/, ".md")}`);
  }
}

main();
