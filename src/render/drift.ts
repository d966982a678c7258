import type { DriftItem } from "../model/drift";
import { toCsv } from "./csv";
import { escapeHtml } from "./html";
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
  return [item.overdueAtIssue ? "overdue at issue" : "", item.droppedDeadline ? "deadline dropped" : "", item.nationalTier ? `tier ${item.nationalTier}` : ""].filter(Boolean).join("; ");
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

/**
 * Options of {@link driftChart}.
 *
 * @example
 * driftChart(items, { sections: new Map([["qd-06-2022:V.11", "V · Kết nối dữ liệu"]]), width: 640 });
 */
export interface DriftChartOptions {
  /** National task id → the label of its section (default: the part of its ref before the first "."). */
  sections?: ReadonlyMap<string, string>;
  /** Width of the picture in pixels (default 760). */
  width?: number;
}

const ROW = 18;
const HEADING = 24;
const AXIS = 28;
const LABEL_WIDTH = 150;
const DAY_STEPS = [7, 15, 30, 60, 90, 180, 365, 730, 1095, 1825, 3650];

/**
 * Days of deadline drift per linked task, by section, as inline SVG bar charts, one per section
 * on one scale (no script, no external resource: they print, each whole on its page): one row
 * per link whose deadlines compare (national ← local ref),
 * bars right of zero for a later local deadline (red), left for an earlier one (green), a grey
 * mark for the same; each bar's tooltip gives both deadlines. Links that do not compare
 * (recurring, or a deadline that names no date) are left out; an empty string when none compares.
 *
 * @example
 * writeFileSync("drift.svg", driftChart(drift("hcmc-2024")));
 * driftChart(drift("ninh-hoa-2022")) // "": Ninh Hòa states no deadlines
 */
export function driftChart(items: readonly DriftItem[], options: DriftChartOptions = {}): string {
  const comparable = items.filter((i): i is DriftItem & { days: number } => i.days !== null);
  if (comparable.length === 0) return "";
  const sectionOf = (id: string) => options.sections?.get(id) ?? taskRef(id).split(".")[0]!;
  const groups = new Map<string, (DriftItem & { days: number })[]>();
  for (const item of comparable) groups.set(sectionOf(item.national), [...(groups.get(sectionOf(item.national)) ?? []), item]);

  const width = Math.max(360, options.width ?? 760);
  const left = LABEL_WIDTH + 10;
  const right = width - 56;
  const low = Math.min(0, ...comparable.map((i) => i.days));
  const high = Math.max(0, ...comparable.map((i) => i.days));
  const span = Math.max(1, high - low);
  const step = DAY_STEPS.find((s) => span / s <= 6) ?? Math.ceil(span / 6 / 365) * 365;
  const from = Math.floor(low / step) * step;
  const to = Math.max(Math.ceil(high / step) * step, from + step);
  const x = (days: number) => left + ((days - from) / (to - from)) * (right - left);
  // one picture per section, on one scale: each prints whole, and pages break between them
  return [...groups]
    .map(([section, rows]) => {
      const height = HEADING + AXIS + rows.length * ROW + 6;
      const out: string[] = [`<text x="0" y="16" font-size="12" font-weight="600" fill="#1f2328">${escapeHtml(shorten(section, 100))}</text>`];
      for (let tick = from; tick <= to; tick += step) {
        out.push(
          `<line x1="${x(tick).toFixed(1)}" y1="${HEADING + AXIS - 4}" x2="${x(tick).toFixed(1)}" y2="${height - 2}" stroke="${tick === 0 ? "#59636e" : "#d0d7de"}" stroke-width="${tick === 0 ? 1.2 : 0.6}"/>`,
        );
        out.push(`<text x="${x(tick).toFixed(1)}" y="${HEADING + AXIS - 8}" text-anchor="middle" font-size="10" fill="#59636e">${escapeHtml(signedDays(tick))}</text>`);
      }
      out.push(`<text x="0" y="${HEADING + AXIS - 8}" font-size="10" fill="#59636e">days of drift</text>`);
      rows.forEach((item, i) => {
        const y = HEADING + AXIS + i * ROW;
        const label = `${taskRef(item.national)} ← ${taskRef(item.local)}`;
        const tip = `${item.local} (${item.localDeadline || "no deadline"}) against ${item.national} (${item.nationalDeadline || "no deadline"}): ${signedDays(item.days)} days`;
        const x0 = x(0);
        const x1 = x(item.days);
        const colour = item.days > 0 ? "#cf222e" : item.days < 0 ? "#1a7f37" : "#8c959f";
        const bar =
          item.days === 0
            ? `<rect x="${(x0 - 2).toFixed(1)}" y="${y + 3}" width="4" height="${ROW - 6}" fill="${colour}"/>`
            : `<rect x="${Math.min(x0, x1).toFixed(1)}" y="${y + 3}" width="${Math.max(1, Math.abs(x1 - x0)).toFixed(1)}" height="${ROW - 6}" fill="${colour}"/>`;
        const valueX = item.days < 0 ? Math.min(x0, x1) - 4 : Math.max(x0, x1) + 4;
        out.push(
          `<g><title>${escapeHtml(tip)}</title><text x="${LABEL_WIDTH}" y="${y + 13}" text-anchor="end" font-size="11" fill="#1f2328">${escapeHtml(label)}</text>${bar}<text x="${valueX.toFixed(1)}" y="${y + 13}" text-anchor="${item.days < 0 ? "end" : "start"}" font-size="10" fill="#59636e">${escapeHtml(signedDays(item.days))}</text></g>`,
        );
      });
      const title = `Deadline drift in days per linked task (national task ← local task), ${section}: ${rows.length} links`;
      return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"><title>${escapeHtml(title)}</title>${out.join("")}</svg>`;
    })
    .join("\n");
}
