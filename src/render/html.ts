import { Dean06Error } from "../model/errors";
import { xmlChars } from "./safe";
import { DEAN06_VERSION } from "./version";

/**
 * Escapes text for HTML content and attribute values; characters XML forbids are removed.
 *
 * @example
 * escapeHtml('a < b & "c"') // "a &lt; b &amp; &quot;c&quot;"
 */
export function escapeHtml(text: string): string {
  return xmlChars(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Colours of coverage statuses (background, text), shared by every HTML report. */
export const STATUS_COLOURS: Record<string, [string, string]> = {
  covered: ["#1a7f37", "#ffffff"],
  adopted: ["#0969da", "#ffffff"],
  partial: ["#d4a72c", "#1f2328"],
  missing: ["#cf222e", "#ffffff"],
};

/** The root of every report's HTML: two classes, so that its styles outrank a notebook's (`.jp-RenderedHTMLCommon td`). */
const ROOT = ".dean06.dean06-report";

/**
 * Styles of dean06's HTML reports, every rule scoped under the report's root element (`<div
 * class="dean06 dean06-report">`), so that they look the same on a page, inside Jupyter (whose
 * table styles — right-aligned cells, fixed layout, striped rows, no borders — are reset here)
 * and in print (`@media print`: full widths, no truncation, sections on new pages, colours kept).
 *
 * @example
 * `<style>${REPORT_CSS}</style>${htmlFragment("<table>…</table>")}`
 */
export const REPORT_CSS = `
${ROOT} { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1f2328; background: #ffffff; font-size: 14px; line-height: 1.45; max-width: 1200px; text-align: left; }
${ROOT} h1 { font-size: 1.5em; margin: 0.2em 0; } ${ROOT} h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; border-bottom: 1px solid #d0d7de; }
${ROOT} .meta { color: #59636e; }
${ROOT} table { border-collapse: collapse; border-spacing: 0; border: none; width: 100%; max-width: none; margin: 0.4em 0; table-layout: auto; font-size: 1em; color: inherit; }
${ROOT} th, ${ROOT} td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top; white-space: normal; max-width: none; line-height: 1.4; }
${ROOT} tbody tr:nth-child(n), ${ROOT} tbody tr:nth-child(n):hover { background: transparent; }
${ROOT} th { background: #f6f8fa; font-weight: 600; }
${ROOT} td.num, ${ROOT} th.num { text-align: right; font-variant-numeric: tabular-nums; }
${ROOT} .status { display: inline-block; min-width: 5.5em; text-align: center; border-radius: 3px; padding: 0 4px; font-size: 0.9em; }
${Object.entries(STATUS_COLOURS)
  .map(([s, [bg, fg]]) => `${ROOT} .s-${s} { background: ${bg}; color: ${fg}; }`)
  .join("\n")}
${ROOT} .bar { display: flex; height: 14px; width: 100%; min-width: 160px; border-radius: 3px; overflow: hidden; background: #eaeef2; }
${ROOT} .bar span { display: block; height: 100%; }
${ROOT} .drift-later { background: #ffebe9; } ${ROOT} .drift-earlier { background: #dafbe1; }
${ROOT} .summary { display: flex; gap: 1em; flex-wrap: wrap; margin: 0.6em 0; }
${ROOT} .summary div { border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 12px; }
${ROOT} .summary b { font-size: 1.4em; display: block; }
${ROOT} .heat td.cell { text-align: center; font-size: 0.85em; }
${ROOT} small, ${ROOT} .muted { color: #59636e; }
${ROOT} .local { margin: 0 0 0.3em; } ${ROOT} .local:last-child { margin-bottom: 0; }
${ROOT} .local b { font-variant-numeric: tabular-nums; }
${ROOT} article.link { border-top: 1px solid #d0d7de; padding-top: 0.3em; margin-top: 0.8em; } ${ROOT} h3 { font-size: 1.05em; margin: 0.3em 0; }
${ROOT} .chart { display: block; max-width: 100%; height: auto; margin: 0.4em 0; }
${ROOT} footer { margin-top: 1.5em; padding-top: 0.4em; border-top: 1px solid #d0d7de; color: #59636e; font-size: 0.85em; }
${ROOT} footer dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.8em; margin: 0; }
${ROOT} footer dt { font-weight: 600; } ${ROOT} footer dd { margin: 0; }
@media print {
  ${ROOT} { max-width: none; font-size: 10pt; }
  ${ROOT}, ${ROOT} * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  ${ROOT} section + section { break-before: page; }
  ${ROOT} h1, ${ROOT} h2 { break-after: avoid; }
  ${ROOT} tr, ${ROOT} .chart, ${ROOT} .summary, ${ROOT} footer, ${ROOT} article { break-inside: avoid; }
  ${ROOT} thead { display: table-header-group; }
  ${ROOT} .screen-only { display: none; }
}
`;

/** Page-wide print settings of a whole report page (not of a fragment: `@page` cannot be scoped). */
const pageCss = (orientation: "landscape" | "portrait") => `@page { size: A4 ${orientation}; margin: 12mm; } body { margin: 16px; } @media print { body { margin: 0; } }`;

/**
 * A stacked bar of status counts (covered, adopted, partial, missing).
 *
 * @example
 * statusBar({ covered: 3, adopted: 0, partial: 1, missing: 1 })
 */
export function statusBar(counts: Record<"covered" | "adopted" | "partial" | "missing", number>): string {
  const total = counts.covered + counts.adopted + counts.partial + counts.missing || 1;
  const parts = (["covered", "adopted", "partial", "missing"] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `<span class="s-${s}" style="width:${((counts[s] / total) * 100).toFixed(1)}%" title="${s}: ${counts[s]}"></span>`);
  return `<div class="bar">${parts.join("")}</div>`;
}

/** A status badge. */
export function statusBadge(status: string, title?: string): string {
  return `<span class="status s-${escapeHtml(status)}"${title ? ` title="${escapeHtml(title)}"` : ""}>${escapeHtml(status)}</span>`;
}

/**
 * A self-contained HTML page around report content, with dean06's styles (no external resources),
 * printed on A4 pages, landscape (wide tables) by default.
 *
 * @example
 * htmlPage("Coverage", htmlFragment("…"))
 * htmlPage("Links", htmlFragment("…"), "portrait")
 */
export function htmlPage(title: string, fragment: string, orientation: "landscape" | "portrait" = "landscape"): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${pageCss(orientation)}${REPORT_CSS}</style>
</head>
<body>
${fragment}
</body>
</html>
`;
}

/**
 * Report content in the reports' root element, `<div class="dean06 dean06-report">` (styled by
 * `REPORT_CSS`).
 *
 * @example
 * htmlFragment("<p>hue-2022: 38 of 52 national tasks covered</p>")
 * // '<div class="dean06 dean06-report"><p>hue-2022: 38 of 52 national tasks covered</p></div>'
 * htmlPage("hue-2022", htmlFragment(`<pre>${escapeHtml(coverage("hue-2022").toString())}</pre>`)) // a whole page
 */
export function htmlFragment(content: string): string {
  return `<div class="dean06 dean06-report">${content}</div>`;
}

/**
 * What a report's footer says: the dean06 version that made it, when, and facts about its input
 * (plans and their codes, thresholds …) as label → text.
 *
 * @example
 * const footer: FooterFacts = { madeOn: "2026-12-07", facts: [["plans", "hue-2022 (2274/KH-UBND)"]] };
 */
export interface FooterFacts {
  /** The date the report was made (ISO `yyyy-mm-dd`). */
  madeOn: string;
  /** Facts about the input, in the order shown, as [label, text] pairs, e.g. ["plans", "hue-2022 (2274/KH-UBND)"]. */
  facts: readonly (readonly [string, string])[];
}

/**
 * A report's footer: dean06's version, the date made and the given facts.
 *
 * @example
 * reportFooter({ madeOn: "2026-12-07", facts: [["thresholds", "link ≥ 0.40"]] })
 * // '<footer><dl><dt>made by</dt><dd>dean06 0.1.0 on 2026-12-07</dd><dt>thresholds</dt><dd>link ≥ 0.40</dd></dl></footer>'
 */
export function reportFooter(footer: FooterFacts): string {
  const rows: (readonly [string, string])[] = [["made by", `dean06 ${DEAN06_VERSION} on ${footer.madeOn}`], ...footer.facts];
  return `<footer><dl>${rows.map(([label, text]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(text)}</dd>`).join("")}</dl></footer>`;
}

/**
 * The date a report says it was made: the given date, else `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) when the environment sets it, else today (UTC), as `yyyy-mm-dd`.
 *
 * @example
 * madeOnDate("2026-12-07T10:00:00Z") // "2026-12-07"
 * madeOnDate(new Date(Date.UTC(2026, 0, 2))) // "2026-01-02"
 */
export function madeOnDate(date?: Date | string): string {
  if (date !== undefined) {
    const d = typeof date === "string" ? new Date(date) : date;
    if (Number.isNaN(d.getTime())) throw new Dean06Error("RENDER_FAILED", `the date a report was made is not a date: ${String(date)}`);
    return d.toISOString().slice(0, 10);
  }
  const epoch = sourceDateEpoch();
  return (epoch !== null ? new Date(epoch * 1000) : new Date()).toISOString().slice(0, 10);
}

/** `SOURCE_DATE_EPOCH` from the environment, if set to whole seconds (Node, Deno with env access). */
function sourceDateEpoch(): number | null {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    const value = env?.SOURCE_DATE_EPOCH;
    return value && /^\d+$/.test(value) ? Number(value) : null;
  } catch {
    return null;
  }
}
