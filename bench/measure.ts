// Measuring helpers of npm run bench: CPU and wall time of a piece of work, and the link counts
// of generated plans against their true links.

import { addCounts, type Counts, countLinks, prf, ZERO } from "../scripts/labels";
import type { Plan } from "../src/model/plan";
import type { TruthFile } from "./generate";

export const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
export const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
export const ref = (id: string) => id.slice(id.indexOf(":") + 1);

/** Wall and process CPU seconds (user + system, every thread of the process). */
export interface Clock {
  wall: number;
  cpu: number;
}

export const ZERO_CLOCK: Clock = { wall: 0, cpu: 0 };
export const addClock = (a: Clock, b: Clock): Clock => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu });

/** Runs `work`, adding its wall and CPU seconds to `into`. */
export function clocked<T>(work: () => T, into: { clock: Clock }): T {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  into.clock = addClock(into.clock, { wall, cpu: (used.user + used.system) / 1e6 });
  return result;
}

/** Tasks per second of wall and of CPU time. */
export function rates(tasks: number, clock: Clock): { tasksPerSecond: number; tasksPerCpuSecond: number; microsecondsPerTask: number; cpuMicrosecondsPerTask: number } {
  return {
    tasksPerSecond: Math.round(tasks / clock.wall),
    tasksPerCpuSecond: Math.round(tasks / clock.cpu),
    microsecondsPerTask: round((clock.wall * 1e6) / tasks, 1),
    cpuMicrosecondsPerTask: round((clock.cpu * 1e6) / tasks, 1),
  };
}

/** Precision, recall and F1 of links (local and target task ids) against the true links of the plans that have them. */
export function quality(plans: readonly Plan[], truth: readonly (TruthFile | null)[], linksOf: (plan: Plan, k: number) => readonly { local: string; national: string }[]) {
  let counts: Counts = ZERO;
  let scored = 0;
  plans.forEach((plan, k) => {
    const t = truth[k];
    if (!t) return;
    counts = addCounts(
      counts,
      countLinks(
        t,
        linksOf(plan, k).map((l) => [ref(l.local), ref(l.national)]),
      ),
    );
    scored++;
  });
  const q = prf(counts);
  return { plans: scored, precision: round(q.precision), recall: round(q.recall), f1: round(q.f1), counts };
}

/** Peak resident set of this process so far (ru_maxrss), MB. */
export const maxRssMB = () => mb(process.resourceUsage().maxRSS * 1024);
