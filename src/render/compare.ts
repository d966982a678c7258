import type { CompareData } from "../model/coverage";
import { toCsv } from "./csv";
import { escapeHtml, htmlFragment, madeOnDate, reportFooter } from "./html";
import { type CsvOptions, markdownText, terminalText } from "./safe";
import { type Column, markdownTable, signedDays, taskRef, textTable } from "./table";

function headline(d: CompareData): string {
  return `${d.b.id} compared with ${d.a.id}: ${d.pairs.length} matched pairs (${d.pairs.filter((p) => p.via === "direct").length} direct, ${d.pairs.filter((p) => p.via === "national").length} through a shared national task), ${d.onlyA.length} tasks only in ${d.a.id}, ${d.onlyB.length} only in ${d.b.id}, ${d.deadlineChanges.length} deadline changes.`;
}

function pairColumns(d: CompareData): Column[] {
  return [{ heading: d.a.id }, { heading: d.b.id }, { heading: "via" }, { heading: "score", align: "right" }, { heading: "days", align: "right" }];
}

function pairRows(d: CompareData): string[][] {
  return d.pairs.map((p) => [taskRef(p.a), taskRef(p.b), p.via === "direct" ? "direct" : `national ${taskRef(p.national ?? "")}`, p.score.toFixed(2), signedDays(p.days)]);
}

/** The comparison as plain text. */
export function compareText(d: CompareData): string {
  return terminalText([headline(d), "", textTable(pairColumns(d), pairRows(d))].join("\n"));
}

/** The comparison as markdown: pairs, tasks only in a, only in b, deadline changes. */
export function compareMarkdown(d: CompareData): string {
  const only = (list: CompareData["onlyA"]) => (list.length ? list.map((t) => `- ${markdownText(t.ref)}: ${markdownText(t.text)}`).join("\n") : "None.");
  return [
    `# ${markdownText(d.b.id)} compared with ${markdownText(d.a.id)}`,
    "",
    markdownText(headline(d)),
    "",
    "## Matched tasks",
    "",
    markdownTable(pairColumns(d), pairRows(d)),
    "",
    `## Only in ${markdownText(d.a.id)} (${d.onlyA.length})`,
    "",
    only(d.onlyA),
    "",
    `## Only in ${markdownText(d.b.id)} (${d.onlyB.length})`,
    "",
    only(d.onlyB),
    "",
    `## Deadline changes (${d.deadlineChanges.length})`,
    "",
    d.deadlineChanges.length
      ? markdownTable(
          [{ heading: d.a.id }, { heading: "deadline" }, { heading: d.b.id }, { heading: "deadline" }, { heading: "days", align: "right" }],
          d.deadlineChanges.map((p) => [taskRef(p.a), p.aDeadline, taskRef(p.b), p.bDeadline, signedDays(p.days)]),
        )
      : "None.",
    "",
  ].join("\n");
}

/** The comparison as CSV: one row per matched pair, then one per unmatched task. */
export function compareCsv(d: CompareData, options: CsvOptions = {}): string {
  return toCsv(
    ["a", "b", "via", "national", "score", "a_deadline", "b_deadline", "days"],
    [
      ...d.pairs.map((p) => [p.a, p.b, p.via, p.national, p.score, p.aDeadline, p.bDeadline, p.days]),
      ...d.onlyA.map((t) => [t.id, "", "only-a", "", "", "", "", ""]),
      ...d.onlyB.map((t) => ["", t.id, "only-b", "", "", "", "", ""]),
    ],
    options,
  );
}

/** The comparison as an HTML fragment. */
export function compareHtml(d: CompareData, texts: ReadonlyMap<string, string>, madeOn: string = madeOnDate()): string {
  const cell = (id: string) => `<td><b>${escapeHtml(taskRef(id))}</b> ${escapeHtml(texts.get(id) ?? "")}</td>`;
  const pairs = d.pairs
    .map(
      (p) =>
        `<tr${p.days ? ` class="drift-${p.days > 0 ? "later" : "earlier"}"` : ""}>${cell(p.a)}${cell(p.b)}<td>${p.via === "direct" ? "direct" : `national ${escapeHtml(taskRef(p.national ?? ""))}`}</td><td class="num">${p.score.toFixed(2)}</td><td class="num" title="${escapeHtml(`${p.aDeadline} → ${p.bDeadline}`)}">${signedDays(p.days)}</td></tr>`,
    )
    .join("");
  const only = (list: CompareData["onlyA"]) => (list.length ? `<ul>${list.map((t) => `<li><b>${escapeHtml(t.ref)}</b> ${escapeHtml(t.text)}</li>`).join("")}</ul>` : "<p>None.</p>");
  return htmlFragment(`
<h1>${escapeHtml(d.b.id)} compared with ${escapeHtml(d.a.id)}</h1>
<p class="meta">${escapeHtml(headline(d))}</p>
<h2>Matched tasks</h2>
<table><thead><tr><th>${escapeHtml(d.a.id)}</th><th>${escapeHtml(d.b.id)}</th><th>via</th><th>score</th><th>days</th></tr></thead><tbody>${pairs}</tbody></table>
<h2>Only in ${escapeHtml(d.a.id)} (${d.onlyA.length})</h2>${only(d.onlyA)}
<h2>Only in ${escapeHtml(d.b.id)} (${d.onlyB.length})</h2>${only(d.onlyB)}
${reportFooter({ madeOn, facts: [["plans", [d.a, d.b].map((p) => `${p.id} (${p.code}, ${p.issuer}${p.issuedOn ? `, ${p.issuedOn}` : ""})`).join("; ")]] })}
`);
}
