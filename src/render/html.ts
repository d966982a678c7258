/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * escapeHtml('a < b & "c"') // "a &lt; b &amp; &quot;c&quot;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Colours of coverage statuses (background, text), shared by every HTML report. */
export const STATUS_COLOURS: Record<string, [string, string]> = {
  covered: ["#1a7f37", "#ffffff"],
  adopted: ["#0969da", "#ffffff"],
  partial: ["#d4a72c", "#1f2328"],
  missing: ["#cf222e", "#ffffff"],
};

/** Styles of dean06's HTML reports, scoped under `.dean06`. */
export const REPORT_CSS = `
.dean06 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1f2328; font-size: 14px; line-height: 1.45; max-width: 1200px; }
.dean06 h1 { font-size: 1.5em; margin: 0.2em 0; } .dean06 h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; border-bottom: 1px solid #d0d7de; }
.dean06 .meta { color: #59636e; }
.dean06 table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
.dean06 th, .dean06 td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top; }
.dean06 th { background: #f6f8fa; }
.dean06 td.num { text-align: right; font-variant-numeric: tabular-nums; }
.dean06 .status { display: inline-block; min-width: 5.5em; text-align: center; border-radius: 3px; padding: 0 4px; font-size: 0.9em; }
${Object.entries(STATUS_COLOURS).map(([s, [bg, fg]]) => `.dean06 .s-${s} { background: ${bg}; color: ${fg}; }`).join("\n")}
.dean06 .bar { display: flex; height: 14px; width: 100%; min-width: 160px; border-radius: 3px; overflow: hidden; background: #eaeef2; }
.dean06 .bar span { display: block; height: 100%; }
.dean06 .drift-later { background: #ffebe9; } .dean06 .drift-earlier { background: #dafbe1; }
.dean06 .summary { display: flex; gap: 1em; flex-wrap: wrap; margin: 0.6em 0; }
.dean06 .summary div { border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 12px; }
.dean06 .summary b { font-size: 1.4em; display: block; }
.dean06 .heat td.cell { text-align: center; font-size: 0.85em; }
.dean06 small, .dean06 .muted { color: #59636e; }
.dean06 [title] { cursor: help; }
`;

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
 * A self-contained HTML page around report content, with dean06's styles (no external resources).
 *
 * @example
 * htmlPage("Coverage", "<div class='dean06'>…</div>")
 */
export function htmlPage(title: string, fragment: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${fragment}
</body>
</html>
`;
}

/**
 * Report content in a `.dean06` container (styled by `REPORT_CSS`).
 *
 * @example
 * htmlFragment("<p>hue-2022: 38 of 52 national tasks covered</p>")
 * // '<div class="dean06"><p>hue-2022: 38 of 52 national tasks covered</p></div>'
 * htmlPage("hue-2022", htmlFragment(`<pre>${escapeHtml(coverage("hue-2022").toString())}</pre>`)) // a whole page
 */
export function htmlFragment(content: string): string {
  return `<div class="dean06">${content}</div>`;
}
