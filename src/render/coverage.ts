import type { CoverageData, CoverageItem } from "../model/coverage";
import { toCsv } from "./csv";
import { type CsvOptions, markdownText, terminalText } from "./safe";
import { escapeHtml, htmlFragment, statusBadge, statusBar } from "./html";
import { type Column, markdownTable, shorten, signedDays, taskRef, textTable } from "./table";

const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;

function localCell(item: CoverageItem): string {
  return item.links.map((l) => `${taskRef(l.local)} (${l.score.toFixed(2)})`).join(", ");
}

function driftCell(item: CoverageItem): string {
  return item.drift
    .filter((d) => d.days !== null && d.days !== 0)
    .map((d) => `${taskRef(d.local)} ${signedDays(d.days)}d`)
    .join(", ");
}

function headline(data: CoverageData): string {
  const t = data.totals;
  return `${data.plan.id} (${data.plan.code}, ${data.plan.issuer}) against ${data.target}: ${t.covered} covered, ${t.partial} partial, ${t.adopted} adopted, ${t.missing} missing of ${t.total} national tasks (${pct(t.coveredRatio)} covered); ${data.localOnly.length} local-only tasks; essential services ${data.services.filter((s) => s.status === "covered").length}/${data.services.length}; ${data.drifted.length} drifted deadlines.`;
}

const SECTION_COLUMNS: Column[] = [
  { heading: "section" },
  { heading: "title" },
  { heading: "tasks", align: "right" },
  { heading: "covered", align: "right" },
  { heading: "partial", align: "right" },
  { heading: "adopted", align: "right" },
  { heading: "missing", align: "right" },
  { heading: "covered %", align: "right" },
];

function sectionRows(data: CoverageData, titleWidth: number): string[][] {
  const rows = data.sections.map((s) => [s.ref, shorten(s.title, titleWidth), ...[s.total, s.covered, s.partial, s.adopted, s.missing].map(String), pct(s.coveredRatio)]);
  const t = data.totals;
  rows.push(["all", "", ...[t.total, t.covered, t.partial, t.adopted, t.missing].map(String), pct(t.coveredRatio)]);
  return rows;
}

const ITEM_COLUMNS: Column[] = [{ heading: "national" }, { heading: "status" }, { heading: "local tasks (score)" }, { heading: "drift" }, { heading: "national task" }];

function itemRows(data: CoverageData, textWidth: number): string[][] {
  return data.items.map((i) => [i.ref, i.status, localCell(i), driftCell(i), shorten(i.text, textWidth)]);
}

/** The report as plain text: headline, per-section totals, national tasks. */
export function coverageText(data: CoverageData): string {
  return terminalText([headline(data), "", textTable(SECTION_COLUMNS, sectionRows(data, 40)), "", textTable(ITEM_COLUMNS, itemRows(data, 50))].join("\n"));
}

/** The report as markdown: headline, sections, national tasks, local-only tasks, services, drift. */
export function coverageMarkdown(data: CoverageData): string {
  const services = data.services.map((s) => [s.national, s.status, s.local ? taskRef(s.local) : s.via === "adopted" ? "(adopted)" : "", shorten(s.name, 70)]);
  const drifted = data.drifted.map((d) => [taskRef(d.local), taskRef(d.national), d.localDeadline, d.nationalDeadline, signedDays(d.days), d.status]);
  return [
    `# Coverage of ${markdownText(data.plan.id)}`,
    "",
    markdownText(headline(data)),
    "",
    "## By national section",
    "",
    markdownTable(SECTION_COLUMNS, sectionRows(data, 80)),
    "",
    "## National tasks",
    "",
    markdownTable(ITEM_COLUMNS, itemRows(data, 90)),
    "",
    `## Local-only tasks (${data.localOnly.length})`,
    "",
    data.localOnly.length ? data.localOnly.map((t) => `- ${markdownText(t.ref)}: ${markdownText(t.text)}`).join("\n") : "None.",
    "",
    "## Essential services (Phụ lục I)",
    "",
    markdownTable([{ heading: "national" }, { heading: "status" }, { heading: "local" }, { heading: "service" }], services),
    "",
    `## Drifted deadlines (${data.drifted.length})`,
    "",
    drifted.length
      ? markdownTable([{ heading: "local" }, { heading: "national" }, { heading: "local deadline" }, { heading: "national deadline" }, { heading: "days", align: "right" }, { heading: "status" }], drifted)
      : "None.",
    "",
  ].join("\n");
}

/** The report as CSV: one row per national task. */
export function coverageCsv(data: CoverageData, options: CsvOptions = {}): string {
  return toCsv(
    ["plan", "national", "section", "status", "local_tasks", "best_score", "drift_days", "drift_status", "national_text"],
    data.items.map((i) => {
      const best = i.links[0];
      const bestDrift = best ? i.drift.find((d) => d.local === best.local) : undefined;
      return [data.plan.id, i.national, i.section, i.status, i.links.map((l) => l.local).join(";"), best?.score ?? "", bestDrift?.days ?? "", bestDrift?.status ?? "", i.text];
    }),
    options,
  );
}

/** The report as an HTML fragment: summary, per-section bars, national tasks with hover detail, services, drift. */
export function coverageHtml(data: CoverageData, localTexts: ReadonlyMap<string, string>): string {
  const t = data.totals;
  const summary = [
    ["covered", t.covered],
    ["partial", t.partial],
    ["adopted", t.adopted],
    ["missing", t.missing],
  ]
    .map(([label, n]) => `<div><b>${n}</b>${statusBadge(String(label))}</div>`)
    .join("");
  const sections = data.sections
    .map((s) => `<tr><td>${escapeHtml(s.ref)}</td><td>${escapeHtml(s.title)}</td><td class="num">${s.total}</td><td class="num">${pct(s.coveredRatio)}</td><td>${statusBar(s)}</td></tr>`)
    .join("");
  const items = data.items
    .map((i) => {
      const locals = i.links
        .map((l) => {
          const hover = `${localTexts.get(l.local) ?? ""}\n\nscore ${l.score.toFixed(2)} (${l.strength}); ${l.evidence.summary}`;
          return `<span title="${escapeHtml(hover)}">${escapeHtml(taskRef(l.local))} <small>${l.score.toFixed(2)}</small></span>`;
        })
        .join(", ");
      const drifted = i.drift.filter((d) => d.status === "later" || d.status === "earlier");
      const driftHtml = drifted
        .map((d) => `<span class="drift-${d.status}" title="${escapeHtml(`${d.localDeadline} vs ${d.nationalDeadline}`)}">${escapeHtml(taskRef(d.local))} ${signedDays(d.days)}d</span>`)
        .join(", ");
      return `<tr${drifted.length ? ' class="drifted"' : ""}><td>${escapeHtml(i.ref)}</td><td>${statusBadge(i.status)}</td><td title="${escapeHtml(i.text)}">${escapeHtml(shorten(i.text, 110))}</td><td>${locals}</td><td>${driftHtml}</td></tr>`;
    })
    .join("");
  const services = data.services
    .map((s) => `<tr><td>${escapeHtml(s.national)}</td><td>${statusBadge(s.status)}</td><td>${escapeHtml(s.name)}</td><td>${s.local ? escapeHtml(taskRef(s.local)) : s.via === "adopted" ? `<span class="muted">adopted</span>` : ""}</td></tr>`)
    .join("");
  const localOnly = data.localOnly.map((l) => `<li><b>${escapeHtml(l.ref)}</b> ${escapeHtml(l.text)}</li>`).join("");
  return htmlFragment(`
<h1>Coverage of ${escapeHtml(data.plan.id)}</h1>
<p class="meta">${escapeHtml(data.plan.code)} · ${escapeHtml(data.plan.issuer)} · ${escapeHtml(data.plan.issuedOn ?? "date unknown")} · against ${escapeHtml(data.target)}</p>
<div class="summary">${summary}<div><b>${pct(t.coveredRatio)}</b>covered</div><div><b>${data.localOnly.length}</b>local-only tasks</div><div><b>${data.drifted.length}</b>drifted deadlines</div></div>
<h2>By national section</h2>
<table><thead><tr><th>§</th><th>section</th><th>tasks</th><th>covered</th><th style="width:30%">statuses</th></tr></thead><tbody>${sections}</tbody></table>
<h2>National tasks</h2>
<p class="muted">Hover a local task for its text and the link's evidence; drifted deadlines are highlighted (red: later, green: earlier).</p>
<table><thead><tr><th>ref</th><th>status</th><th>national task</th><th>local tasks (score)</th><th>drift</th></tr></thead><tbody>${items}</tbody></table>
<h2>Essential services (Phụ lục I)</h2>
<table><thead><tr><th>no.</th><th>status</th><th>service</th><th>local</th></tr></thead><tbody>${services}</tbody></table>
<h2>Local-only tasks (${data.localOnly.length})</h2>
${localOnly ? `<ul>${localOnly}</ul>` : "<p>None.</p>"}
`);
}
