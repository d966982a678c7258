import { differenceInCalendarDays, parseISO } from "date-fns";
import { resolvePlan } from "../corpus/index";
import type { ComparePair, CompareData } from "../model/coverage";
import type { Plan } from "../model/plan";
import type { Task } from "../model/task";
import { link, type LinkOptions } from "../match/link";

/** Options of {@link compare}: link options for the direct links from b to a, and to the root. */
export interface CompareOptions extends Pick<LinkOptions, "overrides" | "thresholds"> {}

function pairOf(a: Task, b: Task, via: ComparePair["via"], national: string | null, score: number): ComparePair {
  const days = a.deadline.end && b.deadline.end ? differenceInCalendarDays(parseISO(b.deadline.end), parseISO(a.deadline.end)) : null;
  return { a: a.id, b: b.id, via, national, score, aDeadline: a.deadline.raw, bDeadline: b.deadline.raw, days };
}

const describe = (p: Plan) => ({ id: p.id, code: p.code, issuer: p.issuer, issuedOn: p.issuedOn });
const onlyOf = (tasks: readonly Task[], matched: ReadonlySet<string>) =>
  tasks.filter((t) => !matched.has(t.id)).map((t) => ({ id: t.id, ref: t.ref, section: t.section, text: t.text }));

/**
 * Matches the tasks of plan b with those of plan a: directly (b's tasks linked to a's with
 * `link(b, { to: a })`) and through shared national ancestors (both implement the same national
 * task); lists tasks only in a and only in b, and the pairs whose deadlines differ (days = b's end
 * minus a's end).
 *
 * @example
 * const c = compareData("hue-2022", "hue-2026");
 * c.onlyB.length // tasks hue-2026 added
 */
export function compareData(aOrId: Plan | string, bOrId: Plan | string, options: CompareOptions = {}): CompareData {
  const a = resolvePlan(aOrId);
  const b = resolvePlan(bOrId);
  const aTasks = new Map(a.tasks.map((t) => [t.id, t]));
  const bTasks = new Map(b.tasks.map((t) => [t.id, t]));
  const nationalOf = (result: ReturnType<typeof link>) => {
    const byLocal = new Map<string, { national: string; score: number }[]>();
    for (const l of result.links) byLocal.set(l.local, [...(byLocal.get(l.local) ?? []), { national: l.national, score: l.score }]);
    return byLocal;
  };
  const aNational = nationalOf(link(a, options));
  const bNational = nationalOf(link(b, options));
  const pairs: ComparePair[] = [];
  const seen = new Set<string>();
  for (const l of link(b, { ...options, to: a }).links) {
    const shared = (bNational.get(l.local) ?? []).find((n) => (aNational.get(l.national) ?? []).some((m) => m.national === n.national));
    pairs.push(pairOf(aTasks.get(l.national)!, bTasks.get(l.local)!, "direct", shared?.national ?? null, l.score));
    seen.add(`${l.national}|${l.local}`);
  }
  for (const [bId, bLinks] of bNational) {
    for (const [aId, aLinks] of aNational) {
      for (const bl of bLinks) {
        const al = aLinks.find((x) => x.national === bl.national);
        if (!al || seen.has(`${aId}|${bId}`)) continue;
        seen.add(`${aId}|${bId}`);
        pairs.push(pairOf(aTasks.get(aId)!, bTasks.get(bId)!, "national", bl.national, Math.round(Math.min(al.score, bl.score) * 1000) / 1000));
      }
    }
  }
  pairs.sort((x, y) => x.a.localeCompare(y.a, "en", { numeric: true }) || x.b.localeCompare(y.b, "en", { numeric: true }));
  return {
    a: describe(a),
    b: describe(b),
    pairs,
    onlyA: onlyOf(a.tasks, new Set(pairs.map((p) => p.a))),
    onlyB: onlyOf(b.tasks, new Set(pairs.map((p) => p.b))),
    deadlineChanges: pairs.filter((p) => p.days !== null && p.days !== 0),
  };
}
