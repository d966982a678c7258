import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { resolvePlan } from "../corpus/index";
import { dateReader } from "../deadline/date-reader";
import { type LinkOptions, link } from "../match/link";
import type { CompareData, ComparePair } from "../model/coverage";
import type { LinkResult } from "../model/link";
import type { Plan } from "../model/plan";
import type { Task } from "../model/task";

/**
 * Options of {@link compare}: link options for the direct links from b to a, and to the root.
 *
 * @example
 * compare("hue-2022", "hue-2026", { thresholds: { link: 0.5 } }); // only the surer pairs
 */
export interface CompareOptions extends Pick<LinkOptions, "overrides" | "thresholds"> {}

function pairOf(a: Task, b: Task, via: ComparePair["via"], national: string | null, score: number, dateOf: (iso: string) => Date): ComparePair {
  const days = a.deadline.end && b.deadline.end ? differenceInCalendarDays(dateOf(b.deadline.end), dateOf(a.deadline.end)) : null;
  return { a: a.id, b: b.id, via, national, score, aDeadline: a.deadline.raw, bDeadline: b.deadline.raw, days };
}

const describe = (p: Plan) => ({ id: p.id, code: p.code, issuer: p.issuer, issuedOn: p.issuedOn });
const onlyOf = (tasks: readonly Task[], matched: ReadonlySet<string>) => tasks.filter((t) => !matched.has(t.id)).map((t) => ({ id: t.id, ref: t.ref, section: t.section, text: t.text }));

/** `localeCompare(…, "en", { numeric: true })`, with its collator made once (the same comparison, by definition of localeCompare). */
const byTaskId = new Intl.Collator("en", { numeric: true });

/** Each task id's rank in `byTaskId` order (ids the collator holds equal share a rank). */
function idRanks(tasks: readonly Task[]): Map<string, number> {
  const ids = tasks.map((t) => t.id).sort(byTaskId.compare);
  const ranks = new Map<string, number>();
  ids.forEach((id, k) => {
    ranks.set(id, k > 0 && byTaskId.compare(ids[k - 1]!, id) === 0 ? ranks.get(ids[k - 1]!)! : k);
  });
  return ranks;
}

type NationalLinks = Map<string, { national: string; score: number }[]>;

/**
 * Above how many pairs through one national task (a's tasks linked to it × b's) compare pairs each
 * task with the other plan's best instead of with all (see {@link compareData}).
 */
const CROSS_LIMIT = 64;

/** For each national task, the plan's task best linked to it (the first in plan order on a tie) and its score. */
function bestByNational(links: NationalLinks): Map<string, { id: string; score: number }> {
  const best = new Map<string, { id: string; score: number }>();
  for (const [id, nationals] of links) {
    for (const { national, score } of nationals) {
      const known = best.get(national);
      if (!known || score > known.score) best.set(national, { id, score });
    }
  }
  return best;
}

function nationalOf(result: LinkResult): NationalLinks {
  const byLocal: NationalLinks = new Map();
  for (const l of result.links) byLocal.set(l.local, [...(byLocal.get(l.local) ?? []), { national: l.national, score: l.score }]);
  return byLocal;
}

// Each plan's links to the national root, by local task, kept per plan object while it lives:
// comparing every pair of a province's plans needs each plan's root links many times. Only
// with the default options (the links then depend on the plan alone).
let rootLinks = new WeakMap<Plan, NationalLinks>();

function nationalLinks(plan: Plan, options: CompareOptions & Pick<LinkOptions, "to">): NationalLinks {
  if (options.to !== undefined || options.overrides !== undefined || options.thresholds !== undefined) return nationalOf(link(plan, options));
  let links = rootLinks.get(plan);
  if (!links) {
    links = nationalOf(link(plan));
    rootLinks.set(plan, links);
  }
  return links;
}

/** Forgets the root links kept for {@link compareData} (for measurements from a cold start). */
export function clearCompareCache(): void {
  rootLinks = new WeakMap();
}

/**
 * Matches the tasks of plan b with those of plan a: directly (b's tasks linked to a's with
 * `link(b, { to: a })`; a plan's tasks with themselves when a is b) and through shared national ancestors (both
 * implement the same national task; when both plans link more than 64 pairs of tasks to one, each
 * is paired with the other plan's task best linked to it); lists tasks only in a and only in b, and the pairs whose deadlines differ (days = b's end
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
  const aNational = nationalLinks(a, options);
  const bNational = nationalLinks(b, options);
  const pairs: ComparePair[] = [];
  const seen = new Set<string>();
  const dateOf = dateReader();
  // A plan compared with itself: each task is its own counterpart (link() links nothing from a plan to itself).
  const direct = a === b ? a.tasks.map((t) => ({ local: t.id, national: t.id, score: 1 })) : link(b, { ...options, to: a }).links;
  for (const l of direct) {
    const shared = (bNational.get(l.local) ?? []).find((n) => (aNational.get(l.national) ?? []).some((m) => m.national === n.national));
    pairs.push(pairOf(aTasks.get(l.national)!, bTasks.get(l.local)!, "direct", shared?.national ?? null, l.score, dateOf));
    seen.add(`${l.national}|${l.local}`);
  }
  // Pairs through a shared national task X: each of a's tasks linked to X with each of b's (found
  // by national task, then taken in a's order, as a scan of all of a's tasks would meet them) —
  // unless both plans link many tasks to X (more than CROSS_LIMIT pairs), where all of a's × all of
  // b's would grow with the square of the plans: then each of those tasks is paired with the other
  // plan's task best linked to X. Every task that shares a national task with the other plan has a
  // counterpart either way, and there are at most √CROSS_LIMIT pairs per link.
  const aEntries = [...aNational];
  const aByNational = new Map<string, number[]>();
  aEntries.forEach(([, aLinks], position) => {
    for (const { national } of aLinks) {
      const positions = aByNational.get(national);
      if (!positions) aByNational.set(national, [position]);
      else if (positions[positions.length - 1] !== position) positions.push(position);
    }
  });
  const bCount = new Map<string, number>();
  for (const bLinks of bNational.values()) for (const national of new Set(bLinks.map((l) => l.national))) bCount.set(national, (bCount.get(national) ?? 0) + 1);
  const crowded = (national: string) => (aByNational.get(national)?.length ?? 0) * (bCount.get(national) ?? 0) > CROSS_LIMIT;
  const pairThrough = (aId: string, bId: string, national: string, aScore: number, bScore: number) => {
    if (seen.has(`${aId}|${bId}`)) return;
    seen.add(`${aId}|${bId}`);
    pairs.push(pairOf(aTasks.get(aId)!, bTasks.get(bId)!, "national", national, Math.round(Math.min(aScore, bScore) * 1000) / 1000, dateOf));
  };
  const bestA = bestByNational(aNational);
  const bestB = bestByNational(bNational);
  for (const [bId, bLinks] of bNational) {
    const positions = new Set<number>();
    for (const bl of bLinks) {
      if (!crowded(bl.national)) for (const position of aByNational.get(bl.national) ?? []) positions.add(position);
    }
    for (const position of [...positions].sort((x, y) => x - y)) {
      const [aId, aLinks] = aEntries[position]!;
      for (const bl of bLinks) {
        const al = !crowded(bl.national) && aLinks.find((x) => x.national === bl.national);
        if (al) pairThrough(aId, bId, bl.national, al.score, bl.score);
      }
    }
    for (const bl of bLinks) {
      const best = crowded(bl.national) ? bestA.get(bl.national) : undefined;
      if (best) pairThrough(best.id, bId, bl.national, best.score, bl.score);
    }
  }
  for (const [aId, aLinks] of aEntries) {
    for (const al of aLinks) {
      const best = crowded(al.national) ? bestB.get(al.national) : undefined;
      if (best) pairThrough(aId, best.id, al.national, al.score, best.score);
    }
  }
  // sorted by a's task id, then b's, in numeric order: each plan's ids ranked once (the collator
  // is slow; the pairs are many), then the pairs by those ranks (a stable sort, as before)
  const aRank = idRanks(a.tasks);
  const bRank = idRanks(b.tasks);
  const keyed = pairs.map((pair) => ({ pair, a: aRank.get(pair.a)!, b: bRank.get(pair.b)! }));
  keyed.sort((x, y) => x.a - y.a || x.b - y.b);
  keyed.forEach((k, i) => {
    pairs[i] = k.pair;
  });
  return {
    a: describe(a),
    b: describe(b),
    pairs,
    onlyA: onlyOf(a.tasks, new Set(pairs.map((p) => p.a))),
    onlyB: onlyOf(b.tasks, new Set(pairs.map((p) => p.b))),
    deadlineChanges: pairs.filter((p) => p.days !== null && p.days !== 0),
  };
}
