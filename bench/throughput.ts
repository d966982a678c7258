// The throughput part of npm run bench: `link()` of every plan of a generated corpus, the floor
// scorer (bench/floor.ts) on the same plans and the naive baseline (scripts/baselines.ts) on one
// plan of each block, interleaved block by block in one process so that the machine's load (a
// shared machine) weighs on the three alike. Times are wall and process CPU time; `link()` of a
// plan object it has not seen includes validating it (zod schema and integrity checks).

import { bestMatches, levenshteinBaseline } from "../scripts/baselines";
import { rootPlan } from "../src/corpus/index";
import { link } from "../src/match/link";
import type { LinkResult } from "../src/model/link";
import type { FloorLink, FloorScorer } from "./floor";
import type { Corpus } from "./generate";
import { type Clock, clocked, quality, rates, round, ZERO_CLOCK } from "./measure";

/** How many blocks the corpus is cut into (the baseline runs on the first plan of each). */
const BLOCKS = 20;

export interface Throughput {
  stream: Corpus["stream"];
  plans: number;
  tasks: number;
  wordings: Corpus["wordings"];
  link: ReturnType<typeof rates> & { seconds: number; cpuSeconds: number; quality: ReturnType<typeof quality> };
  floor: ReturnType<typeof rates> & { seconds: number; cpuSeconds: number; quality: ReturnType<typeof quality>; threshold: number };
  naive: ReturnType<typeof rates> & {
    seconds: number;
    cpuSeconds: number;
    plans: number;
    tasks: number;
    quality: ReturnType<typeof quality>;
    dean06OnSample: ReturnType<typeof quality>;
    threshold: number;
  };
  /** dean06's tasks per CPU-second over the naive baseline's, and over the floor scorer's. */
  ratioNaive: number;
  ratioFloor: number;
}

const clockOf = (c: Clock) => ({ seconds: round(c.wall, 3), cpuSeconds: round(c.cpu, 3) });

/** Measures the three linkers on a corpus, interleaved. */
export function throughput(corpus: Corpus, floor: FloorScorer, naiveThreshold: number): Throughput {
  const { plans, truth } = corpus;
  const ours = { clock: ZERO_CLOCK };
  const floors = { clock: ZERO_CLOCK };
  const naives = { clock: ZERO_CLOCK };
  const results: LinkResult[] = [];
  const floorLinks: FloorLink[][] = [];
  const sample: number[] = [];
  const naiveLinks: { local: string; national: string }[][] = [];
  const size = Math.ceil(plans.length / BLOCKS);
  for (let start = 0; start < plans.length; start += size) {
    const block = plans.slice(start, start + size);
    results.push(...clocked(() => block.map((plan) => link(plan)), ours));
    floorLinks.push(...clocked(() => block.map((plan) => floor.link(plan)), floors));
    const matches = clocked(() => bestMatches(levenshteinBaseline, plans[start]!, rootPlan), naives);
    sample.push(start);
    naiveLinks.push(matches.filter((m) => m.similarity >= naiveThreshold).map((m) => ({ local: `x:${m.local}`, national: `x:${m.national}` })));
  }
  const sampleTasks = sample.reduce((sum, k) => sum + plans[k]!.tasks.length, 0);
  const sampleTruth = sample.map((k) => truth[k] ?? null);
  const samplePlans = sample.map((k) => plans[k]!);
  const linkRates = rates(corpus.tasks, ours.clock);
  const floorRates = rates(corpus.tasks, floors.clock);
  const naiveRates = rates(sampleTasks, naives.clock);
  return {
    stream: corpus.stream,
    plans: plans.length,
    tasks: corpus.tasks,
    wordings: corpus.wordings,
    link: { ...clockOf(ours.clock), ...linkRates, quality: quality(plans, truth, (_, k) => results[k]!.links) },
    floor: { ...clockOf(floors.clock), ...floorRates, quality: quality(plans, truth, (_, k) => floorLinks[k]!), threshold: round(floor.threshold, 2) },
    naive: {
      ...clockOf(naives.clock),
      ...naiveRates,
      plans: sample.length,
      tasks: sampleTasks,
      quality: quality(samplePlans, sampleTruth, (_, i) => naiveLinks[i]!),
      dean06OnSample: quality(samplePlans, sampleTruth, (_, i) => results[sample[i]!]!.links),
      threshold: naiveThreshold,
    },
    ratioNaive: round(linkRates.tasksPerCpuSecond / naiveRates.tasksPerCpuSecond, 1),
    ratioFloor: round(floorRates.tasksPerCpuSecond / linkRates.tasksPerCpuSecond, 1),
  };
}
