// The corpus stage of npm run bench, in a process of its own so that its peak resident set is its
// own (issue 23): a corpus of novel wording is generated and held in memory, then `linkCorpus`
// links every plan into a link store, the coverage of every plan is computed from the store, the
// plan-level lineage graph is drawn, the descendants of every national task are listed across the
// corpus, and two slice graphs are drawn (a province, a national task). Prints one line of JSON.
//
// With `memo-off`, linkCorpus passes `thresholds: {}` (the default thresholds) to link(), which
// makes today's linker skip its decision memo (links identical: test/match/link.test.ts): on novel
// wording the memo keeps ~3.2 KB per task up to 200,000 decisions, more than the corpus itself.
//
//   node bench/corpus-stage.bundle.mjs 10000 [novel|copying] [memo-off]
//   node --import tsx bench/corpus-stage.ts 200
import { rootPlan } from "../src/corpus/index";
import { linkCorpus } from "../src/lineage/link-corpus";
import { generateCorpus, type Stream } from "./generate";
import { type Clock, clocked, maxRssMB, mb, quality, rates, round, ZERO_CLOCK } from "./measure";

const size = Number(process.argv[2]);
const stream = (process.argv[3] ?? "novel") as Stream;
const memoOff = process.argv[4] === "memo-off";
if (!Number.isInteger(size) || size <= 0 || (stream !== "novel" && stream !== "copying")) {
  console.error("usage: bench/corpus-stage.ts <number of plans> [novel|copying]");
  process.exit(2);
}

let peakHeap = 0;
const sample = () => {
  const { heapUsed } = process.memoryUsage();
  if (heapUsed > peakHeap) peakHeap = heapUsed;
};
const stage = () => ({ clock: ZERO_CLOCK as Clock });
const seconds = (c: Clock) => ({ seconds: round(c.wall, 2), cpuSeconds: round(c.cpu, 2) });

const generation = stage();
// the true links of every tenth plan are kept to score the links (the others' are dropped: an
// analyst's corpus has none)
const corpus = clocked(() => generateCorpus(size, 6, stream, 10), generation);
const corpusRssMB = mb(process.memoryUsage().rss);
sample();

const linking = stage();
const store = clocked(() => linkCorpus(corpus.plans, { ...(memoOff ? { thresholds: {} } : {}), onProgress: ({ plans }) => plans % 50 === 0 && sample() }), linking);
sample();
const linkQuality = quality(corpus.plans, corpus.truth, (plan) => store.links(plan).links);

const covering = stage();
let covered = 0;
clocked(() => {
  corpus.plans.forEach((plan, k) => {
    const report = store.coverage(plan);
    covered += report.totals.covered;
    if (k % 50 === 0) sample();
  });
}, covering);

const planLevel = stage();
const planGraph = clocked(() => store.graph({ level: "plan" }), planLevel);
const planGraphSize = { nodes: planGraph.order, edges: planGraph.size };
sample();

const descending = stage();
let descendants = 0;
let widest = { national: "", tasks: 0 };
clocked(() => {
  for (const task of rootPlan.tasks) {
    const found = store.descendants(task.id).length;
    descendants += found;
    if (found > widest.tasks) widest = { national: task.id, tasks: found };
  }
}, descending);

const slicing = stage();
const province = clocked(() => store.graph({ province: corpus.plans[0]!.id }), slicing);
const nationalSlicing = stage();
const national = clocked(() => store.graph({ national: widest.national }), nationalSlicing);
sample();

console.log(
  JSON.stringify({
    stream,
    memo: memoOff ? "off (thresholds: {})" : "on",
    plans: corpus.plans.length,
    tasks: corpus.tasks,
    wordings: corpus.wordings,
    links: store.size,
    storeMB: round(store.bytes / 2 ** 20, 1),
    storeBytesPerLink: Math.round(store.bytes / store.size),
    quality: linkQuality,
    generate: seconds(generation.clock),
    linkCorpus: { ...seconds(linking.clock), ...rates(corpus.tasks, linking.clock) },
    coverage: { ...seconds(covering.clock), plansPerSecond: Math.round(corpus.plans.length / covering.clock.wall), covered },
    planLineage: { ...seconds(planLevel.clock), ...planGraphSize },
    descendants: {
      ...seconds(descending.clock),
      nationalTasks: rootPlan.tasks.length,
      localTasks: descendants,
      widest,
      microsecondsPerQuery: round((descending.clock.wall * 1e6) / rootPlan.tasks.length, 1),
    },
    provinceGraph: { ...seconds(slicing.clock), nodes: province.order, edges: province.size },
    nationalGraph: { ...seconds(nationalSlicing.clock), national: widest.national, nodes: national.order, edges: national.size },
    memory: { corpusRssMB, peakHeapMB: mb(peakHeap), peakRssMB: maxRssMB(), heapLimitMB: mb((await import("node:v8")).default.getHeapStatistics().heap_size_limit) },
  }),
);
