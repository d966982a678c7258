import { resolvePlan, rootPlan } from "../corpus/index";
import type { LinkPair, LinkResult } from "../model/link";
import type { Plan } from "../model/plan";
import type { PlanAbbreviation } from "../text/plan-abbreviations";
import { createLinker, type Linker } from "./linker";
import { checkedAbbreviations, checkedEvidence, checkedOverrides, checkedThresholds, type EvidenceTiming, overridesFor } from "./options";
import type { LinkThresholds } from "./score-table";

export { LINK_THRESHOLDS, type LinkThresholds } from "./score-table";

/**
 * Options of {@link link}.
 *
 * @example
 * link("hue-2026", { to: "hue-2022" });                 // to the parent plan's tasks
 * link("hue-2022", { thresholds: { link: 0.6 } }).links // fewer, surer links (41 instead of 45)
 * link(plan, { abbreviations: [{ short: "TTPVHCC", long: "Trung tâm Phục vụ hành chính công" }] });
 */
export interface LinkOptions {
  /** The plan to link to (a plan or id); the national root by default. */
  to?: Plan | string;
  /**
   * Analysts' corrections (`LinkOverrides`): `pin` forces links (score 1, origin "pinned"),
   * `forbid` removes them. A pair from another plan's task is ignored (one set serves a corpus);
   * one that names a task of this plan or the target that it does not have throws
   * `TaskNotFoundError`; malformed overrides, a pair both pinned and forbidden, or (with the
   * default target) a pin to a task that is not the root's throw `LinkOptionsError`.
   */
  overrides?: {
    /** Links to make whatever the score (reviewed as right). */
    pin?: readonly LinkPair[];
    /** Links never to make (reviewed as wrong). */
    forbid?: readonly LinkPair[];
  };
  /**
   * Replaces some of `LINK_THRESHOLDS` (for experiments; the defaults are the measured ones):
   * finite numbers in 0..1 (`runnersUp` a whole number), else `LinkOptionsError`.
   */
  thresholds?: Partial<LinkThresholds>;
  /**
   * The plan's own abbreviations (by default its `abbreviations` field, which the importer fills), written out in its task texts
   * before they are read, beside the built-in ones: `[{ short: "TTPVHCC", long: "Trung tâm Phục vụ
   * hành chính công" }]`. Each must be two non-empty strings (`LinkOptionsError`).
   */
  abbreviations?: readonly PlanAbbreviation[];
  /**
   * When each link's shared phrases (`evidence.sharedTerms`, `evidence.summary`) are made:
   * `"when-read"` (the default: when first read, as most links are never shown) or `"with-links"`
   * (while linking: quicker for a caller that reads every link's evidence). The links are the
   * same either way; anything else throws `LinkOptionsError`.
   */
  evidence?: EvidenceTiming;
}

// The one piece of state of link(): a linker per target plan (createLinker), kept while the plan
// object lives (a WeakMap: it goes with the plan). Results never depend on it: a linker's memo only
// saves work. Use createLinker directly to own a linker's lifetime.
const linkers = new WeakMap<Plan, Linker>();

function linkerOf(target: Plan): Linker {
  let linker = linkers.get(target);
  if (!linker) linkers.set(target, (linker = createLinker(target)));
  return linker;
}

/**
 * Links each task of a plan to the national tasks (or, with `options.to`, another plan's tasks)
 * it implements. A local task may link to several targets (a merge) or none (a local
 * addition); every link carries a score in 0..1 and readable evidence: the distinctive phrases
 * both tasks write, the score's components and the runner-up candidates. Options are checked
 * first (`LinkOptionsError`).
 *
 * @example
 * const { links, unlinked } = link("hue-2022");
 * links.find((l) => l.local === "hue-2022:VI.12")?.national // "qd-06-2022:V.11"
 */
export function link(planOrId: Plan | string, options: LinkOptions = {}): LinkResult {
  const thresholds = checkedThresholds(options.thresholds);
  const evidence = checkedEvidence(options.evidence);
  const overrides = checkedOverrides(options.overrides);
  const plan = resolvePlan(planOrId);
  // the plan's own abbreviations (read by the importer) unless the caller gives others
  const abbreviations = checkedAbbreviations(options.abbreviations ?? (plan.abbreviations.length ? plan.abbreviations : undefined));
  const target = options.to === undefined ? rootPlan : resolvePlan(options.to);
  const { pin, forbid } = overridesFor(overrides, plan, target, options.to === undefined);
  return linkerOf(target).link(plan, { thresholds, pin, forbid, abbreviations, evidence });
}
