import type { DriftItem } from "../model/drift";
import { toCsv } from "./csv";
import type { CsvOptions } from "./safe";
import { type Column, markdownTable, shorten, signedDays, taskRef, textTable } from "./table";

const COLUMNS: Column[] = [
  { heading: "local" },
  { heading: "national" },
  { heading: "local deadline" },
  { heading: "national deadline" },
  { heading: "days", align: "right" },
  { heading: "status" },
  { heading: "flags" },
];


function flags(item: DriftItem): string {
  return [item.overdueAtIssue ? "overdue at issue" : "", item.droppedDeadline ? "deadline dropped" : "", item.nationalTier ? `tier ${item.nationalTier}` : ""]
    .filter(Boolean)
    .join("; ");
}

function rows(items: readonly DriftItem[]): string[][] {
  return items.map((i) => [taskRef(i.local), taskRef(i.national), shorten(i.localDeadline || "—", 40), shorten(i.nationalDeadline || "—", 40), signedDays(i.days), i.status, flags(i)]);
}

/**
 * Drift items as a table: markdown (for files and notebooks) or aligned plain text (terminals).
 *
 * @example
 * console.log(driftTable(drift("hcmc-2024"), "text"))
 */
export function driftTable(items: readonly DriftItem[], style: "markdown" | "text" = "markdown"): string {
  return style === "text" ? textTable(COLUMNS, rows(items)) : markdownTable(COLUMNS, rows(items));
}

/**
 * Drift items as CSV, one row per link, full deadline texts.
 *
 * @example
 * driftCsv(drift("hue-2022")).split("\n")[0] // "local,national,score,local_deadline,…"
 */
export function driftCsv(items: readonly DriftItem[], options: CsvOptions = {}): string {
  return toCsv(
    ["local", "national", "score", "local_deadline", "national_deadline", "local_end", "national_end", "national_tier", "days", "status", "overdue_at_issue", "dropped_deadline"],
    items.map((i) => [i.local, i.national, i.score, i.localDeadline, i.nationalDeadline, i.localEnd, i.nationalEnd, i.nationalTier, i.days, i.status, i.overdueAtIssue, i.droppedDeadline]),
    options,
  );
}

/**
 * Counts of drift items by status, e.g. `{ same: 32, later: 4 }`.
 *
 * @example
 * driftCounts(drift("ninh-hoa-2022")) // { "not-comparable": 36 }: Ninh Hòa states no deadlines
 * driftCounts(drift("hcmc-2024")).later // links the 2024 plan scheduled later than 06/QĐ-TTg
 */
export function driftCounts(items: readonly DriftItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.status] = (counts[item.status] ?? 0) + 1;
  return counts;
}
