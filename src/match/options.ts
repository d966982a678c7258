import { LinkOptionsError, TaskNotFoundError } from "../model/errors";
import { type LinkOverrides, LinkOverridesSchema, type LinkPair } from "../model/link";
import type { Plan } from "../model/plan";
import type { PlanAbbreviation } from "../text/plan-abbreviations";
import { LINK_THRESHOLDS, type LinkThresholds } from "./score-table";

// Checking `link()`'s options before anything is linked: a mistaken option must fail loudly with
// a typed error, never be taken silently (a NaN threshold links nothing, a misspelt pin is lost).

/** The largest number of runners-up a link's evidence can list. */
const MOST_RUNNERS_UP = 1_000;

/**
 * The thresholds of `link()`'s options, checked: each a known threshold, a finite number, a share
 * in 0..1 (`runnersUp`: a whole number from 0 to 1,000). Throws {@link LinkOptionsError}.
 *
 * @example
 * checkedThresholds({ link: 0.6 })   // { link: 0.6 }
 * checkedThresholds({ link: "0.4" }) // throws LinkOptionsError (thresholds.link)
 */
export function checkedThresholds(thresholds: unknown): Partial<LinkThresholds> | undefined {
  if (thresholds === undefined) return undefined;
  if (thresholds === null || typeof thresholds !== "object" || Array.isArray(thresholds)) throw new LinkOptionsError("thresholds", "must be an object of thresholds by name");
  const checked: Partial<LinkThresholds> = {};
  for (const [name, value] of Object.entries(thresholds)) {
    const option = `thresholds.${name}`;
    if (!Object.hasOwn(LINK_THRESHOLDS, name)) throw new LinkOptionsError(option, `no such threshold (known: ${Object.keys(LINK_THRESHOLDS).join(", ")})`);
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) throw new LinkOptionsError(option, `must be a finite number, not ${describe(value)}`);
    if (name === "runnersUp") {
      if (!Number.isInteger(value) || value < 0 || value > MOST_RUNNERS_UP) throw new LinkOptionsError(option, `must be a whole number from 0 to ${MOST_RUNNERS_UP}, not ${value}`);
    } else if (value < 0 || value > 1) throw new LinkOptionsError(option, `must lie in 0..1, not ${value}`);
    checked[name as keyof LinkThresholds] = value;
  }
  return checked;
}

/**
 * When a link's shared phrases are made (`link()`'s `evidence` option, checked): `"when-read"`
 * (the default) or `"with-links"`. Throws {@link LinkOptionsError}.
 *
 * @example
 * checkedEvidence("with-links") // "with-links"
 * checkedEvidence("now") // throws LinkOptionsError (evidence)
 */
export function checkedEvidence(evidence: unknown): EvidenceTiming {
  if (evidence === undefined || evidence === "when-read") return "when-read";
  if (evidence === "with-links") return evidence;
  throw new LinkOptionsError("evidence", `must be "when-read" or "with-links", not ${describe(evidence)}`);
}

/**
 * When a link's shared phrases (its `evidence.sharedTerms` and `summary`) are made: when first
 * read (most links are never shown; the linker reads the task's words again then), or with the
 * links (quicker for a caller that reads every link's evidence, as `linkCorpus` does).
 *
 * @example
 * const timing: EvidenceTiming = "with-links";
 */
export type EvidenceTiming = "when-read" | "with-links";

const describe = (value: unknown): string => (typeof value === "string" ? JSON.stringify(value) : String(value));

/**
 * `link()`'s overrides, checked against {@link LinkOverridesSchema}: every pair two task ids (and
 * a note), no pair both pinned and forbidden. Throws {@link LinkOptionsError}.
 *
 * @example
 * checkedOverrides({ pin: [{ local: "hue-2022:1", national: "qd-06-2022:I.1" }] }) // { pin: [ … ], forbid: [] }
 * checkedOverrides({ pin: [{ local: 1 }] }) // throws LinkOptionsError (overrides.pin.0.local)
 */
export function checkedOverrides(overrides: unknown): Required<LinkOverrides> | undefined {
  if (overrides === undefined) return undefined;
  const parsed = LinkOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LinkOptionsError(["overrides", ...issue.path.map(String)].join("."), issue.message);
  }
  const pin = parsed.data.pin ?? [];
  const forbid = parsed.data.forbid ?? [];
  const forbidden = new Set(forbid.map(pairKey));
  const both = pin.find((pair) => forbidden.has(pairKey(pair)));
  if (both) throw new LinkOptionsError("overrides", `${both.local} → ${both.national} is both pinned and forbidden`);
  return { pin, forbid };
}

const pairKey = (pair: LinkPair): string => `${pair.local}\u0000${pair.national}`;

/**
 * The overrides that concern a plan's links to a target: the pairs from the plan's tasks to the
 * target's. A pair from another plan's task is left out (one set of overrides serves a corpus),
 * and so is one to another plan's task when the target was chosen (`to`: a plan compared with
 * another keeps its pairs to the root). A task id with the plan's or the target's id before the
 * colon that it does not have throws `TaskNotFoundError`; a pin from one of the plan's tasks to a
 * task that is not the target's, when the target is the national root by default, throws
 * {@link LinkOptionsError}: a mistyped correction must not be dropped silently.
 *
 * @example
 * overridesFor({ pin: [{ local: "hue-2022:VI.12", national: "qd-06-2022:V.11" }], forbid: [] }, hue2022, rootPlan, true).pin.length // 1
 */
export function overridesFor(overrides: Required<LinkOverrides> | undefined, plan: Plan, target: Plan, defaultTarget: boolean): Required<LinkOverrides> {
  if (!overrides) return { pin: [], forbid: [] };
  const locals = new Set(plan.tasks.map((t) => t.id));
  const targets = new Set(target.tasks.map((t) => t.id));
  // an id of the plan's own (or no task id at all, without "plan:") that names no task is a mistake
  const claims = (id: string, planId: string) => !id.includes(":") || id.startsWith(`${planId}:`);
  const concerning = (kind: keyof LinkOverrides): LinkPair[] =>
    overrides[kind].filter((pair) => {
      if (!locals.has(pair.local)) {
        if (claims(pair.local, plan.id)) throw new TaskNotFoundError(pair.local, plan.id, `cannot ${kind} ${pair.local} → ${pair.national}`);
        return false;
      }
      if (!targets.has(pair.national)) {
        if (claims(pair.national, target.id)) throw new TaskNotFoundError(pair.national, target.id, `cannot ${kind} ${pair.local} → ${pair.national}`);
        if (kind === "pin" && defaultTarget) throw new LinkOptionsError("overrides.pin", `${pair.local} → ${pair.national}: ${plan.id} links to ${target.id}, which has no task ${pair.national}`);
        return false;
      }
      return true;
    });
  return { pin: concerning("pin"), forbid: concerning("forbid") };
}

/**
 * `link()`'s per-plan abbreviations, checked: an array of `{ short, long }`, both non-empty
 * strings. Throws {@link LinkOptionsError}.
 *
 * @example
 * checkedAbbreviations([{ short: "TTPVHCC", long: "Trung tâm Phục vụ hành chính công" }]) // the same list
 * checkedAbbreviations([{ short: "", long: "x" }]) // throws LinkOptionsError (abbreviations.0.short)
 */
export function checkedAbbreviations(abbreviations: unknown): PlanAbbreviation[] | undefined {
  if (abbreviations === undefined) return undefined;
  if (!Array.isArray(abbreviations)) throw new LinkOptionsError("abbreviations", "must be an array of { short, long }");
  return abbreviations.map((entry: unknown, k) => {
    if (entry === null || typeof entry !== "object") throw new LinkOptionsError(`abbreviations.${k}`, "must be { short, long }");
    const { short, long } = entry as Record<string, unknown>;
    if (typeof short !== "string" || !short.trim()) throw new LinkOptionsError(`abbreviations.${k}.short`, "must be a non-empty string");
    if (typeof long !== "string" || !long.trim()) throw new LinkOptionsError(`abbreviations.${k}.long`, "must be a non-empty string");
    return { short, long };
  });
}
