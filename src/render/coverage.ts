import type { LinkThresholds } from "../match/link";
import type { CoverageData, CoverageItem, ServiceCoverage } from "../model/coverage";
import type { Link } from "../model/link";
import { toCsv } from "./csv";
import { driftChart } from "./drift";
import { escapeHtml, htmlFragment, reportFooter, statusBadge, statusBar } from "./html";
import { type CsvOptions, markdownText, terminalText } from "./safe";
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
  const services = data.services.map((s) => [s.national, s.status, serviceListing(s), shorten(s.name, 70)]);
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
    markdownTable([{ heading: "national" }, { heading: "status" }, { heading: "in the plan" }, { heading: "service" }], services),
    "",
    `## Drifted deadlines (${data.drifted.length})`,
    "",
    drifted.length
      ? markdownTable(
          [{ heading: "local" }, { heading: "national" }, { heading: "local deadline" }, { heading: "national deadline" }, { heading: "days", align: "right" }, { heading: "status" }],
          drifted,
        )
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

/**
 * What the HTML of a coverage report shows beyond its data: the local plan's task texts and
 * service names (by id), the target plan's code, the link thresholds used and the date made.
 *
 * @example
 * const context: CoverageHtmlContext = { texts: new Map([["hue-2022:VI.12", "Kết nối …"]]), targetCode: "06/QĐ-TTg", thresholds: LINK_THRESHOLDS, madeOn: "2026-12-07" };
 */
export interface CoverageHtmlContext {
  /** Local task id → its text, local service id → its name. */
  texts: ReadonlyMap<string, string>;
  /** The code of the target plan (e.g. "06/QĐ-TTg"), or null when unknown. */
  targetCode: string | null;
  /** The link thresholds the links were made with (scores 0..1), stated in the report's footer. */
  thresholds: Pick<LinkThresholds, "link" | "strong" | "secondaryRatio" | "named">;
  /** The date the footer says the report was made, yyyy-mm-dd. */
  madeOn: string;
}

/**
 * How the plan lists a national service: its own entry (number, and its name when it words the
 * service otherwise), adopted with the national list, or nothing.
 */
function serviceListing(s: ServiceCoverage, names: ReadonlyMap<string, string> = new Map()): string {
  if (s.local) {
    const name = names.get(s.local);
    const fold = (t: string) => t.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
    return `no. ${taskRef(s.local).replace(/^service:/, "")}${name && fold(name) !== fold(s.name) ? `: ${name}` : ""}`;
  }
  return s.via === "adopted" ? "adopted with the national list" : "";
}

function localTaskHtml(link: Link, texts: ReadonlyMap<string, string>): string {
  const text = texts.get(link.local);
  const tip = `score ${link.score.toFixed(2)} (${link.strength}); ${link.evidence.summary}`;
  return `<div class="local" title="${escapeHtml(tip)}"><b>${escapeHtml(taskRef(link.local))}</b> <small>${link.score.toFixed(2)}${link.strength === "weak" ? " weak" : ""}</small> ${text ? escapeHtml(text) : ""}</div>`;
}

/**
 * The report as an HTML fragment: summary, per-section bars, national tasks with the text of the
 * local tasks linked to them, a drift chart, services (by name), local-only tasks and a footer
 * (dean06 version, date made, plans and thresholds), in sections that print on pages of their own.
 */
export function coverageHtml(data: CoverageData, context: CoverageHtmlContext): string {
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
      const locals = i.links.map((l) => localTaskHtml(l, context.texts)).join("");
      const drifted = i.drift.filter((d) => d.status === "later" || d.status === "earlier");
      const driftHtml = drifted
        .map((d) => `<div class="drift-${d.status}" title="${escapeHtml(`${d.localDeadline} vs ${d.nationalDeadline}`)}">${escapeHtml(taskRef(d.local))} ${signedDays(d.days)}&nbsp;d</div>`)
        .join("");
      return `<tr${drifted.length ? ' class="drifted"' : ""}><td>${escapeHtml(i.ref)}</td><td>${statusBadge(i.status)}</td><td>${escapeHtml(i.text)}</td><td>${locals}</td><td>${driftHtml}</td></tr>`;
    })
    .join("");
  const sectionTitles = new Map(data.sections.map((s) => [s.ref, `${s.ref} · ${s.title}`]));
  const chart = driftChart(
    data.items.flatMap((i) => i.drift),
    { sections: new Map(data.items.map((i) => [i.national, sectionTitles.get(i.section) ?? i.section])) },
  );
  const allDrift = data.items.flatMap((i) => i.drift);
  const notComparable = allDrift.filter((d) => d.days === null).length;
  const services = data.services
    .map((s) => `<tr><td class="num">${escapeHtml(s.national)}</td><td>${statusBadge(s.status)}</td><td>${escapeHtml(s.name)}</td><td>${escapeHtml(serviceListing(s, context.texts))}</td></tr>`)
    .join("");
  const localOnly = data.localOnly.map((l) => `<li><b>${escapeHtml(l.ref)}</b> ${escapeHtml(l.text)}</li>`).join("");
  const th = context.thresholds;
  const footer = reportFooter({
    madeOn: context.madeOn,
    facts: [
      ["plan", `${data.plan.id} (${data.plan.code}, ${data.plan.issuer}${data.plan.issuedOn ? `, ${data.plan.issuedOn}` : ""})`],
      ["against", context.targetCode ? `${data.target} (${context.targetCode})` : data.target],
      [
        "thresholds",
        `a link scores at least ${th.link.toFixed(2)} (${th.named.toFixed(2)} for the only target naming a system the task names; further links of a task ${Math.round(th.secondaryRatio * 100)}% of its best); covered from ${th.strong.toFixed(2)}, partial below`,
      ],
    ],
  });
  return htmlFragment(`
<section>
<h1>Coverage of ${escapeHtml(data.plan.id)}</h1>
<p class="meta">${escapeHtml(data.plan.code)} · ${escapeHtml(data.plan.issuer)} · ${escapeHtml(data.plan.issuedOn ?? "date unknown")} · against ${escapeHtml(data.target)}${context.targetCode ? ` (${escapeHtml(context.targetCode)})` : ""}</p>
<div class="summary">${summary}<div><b>${pct(t.coveredRatio)}</b>covered</div><div><b>${data.localOnly.length}</b>local-only tasks</div><div><b>${data.drifted.length}</b>drifted deadlines</div></div>
<h2>By national section</h2>
<table><thead><tr><th>§</th><th>section</th><th class="num">tasks</th><th class="num">covered</th><th style="width:30%">statuses</th></tr></thead><tbody>${sections}</tbody></table>
</section>
<section>
<h2>National tasks</h2>
<p class="muted">Each national task with the local tasks linked to it (ref, link score, text); drifted deadlines are highlighted (red: later, green: earlier).</p>
<table><thead><tr><th>ref</th><th>status</th><th style="width:32%">national task</th><th style="width:42%">local tasks (score)</th><th>drift</th></tr></thead><tbody>${items}</tbody></table>
</section>
<section>
<h2>Deadline drift (${data.drifted.length} drifted)</h2>
${chart ? `${chart}<p class="muted">Days between each linked local task's deadline and its national task's (right, red: later; left, green: earlier; grey: the same).${notComparable ? ` ${notComparable} links do not compare (recurring, or a deadline with no date).` : ""}</p>` : "<p>No linked deadlines compare (none states a date).</p>"}
</section>
<section>
<h2>Essential services (Phụ lục I)</h2>
<table><thead><tr><th class="num">no.</th><th>status</th><th>national service</th><th>in the plan</th></tr></thead><tbody>${services}</tbody></table>
<h2>Local-only tasks (${data.localOnly.length})</h2>
${localOnly ? `<ul>${localOnly}</ul>` : "<p>None.</p>"}
${footer}
</section>
`);
}
