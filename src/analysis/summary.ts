import { resolvePlan } from "../corpus/index";
import type { Plan } from "../model/plan";

/**
 * One line of {@link planSummary}: what a plan is and how much it holds.
 *
 * @example
 * const rows: PlanSummary[] = plans.map((plan) => planSummary(plan));
 * rows.map((r) => `${r.id}: ${r.tasks} tasks, ${r.datedTasks} dated`) // ["qd-06-2022: 52 tasks, 52 dated", …]
 */
export interface PlanSummary {
  /** The plan's id. */
  id: string;
  /** Its number and type code. */
  code: string;
  /** Who issued it. */
  issuer: string;
  /** Its level of government. */
  level: Plan["level"];
  /** Its date of issue (ISO), or null. */
  issuedOn: string | null;
  /** Ids of the plans it derives from. */
  parents: string[];
  /** How many sections its task list has. */
  sections: number;
  /** How many tasks it has. */
  tasks: number;
  /** How many essential services it lists. */
  services: number;
  /** How many numeric targets it sets. */
  targets: number;
  /** Tasks with a readable deadline (any kind but "none" and "unknown"). */
  datedTasks: number;
  /** Tasks or services with a field whose reading is uncertain. */
  uncertain: number;
}

/**
 * Counts of a plan's content, for corpus overviews.
 *
 * @example
 * planSummary("hue-2022").tasks // 52
 */
export function planSummary(planOrId: Plan | string): PlanSummary {
  const plan = resolvePlan(planOrId);
  return {
    id: plan.id,
    code: plan.code,
    issuer: plan.issuer,
    level: plan.level,
    issuedOn: plan.issuedOn,
    parents: plan.parents,
    sections: plan.sections.length,
    tasks: plan.tasks.length,
    services: plan.services.length,
    targets: plan.targets.length,
    datedTasks: plan.tasks.filter((t) => t.deadline.kind !== "none" && t.deadline.kind !== "unknown").length,
    uncertain: [...plan.tasks, ...plan.services].filter((item) => item.uncertain.length > 0).length,
  };
}
