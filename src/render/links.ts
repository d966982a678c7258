import { resolvePlan } from "../corpus/index";
import { LINK_THRESHOLDS, type LinkThresholds } from "../match/link";
import { SCORE_WEIGHTS } from "../match/score";
import type { Link, LinkResult } from "../model/link";
import type { Plan } from "../model/plan";
import { toCsv } from "./csv";
import { escapeHtml, htmlFragment, htmlPage, madeOnDate, REPORT_CSS, reportFooter } from "./html";
import type { ReportHtmlOptions } from "./report";
import { type CsvOptions, terminalText } from "./safe";
import { type Column, markdownTable, shorten, taskRef, textTable } from "./table";
import { linkWaterfall } from "./waterfall";

const COLUMNS: Column[] = [
  { heading: "local" },
  { heading: "national" },
  { heading: "score", align: "right" },
  { heading: "strength" },
  { heading: "shared phrases" },
  { heading: "runners-up" },
  { heading: "local task" },
];

/** How many of a link's shared phrases, and how many characters of each, a table cell shows. */
const PHRASES_SHOWN = 3;
const PHRASE_WIDTH = 48;

function rows(result: LinkResult, plan: Plan): string[][] {
  const texts = new Map(plan.tasks.map((t) => [t.id, t.text]));
  return result.links.map((l) => [
    taskRef(l.local),
    taskRef(l.national),
    l.score.toFixed(2),
    l.evidence.origin === "pinned" ? "pinned" : l.strength,
    l.evidence.sharedTerms
      .slice(0, PHRASES_SHOWN)
      .map((phrase) => shorten(phrase, PHRASE_WIDTH))
      .join("; "),
    l.evidence.runnersUp.map((r) => `${taskRef(r.national)} ${r.score.toFixed(2)}`).join(", "),
    shorten(texts.get(l.local) ?? "", 60),
  ]);
}

/**
 * A plan's links as a table, one row per link: local and target refs, score, strength (or
 * "pinned"), the first shared phrases, the runners-up and the local task's wording; markdown (for
 * files and notebooks) or aligned plain text (terminals). `plan` is the linked plan (an object, or
 * an id: the built-in plan `result.plan` names by default).
 *
 * @example
 * console.log(linksTable(link("hue-2026")))
 * console.log(linksTable(link(imported), imported, "text"))
 */
export function linksTable(result: LinkResult, plan: Plan | string = result.plan, style: "markdown" | "text" = "markdown"): string {
  const table = rows(result, resolvePlan(plan));
  return style === "text" ? textTable(COLUMNS, table) : markdownTable(COLUMNS, table);
}

/**
 * A plan's links as CSV for review: one row per link with its whole evidence (shared phrases
 * joined by " | ", runners-up, summary) and both tasks' wordings, then one row per unlinked local
 * task (empty target), so that every task of the plan has a row. The last two columns, `review`
 * and `note`, are left empty for a reviewer: `pin` or `forbid` (and why), which
 * `reviewedOverrides` (or `dean06 … --overrides review.csv`) reads back as corrections. `plan`
 * and `target` are the linked plan and its target (objects, or ids: by default the built-in plans
 * the result names).
 *
 * @example
 * linksCsv(link("hue-2026")).split("\n")[0] // "local,national,score,strength,origin,shared_phrases,…"
 */
export function linksCsv(result: LinkResult, plan: Plan | string = result.plan, target: Plan | string = result.to, options: CsvOptions = {}): string {
  const texts = new Map([...resolvePlan(plan).tasks, ...resolvePlan(target).tasks].map((t) => [t.id, t.text]));
  return toCsv(
    ["local", "national", "score", "strength", "origin", "shared_phrases", "runners_up", "summary", "local_text", "national_text", "review", "note"],
    [
      ...result.links.map((l) => [
        l.local,
        l.national,
        l.score,
        l.strength,
        l.evidence.origin,
        l.evidence.sharedTerms.join(" | "),
        l.evidence.runnersUp.map((r) => `${r.national} ${r.score}`).join(" | "),
        l.evidence.summary,
        texts.get(l.local) ?? "",
        texts.get(l.national) ?? "",
        "",
        "",
      ]),
      ...result.unlinked.map((id) => [id, "", "", "", "", "", "", "", texts.get(id) ?? "", "", "", ""]),
    ],
    options,
  );
}

/**
 * One line on a plan's links: how many, from how many of its tasks, strong, weak and pinned, and
 * the unlinked tasks (local additions) by ref.
 *
 * @example
 * linksHeadline(link("hue-2026"))
 * // "Links of hue-2026 (322/KH-UBND) to qd-06-2022: 27 links from 19 of 69 tasks (13 strong, 14 weak, 0 pinned); unlinked (local additions): 1, 2, …"
 */
export function linksHeadline(result: LinkResult, plan: Plan | string = result.plan): string {
  const { id, code, tasks } = resolvePlan(plan);
  const linked = new Set(result.links.map((l) => l.local)).size;
  const pinned = result.links.filter((l) => l.evidence.origin === "pinned").length;
  const strong = result.links.filter((l) => l.evidence.origin !== "pinned" && l.strength === "strong").length;
  const weak = result.links.length - pinned - strong;
  const unlinked = result.unlinked.length ? result.unlinked.map(taskRef).join(", ") : "none";
  return terminalText(
    `Links of ${id} (${code}) to ${result.to}: ${result.links.length} links from ${linked} of ${tasks.length} tasks (${strong} strong, ${weak} weak, ${pinned} pinned); unlinked (local additions): ${unlinked}.`,
  );
}

/**
 * Options of {@link linksHtml}.
 *
 * @example
 * linksHtml(link("hue-2026"), "hue-2026", "qd-06-2022", { page: false, madeOn: "2026-12-07" });
 */
export interface LinksHtmlOptions extends ReportHtmlOptions {
  /** A whole page (default), or a fragment with its scoped styles (for notebooks and embedding). */
  page?: boolean;
  /** The thresholds the links were made with (default {@link LINK_THRESHOLDS}), marked on the charts and named in the footer. */
  thresholds?: Partial<LinkThresholds>;
}

function linkArticle(l: Link, texts: ReadonlyMap<string, string>, thresholds: LinkThresholds): string {
  const strength = l.evidence.origin === "pinned" ? "pinned" : l.strength;
  const phrases = l.evidence.sharedTerms.length ? `<p><small>shared phrases:</small> ${l.evidence.sharedTerms.map((p) => `“${escapeHtml(p)}”`).join(", ")}</p>` : "";
  return `<article class="link">
<h3>${escapeHtml(taskRef(l.local))} → ${escapeHtml(taskRef(l.national))} · ${l.score.toFixed(2)} <small>${escapeHtml(strength)}</small></h3>
<table><thead><tr><th style="width:50%">local task ${escapeHtml(taskRef(l.local))}</th><th>national task ${escapeHtml(taskRef(l.national))}</th></tr></thead>
<tbody><tr><td>${escapeHtml(texts.get(l.local) ?? "")}</td><td>${escapeHtml(texts.get(l.national) ?? "")}</td></tr></tbody></table>
${phrases}${linkWaterfall(l, { thresholds, texts })}
<p class="muted">${escapeHtml(l.evidence.summary)}</p>
</article>`;
}

/**
 * A plan's links as HTML for analysts: the headline, then for each link both tasks' wordings,
 * the shared phrases and a chart of why it scored what it did (the score components as a
 * waterfall with the thresholds marked, the runners-up beside it: {@link linkWaterfall}), the
 * unlinked tasks, and a footer (dean06 version, date made, plans, thresholds). Self-contained (no
 * script, no external resource) and printable. `plan` and `target` as for {@link linksCsv}.
 *
 * @example
 * writeFileSync("links-hue-2026.html", linksHtml(link("hue-2026")));
 */
export function linksHtml(result: LinkResult, plan: Plan | string = result.plan, target: Plan | string = result.to, options: LinksHtmlOptions = {}): string {
  const local = resolvePlan(plan);
  const to = resolvePlan(target);
  const thresholds = { ...LINK_THRESHOLDS, ...options.thresholds };
  const texts = new Map([...local.tasks, ...to.tasks].map((t) => [t.id, t.text]));
  const unlinked = result.unlinked.map((id) => `<li><b>${escapeHtml(taskRef(id))}</b> ${escapeHtml(texts.get(id) ?? "")}</li>`).join("");
  const footer = reportFooter({
    madeOn: madeOnDate(options.madeOn),
    facts: [
      ["plan", `${local.id} (${local.code}, ${local.issuer})`],
      ["against", `${to.id} (${to.code})`],
      [
        "thresholds",
        `a link scores at least ${thresholds.link.toFixed(2)} (${thresholds.named.toFixed(2)} for the only target naming a system the task names); strong from ${thresholds.strong.toFixed(2)}`,
      ],
      [
        "score",
        `the sum of weighted components, capped at 1: ${Object.entries(SCORE_WEIGHTS)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")}`,
      ],
    ],
  });
  const body = htmlFragment(`
<section>
<h1>Links of ${escapeHtml(local.id)} to ${escapeHtml(to.id)}</h1>
<p class="meta">${escapeHtml(linksHeadline(result, local))}</p>
<p class="muted">For each link: both wordings, the phrases they share, and the score as the contributions of its components (green adds, red takes away; the final bar blue when strong, orange when weak; dashed lines: the link and strong thresholds), with the runner-up national tasks on the same scale.</p>
${result.links.map((l) => linkArticle(l, texts, thresholds)).join("\n")}
</section>
<section>
<h2>Unlinked local tasks (${result.unlinked.length})</h2>
${unlinked ? `<ul>${unlinked}</ul>` : "<p>None.</p>"}
${footer}
</section>
`);
  return options.page === false ? `<style>${REPORT_CSS}</style>${body}` : htmlPage(`Links of ${local.id} — dean06`, body, "portrait");
}
