import { resolvePlan, rootPlan } from "../corpus/index";
import { type LinkOptions, link } from "../match/link";
import type { CoverageData, CoverageItem, CoverageStatus, CoverageTotals, ServiceCoverage } from "../model/coverage";
import { Dean06Error } from "../model/errors";
import type { Link, LinkResult } from "../model/link";
import type { Plan } from "../model/plan";
import { drift } from "./drift";

/**
 * Options of {@link coverage}: the options of {@link link} (overrides, thresholds), or the plan's
 * links computed already (`links`, e.g. from a link store: then nothing is linked again).
 *
 * @example
 * coverage("hue-2022", { overrides: { pin: [{ local: "hue-2022:VI.5", national: "qd-06-2022:V.4" }] } });
 * coverage("hue-2022", { links: store.links("hue-2022") });
 */
export interface CoverageOptions extends LinkOptions {
  /** The plan's links to the target (`plan` and `to` must name them); not linked again when given. */
  links?: LinkResult;
}

/** Ties between local tasks broken in one fixed collation (English), whatever the runtime's locale. */
const byId = new Intl.Collator("en");

/**
 * Status counts and ratios of a list of statuses.
 *
 * @example
 * totalsOf(["covered", "missing"]);
 * // { total: 2, covered: 1, partial: 0, missing: 1, adopted: 0, coveredRatio: 0.5, touchedRatio: 0.5 }
 */
export function totalsOf(statuses: readonly CoverageStatus[]): CoverageTotals {
  const count = (status: CoverageStatus) => statuses.filter((s) => s === status).length;
  const total = statuses.length;
  const covered = count("covered");
  const partial = count("partial");
  const adopted = count("adopted");
  const ratio = (n: number) => (total ? Math.round((n / total) * 1000) / 1000 : 0);
  return { total, covered, partial, missing: count("missing"), adopted, coveredRatio: ratio(covered + adopted), touchedRatio: ratio(covered + partial + adopted) };
}

function statusOf(links: readonly Link[], adopted: boolean): CoverageStatus {
  if (links.some((l) => l.strength === "strong")) return "covered";
  if (links.length) return "partial";
  return adopted ? "adopted" : "missing";
}

function servicesOf(plan: Plan, target: Plan): ServiceCoverage[] {
  const adopted = plan.adopts.some((a) => a.plan === target.id && a.services);
  return target.services.map((service) => {
    const local = plan.id === target.id ? service : plan.services.find((s) => s.national === service.ref);
    if (local) return { national: service.ref, name: service.name, status: "covered", local: local.id, via: "listed" };
    if (adopted) return { national: service.ref, name: service.name, status: "covered", local: null, via: "adopted" };
    return { national: service.ref, name: service.name, status: "missing", local: null, via: null };
  });
}

/** Items grouped by a key, each group a new array in the items' order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * The data of a coverage report: for each national task its status, links and drift; totals
 * per national section and overall; the plan's local-only tasks; essential services; drifted
 * deadlines. {@link coverage} wraps it with renderers.
 *
 * @example
 * coverageData("hue-2022").totals.coveredRatio // e.g. 0.615
 */
export function coverageData(planOrId: Plan | string, options: CoverageOptions = {}): CoverageData {
  const plan = resolvePlan(planOrId);
  const target = options.to === undefined ? rootPlan : resolvePlan(options.to);
  const isTarget = plan.id === target.id;
  if (options.links && (options.links.plan !== plan.id || options.links.to !== target.id)) {
    throw new Dean06Error("LINKS_MISMATCH", `coverage of ${plan.id} → ${target.id} was given the links of ${options.links.plan} → ${options.links.to}`);
  }
  const links = isTarget ? { plan: plan.id, to: target.id, links: [], unlinked: [] } : (options.links ?? link(plan, options));
  const drifts = isTarget ? [] : drift(plan, { links });
  const adopted = plan.adopts.some((a) => a.plan === target.id && a.tasks);
  // links and drift grouped by national task in one pass each (in their order, as filtering would keep them)
  const linksOf = groupBy(links.links, (l) => l.national);
  const driftOf = groupBy(drifts, (d) => d.national);
  const items: CoverageItem[] = target.tasks.map((task) => {
    const own = (linksOf.get(task.id) ?? []).sort((a, b) => b.score - a.score || byId.compare(a.local, b.local));
    return {
      national: task.id,
      ref: task.ref,
      section: task.section,
      text: task.text,
      status: isTarget ? "covered" : statusOf(own, adopted),
      links: own,
      drift: driftOf.get(task.id) ?? [],
    };
  });
  const linked = new Set(links.links.map((l) => l.local));
  return {
    plan: { id: plan.id, code: plan.code, title: plan.title, issuer: plan.issuer, level: plan.level, issuedOn: plan.issuedOn },
    target: target.id,
    items,
    sections: target.sections.map((section) => ({
      ref: section.ref,
      title: section.title,
      ...totalsOf(items.filter((i) => i.section === section.ref).map((i) => i.status)),
    })),
    totals: totalsOf(items.map((i) => i.status)),
    localOnly: isTarget ? [] : plan.tasks.filter((t) => !linked.has(t.id)).map((t) => ({ id: t.id, ref: t.ref, section: t.section, text: t.text })),
    services: servicesOf(plan, target),
    drifted: drifts.filter((d) => d.status === "later" || d.status === "earlier"),
  };
}
