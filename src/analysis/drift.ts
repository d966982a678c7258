import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { resolvePlan } from "../corpus/index";
import { dateReader } from "../deadline/date-reader";
import { type LinkOptions, link } from "../match/link";
import type { Deadline, GovernmentTier } from "../model/deadline";
import type { DriftItem, DriftStatus } from "../model/drift";
import type { LinkResult } from "../model/link";
import type { Plan, PlanLevel } from "../model/plan";

/**
 * Options of {@link drift}: the options of {@link link}, or links computed already.
 *
 * @example
 * drift("hue-2022", { links: link("hue-2022", { overrides: { forbid: [{ local: "hue-2022:VI.12", national: "qd-06-2022:V.11" }] } }) });
 */
export interface DriftOptions extends LinkOptions {
  /** Links computed already (e.g. by `link(plan)` with overrides); computed when absent. */
  links?: LinkResult;
}

/**
 * The level of government whose tier applies to a plan: a city such as Huế in 2022 is "cấp huyện".
 *
 * @example
 * tierOfLevel("city") // "district"
 */
export function tierOfLevel(level: PlanLevel): GovernmentTier {
  switch (level) {
    case "national":
    case "ministry":
      return "ministry";
    case "province":
      return "province";
    case "city":
    case "district":
      return "district";
    case "commune":
      return "commune";
  }
}

/**
 * The national end date a local deadline is compared with: for a tiered national deadline, the
 * end of the tier of the local plan's level, unless the local deadline is itself staged (several
 * milestones), which is then compared with the whole national schedule.
 *
 * @example
 * const ii7 = getPlan("qd-06-2022").tasks.find((t) => t.ref === "II.7")!; // "… cấp tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022; …"
 * applicableEnd(ii7.deadline, "city")     // { end: "2022-12-01", tier: "district" }
 * applicableEnd(ii7.deadline, "province") // { end: "2022-06-01", tier: "province" }
 */
export function applicableEnd(
  deadline: Deadline,
  level: PlanLevel,
  local?: Deadline,
): {
  /** The national end date to compare with, ISO "YYYY-MM-DD", or null when the national deadline has no end date. */
  end: string | null;
  /** The government tier whose end was taken ("province", "district", …), or null when the whole deadline's end was. */
  tier: GovernmentTier | null;
} {
  const staged = local !== undefined && local.parts.length > 1 && (local.kind === "multiple" || local.kind === "tiered");
  if (deadline.kind !== "tiered" || staged) return { end: deadline.end, tier: null };
  const tier = tierOfLevel(level);
  const match = deadline.tiers.find((t) => t.levels.includes(tier));
  return match ? { end: match.end, tier } : { end: deadline.end, tier: null };
}

/** Whether an ISO date reads as a day (not "2022-02-31"). */
const isDay = (iso: string, dateOf: (iso: string) => Date) => !Number.isNaN(dateOf(iso).getTime());

function compare(local: Deadline, nationalEnd: string | null, national: Deadline, dateOf: (iso: string) => Date): { days: number | null; status: DriftStatus } {
  const difference = local.end && nationalEnd ? differenceInCalendarDays(dateOf(local.end), dateOf(nationalEnd)) : null;
  // a date that is no day of the calendar (a plan built without validation) gives no difference, never NaN
  const days = difference !== null && Number.isFinite(difference) ? difference : null;
  if (local.recurring && national.recurring) return { days, status: "recurring" };
  if (days === null) return { days, status: "not-comparable" };
  return { days, status: days === 0 ? "same" : days < 0 ? "earlier" : "later" };
}

/**
 * Deadline drift of every link from a plan to the national tasks: local end minus national end
 * in days, with status "same", "earlier", "later", "recurring" (both recurring) or
 * "not-comparable" (either side without an end date). A tiered national deadline is compared at
 * the tier of the local plan's level. Flags local deadlines already past when the plan was issued,
 * and national deadlines the local task dropped.
 *
 * @example
 * drift("hcmc-2024").filter((d) => d.status === "later").map((d) => d.days) // e.g. [915, …]
 */
export function drift(planOrId: Plan | string, options: DriftOptions = {}): DriftItem[] {
  const plan = resolvePlan(planOrId);
  const result = options.links ?? link(plan, options);
  const target = resolvePlan(result.to);
  const localTasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const targetTasks = new Map(target.tasks.map((t) => [t.id, t]));
  const dateOf = dateReader();
  return result.links.flatMap((l) => {
    const local = localTasks.get(l.local);
    const national = targetTasks.get(l.national);
    if (!local || !national) return [];
    const { end: nationalEnd, tier } = applicableEnd(national.deadline, plan.level, local.deadline);
    const { days, status } = compare(local.deadline, nationalEnd, national.deadline, dateOf);
    return [
      {
        local: l.local,
        national: l.national,
        score: l.score,
        localDeadline: local.deadline.raw,
        nationalDeadline: national.deadline.raw,
        localEnd: local.deadline.end,
        nationalEnd,
        nationalTier: tier,
        days,
        status,
        overdueAtIssue: Boolean(local.deadline.end && plan.issuedOn && isDay(local.deadline.end, dateOf) && isDay(plan.issuedOn, dateOf) && local.deadline.end < plan.issuedOn),
        droppedDeadline: local.deadline.kind === "none" && national.deadline.kind !== "none",
      },
    ];
  });
}
