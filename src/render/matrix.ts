import type { MatrixData } from "../model/coverage";
import { toCsv } from "./csv";
import { escapeHtml, htmlFragment, madeOnDate, reportFooter, STATUS_COLOURS } from "./html";
import { type CsvOptions, markdownText, terminalText } from "./safe";
import { type Column, markdownTable, textTable } from "./table";

const SYMBOL: Record<string, string> = { covered: "●", partial: "◐", adopted: "◆", missing: "·" };
const LEGEND = "● covered · ◐ partial · ◆ adopted · · missing";
const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;

function columns(data: MatrixData): Column[] {
  return [{ heading: "national" }, ...data.plans.map((p) => ({ heading: p.id }))];
}

function rows(data: MatrixData): string[][] {
  const body = data.rows.map((r) => [r.ref, ...data.plans.map((p) => SYMBOL[r.statuses[p.id]!] ?? "?")]);
  body.push(["covered", ...data.plans.map((p) => pct(data.totals[p.id]!.coveredRatio))]);
  return body;
}

/** The matrix as plain text, one symbol per cell. */
export function matrixText(data: MatrixData): string {
  return terminalText(`National tasks of ${data.target} × plans (${LEGEND})\n\n${textTable(columns(data), rows(data))}`);
}

/** The matrix as markdown. */
export function matrixMarkdown(data: MatrixData): string {
  return `# Coverage matrix\n\nNational tasks of ${markdownText(data.target)} × plans. ${LEGEND}.\n\n${markdownTable(columns(data), rows(data))}\n`;
}

/** The matrix as CSV: one row per national task, one status column per plan. */
export function matrixCsv(data: MatrixData, options: CsvOptions = {}): string {
  return toCsv(
    ["national", "section", ...data.plans.map((p) => p.id)],
    data.rows.map((r) => [r.national, r.section, ...data.plans.map((p) => r.statuses[p.id]!)]),
    options,
  );
}

/** The matrix as an HTML heatmap fragment: coloured cells, task text and scores on hover. */
export function matrixHtml(data: MatrixData, madeOn: string = madeOnDate()): string {
  const header = data.plans.map((p) => `<th scope="col" title="${escapeHtml(`${p.code} · ${p.issuer}`)}">${escapeHtml(p.id)}</th>`).join("");
  let section = "";
  const body = data.rows
    .map((r) => {
      const divider = r.section !== section ? `<tr><th scope="colgroup" colspan="${data.plans.length + 1}">Section ${escapeHtml(r.section)}</th></tr>` : "";
      section = r.section;
      const cells = data.plans
        .map((p) => {
          const status = r.statuses[p.id]!;
          const [bg, fg] = STATUS_COLOURS[status] ?? ["#fff", "#000"];
          const score = r.scores[p.id];
          return `<td class="cell" style="background:${bg};color:${fg}" title="${escapeHtml(`${p.id}: ${status}${score === null || score === undefined ? "" : ` (best score ${score.toFixed(2)})`}`)}">${SYMBOL[status]}</td>`;
        })
        .join("");
      return `${divider}<tr><td title="${escapeHtml(r.text)}">${escapeHtml(r.ref)}</td>${cells}</tr>`;
    })
    .join("");
  const totals = data.plans.map((p) => `<td class="num">${pct(data.totals[p.id]!.coveredRatio)}</td>`).join("");
  return htmlFragment(`
<h1>Coverage matrix</h1>
<p class="meta">National tasks of ${escapeHtml(data.target)} × ${data.plans.length} plans. ${escapeHtml(LEGEND)}. Hover a cell for the best link score, a ref for the task.</p>
<table class="heat"><thead><tr><th scope="col">national</th>${header}</tr></thead><tbody>${body}<tr><th scope="row">covered</th>${totals}</tr></tbody></table>
${reportFooter({
  madeOn,
  facts: [
    ["plans", data.plans.map((p) => `${p.id} (${p.code})`).join(", ")],
    ["against", data.target],
  ],
})}
`);
}
