import { resolvePlan, rootPlan } from "../corpus/index";
import { readCsv } from "../import/csv-read";
import { ReviewError } from "../model/errors";
import type { LinkOverrides, LinkPair } from "../model/link";
import type { Plan } from "../model/plan";

/**
 * The plans whose tasks bare refs name, for corrections written with refs ("19", "II.4") rather
 * than task ids.
 *
 * @example
 * const context: ReviewContext = { plan: "hue-2026" }; // "19" is hue-2026:19, "II.4" qd-06-2022:II.4
 * reviewedOverrides(readFileSync("review.csv", "utf8"), context);
 */
export interface ReviewContext {
  /** The plan whose tasks a bare local ref names (none: local tasks must be given by id). */
  plan?: Plan | string;
  /** The plan whose tasks a bare national ref names: the national root unless given. */
  target?: Plan | string;
}

/**
 * Corrections with every task given by its id: a local ref ("19") is read in `context.plan`, a
 * national ref ("II.4") in `context.target` (the national root by default); an id ("hue-2026:19")
 * stays as it is. Throws {@link ReviewError} for a local ref when no plan is given.
 *
 * @example
 * overridesWithIds({ pin: [{ local: "19", national: "II.4" }] }, { plan: "hue-2026" })
 * // { pin: [{ local: "hue-2026:19", national: "qd-06-2022:II.4" }], forbid: [] }
 */
export function overridesWithIds(overrides: LinkOverrides, context: ReviewContext = {}): LinkOverrides {
  const planId = context.plan === undefined ? undefined : resolvePlan(context.plan).id;
  const targetId = context.target === undefined ? rootPlan.id : resolvePlan(context.target).id;
  const withIds = (pair: LinkPair): LinkPair => {
    if (!pair.local.includes(":") && planId === undefined) {
      throw new ReviewError(`"${pair.local}" is a task ref; over several plans, give the local task's id (plan:ref, e.g. hue-2026:${pair.local})`);
    }
    return {
      ...pair,
      local: pair.local.includes(":") ? pair.local : `${planId}:${pair.local}`,
      national: pair.national.includes(":") ? pair.national : `${targetId}:${pair.national}`,
    };
  };
  return { pin: (overrides.pin ?? []).map(withIds), forbid: (overrides.forbid ?? []).map(withIds) };
}

/**
 * Reads a reviewed links CSV — `linksCsv`'s output, every task a row, after a reviewer filled its
 * `review` column — as corrections for `link`'s `options.overrides`: `pin` keeps a link whatever
 * the linker scores, or adds one (write the national task in an unlinked task's row), `forbid`
 * removes it, an empty review leaves the row to the linker. The optional `note` column says why (a
 * pinned link's summary quotes it). Tasks are ids as `linksCsv` writes them, or refs read as
 * {@link overridesWithIds} reads them. The delimiter (`,`, `;` or tab) is detected. Throws
 * {@link ReviewError}, with the line, for a file it cannot read so.
 *
 * @example
 * const review = readFileSync("review-hue-2026.csv", "utf8"); // dean06 links hue-2026 --format csv, reviewed
 * link("hue-2026", { overrides: reviewedOverrides(review, { plan: "hue-2026" }) });
 * reviewedOverrides("local,national,review,note\n19,II.4,pin,e-ID login\nhue-2026:49,qd-06-2022:V.16,forbid,", { plan: "hue-2026" })
 * // { pin: [{ local: "hue-2026:19", national: "qd-06-2022:II.4", note: "e-ID login" }], forbid: [{ local: "hue-2026:49", national: "qd-06-2022:V.16" }] }
 */
export function reviewedOverrides(csv: string, context: ReviewContext = {}): LinkOverrides {
  const table = readCsv(csv);
  if (table.unclosedQuoteLine !== null) throw new ReviewError("a quoted cell is not closed", table.unclosedQuoteLine);
  const [header, ...rows] = table.records.filter((record) => record.cells.some((cell) => cell.trim()));
  if (!header) throw new ReviewError("the review is empty");
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  for (const name of ["local", "national", "review"]) {
    if (!columns.includes(name)) throw new ReviewError(`the review has no ${name} column (columns: ${columns.join(", ")})`, header.line);
  }
  const decisions: Required<LinkOverrides> = { pin: [], forbid: [] };
  for (const row of rows) {
    const cell = (name: string) => row.cells[columns.indexOf(name)]?.trim() ?? "";
    const review = cell("review");
    if (!review) continue;
    const decision = review.toLowerCase();
    if (decision !== "pin" && decision !== "forbid") throw new ReviewError(`review "${review}": write pin, forbid or nothing`, row.line);
    const [local, national, note] = [cell("local"), cell("national"), cell("note")];
    if (!local || !national) throw new ReviewError(`a ${decision} needs both tasks: local and national`, row.line);
    decisions[decision].push({ local, national, ...(note ? { note } : {}) });
  }
  return overridesWithIds(decisions, context);
}
