// One stage of npm run bench in a process of its own: `lineage(plans)` of a generated corpus
// (a graphology node per plan and per task, an edge per `contains`, `implements` and
// `derives-from`). Its graph is by far the largest structure of the benchmark, so it is measured
// apart from the analysis stages (which bench/run.ts runs in a process limited to 1 GiB).
//
//   node --import tsx bench/lineage-stage.ts 1000     prints one line of JSON
import { lineage } from "../src/lineage/graph";
import { validatePlan } from "../src/model/validate";
import { generateCorpus } from "./generate";

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) {
  console.error("usage: bench/lineage-stage.ts <number of plans>");
  process.exit(2);
}
const corpus = generateCorpus(size);
for (const plan of corpus.plans) validatePlan(plan);
corpus.truth.length = 0;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const corpusRssMB = mb(process.memoryUsage().rss);
const cpu = process.cpuUsage();
const start = performance.now();
const graph = lineage(corpus.plans);
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
const { heapUsed } = process.memoryUsage();
console.log(
  JSON.stringify({
    plans: corpus.plans.length,
    tasks: corpus.tasks,
    nodes: graph.order,
    edges: graph.size,
    seconds: Math.round(seconds * 1000) / 1000,
    cpuSeconds: Math.round((used.user + used.system) / 1000) / 1000,
    corpusRssMB,
    heapAfterMB: mb(heapUsed),
    // ru_maxrss: the process's peak resident set (kilobytes)
    peakRssMB: mb(process.resourceUsage().maxRSS * 1024),
  }),
);
