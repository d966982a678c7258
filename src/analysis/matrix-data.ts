import { plans as builtIn, resolvePlan, rootPlan } from "../corpus/index";
import type { MatrixData } from "../model/coverage";
import type { Plan } from "../model/plan";
import { type CoverageOptions, coverageData } from "./coverage-data";

/**
 * Options of {@link coverageMatrix}: link options, and a callback after each plan (for progress).
 *
 * @example
 * coverageMatrix(undefined, { onProgress: (done, total, id) => console.error(`${done}/${total} ${id}`) });
 */
export interface MatrixOptions extends CoverageOptions {
  /** Called after each plan is done, with the count done, the total and the plan's id. */
  onProgress?: (done: number, total: number, planId: string) => void;
}

/**
 * The cross-plan picture: each national task's status in each plan (the built-in derived plans
 * by default).
 *
 * @example
 * matrixData().rows.find((r) => r.ref === "V.11")?.statuses // { "bac-giang-2022": "covered", … }
 */
export function matrixData(plansOrIds?: readonly (Plan | string)[], options: MatrixOptions = {}): MatrixData {
  const target = options.to === undefined ? rootPlan : resolvePlan(options.to);
  const selected = (plansOrIds ?? builtIn.filter((p) => p.id !== target.id)).map(resolvePlan);
  // Only the statuses, best scores and totals of each plan's coverage are kept, not the whole
  // report: thousands of plans fit in memory.
  const reports = selected.map((plan, i) => {
    const report = coverageData(plan, options);
    options.onProgress?.(i + 1, selected.length, plan.id);
    return {
      plan: report.plan.id,
      statuses: report.items.map((item) => item.status),
      scores: report.items.map((item) => item.links[0]?.score ?? null),
      totals: report.totals,
    };
  });
  return {
    target: target.id,
    plans: selected.map((p) => ({ id: p.id, code: p.code, issuer: p.issuer })),
    rows: target.tasks.map((task, i) => ({
      national: task.id,
      ref: task.ref,
      section: task.section,
      text: task.text,
      statuses: Object.fromEntries(reports.map((r) => [r.plan, r.statuses[i]!])),
      scores: Object.fromEntries(reports.map((r) => [r.plan, r.scores[i]!])),
    })),
    totals: Object.fromEntries(reports.map((r) => [r.plan, r.totals])),
  };
}
