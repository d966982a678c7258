import type { LinkThresholds } from "../match/link";
import { SCORE_WEIGHTS } from "../match/score";
import type { Link } from "../model/link";
import { escapeHtml } from "./html";
import { shorten, taskRef } from "./table";

/**
 * One step of a link's score: a component's contribution (its weight × its value), or an
 * adjustment (the cap at 1, an override).
 *
 * @example
 * const step: ScoreStep = { label: "anchors", detail: "anchors 0.85 × 0.2", value: 0.17 };
 */
export interface ScoreStep {
  /** The step's name on the chart: a score component ("wording", "anchors" …) or an adjustment ("capped at 1", "pinned"). */
  label: string;
  /** How the contribution comes about, e.g. "wording 0.62 × 0.5". */
  detail: string;
  /** What the step adds to the score, in score units (0..1); negative for a cap or a lowering override. */
  value: number;
}

const f2 = (n: number) => n.toFixed(2);
const f3 = (n: number) => n.toFixed(3);

/**
 * A link's score as the contributions that add up to it ({@link SCORE_WEIGHTS} × the evidence's
 * components): the lexical part (the best of the wording, objects × context and the explained
 * share), anchors, characters, system, combination, section and agencies, then the cap at 1 and,
 * for a pinned link, the override; the steps add up to `link.score` (to rounding of the stored
 * components). A link without components (pinned outright) is one step, the override.
 *
 * @example
 * const steps = scoreSteps(link("hue-2022").links[0]!);
 * steps.reduce((sum, s) => sum + s.value, 0) // ≈ the link's score
 */
export function scoreSteps(link: Link): ScoreStep[] {
  const c = link.evidence.components;
  const w = SCORE_WEIGHTS;
  if (!("wording" in c)) return [{ label: "pinned", detail: link.evidence.summary, value: link.score }];
  const get = (name: string) => c[name] ?? 0;
  const lexical = [
    { label: "wording", value: get("wording"), detail: `wording ${f3(get("wording"))}` },
    { label: "objects × context", value: Math.sqrt(get("objects") * get("context")), detail: `√(objects ${f3(get("objects"))} × context ${f3(get("context"))})` },
    { label: "explained", value: w.explainedFactor * get("explained"), detail: `explained ${f3(get("explained"))} × ${w.explainedFactor}` },
  ].reduce((best, part) => (part.value > best.value ? part : best));
  const steps: ScoreStep[] = [
    { label: lexical.label, detail: `${lexical.detail} × ${w.lexical}`, value: w.lexical * lexical.value },
    ...(["anchors", "characters", "system", "combination", "section", "agencies"] as const).map((name) => ({
      label: name,
      detail: `${name} ${f3(get(name))} × ${w[name]}`,
      value: w[name] * get(name),
    })),
  ];
  const sum = steps.reduce((s, step) => s + step.value, 0);
  if (sum > 1) steps.push({ label: "capped at 1", detail: `the sum ${f3(sum)} is capped at 1`, value: 1 - sum });
  const rest = link.score - Math.min(1, sum);
  if (link.evidence.origin === "pinned" && Math.abs(rest) > 0.0005) steps.push({ label: "pinned", detail: link.evidence.summary, value: rest });
  return steps;
}

/**
 * Options of {@link linkWaterfall}.
 *
 * @example
 * linkWaterfall(l, { thresholds: LINK_THRESHOLDS, texts: new Map(getPlan("qd-06-2022").tasks.map((t) => [t.id, t.text])) });
 */
export interface WaterfallOptions {
  /** The thresholds the link was decided with: marked on the scale. */
  thresholds: Pick<LinkThresholds, "link" | "strong">;
  /** Target task id → text, for the runners-up's tooltips. */
  texts?: ReadonlyMap<string, string>;
}

const ROW = 18;
const TOP = 30;
const LABELS = 128;
const BARS = 300;
const GAP = 40;
const RIVALS = 150;

/**
 * Why a link scored what it did, as an inline SVG in the manner of Splink's waterfall chart: each
 * score component's contribution as a step from where the previous one ended (green up, red
 * down), the final score as a full bar (blue when strong, orange when weak) with the link and
 * strong thresholds marked; beside it the chosen target and the runners-up the linker considered,
 * on the same 0..1 scale. No script: it prints.
 *
 * @example
 * const l = link("hue-2022").links[0]!;
 * writeFileSync("why.svg", linkWaterfall(l, { thresholds: LINK_THRESHOLDS }));
 */
export function linkWaterfall(link: Link, options: WaterfallOptions): string {
  const steps = scoreSteps(link);
  const rows = steps.length + 1;
  const height = TOP + rows * ROW + 10;
  const rivalsLeft = LABELS + BARS + GAP;
  const width = rivalsLeft + 60 + RIVALS + 40;
  const top = Math.max(
    1,
    steps.reduce((s, step) => s + Math.max(0, step.value), 0),
  );
  const x = (v: number) => LABELS + 8 + (Math.max(0, v) / top) * (BARS - 8);
  const out: string[] = [];
  // the scale and the thresholds
  for (const [value, label, colour] of [
    [0, "0", "#8c959f"],
    [options.thresholds.link, `link ${f2(options.thresholds.link)}`, "#9a6700"],
    [options.thresholds.strong, `strong ${f2(options.thresholds.strong)}`, "#0969da"],
    [1, "1", "#8c959f"],
  ] as const) {
    const at = x(value).toFixed(1);
    out.push(`<line x1="${at}" y1="${TOP - 6}" x2="${at}" y2="${height - 6}" stroke="${colour}" stroke-width="0.8"${value > 0 && value < 1 ? ' stroke-dasharray="3 2"' : ""}/>`);
    const anchor = value === options.thresholds.link ? "end" : value === options.thresholds.strong ? "start" : "middle";
    out.push(`<text x="${at}" y="${TOP - 10}" text-anchor="${anchor}" font-size="9" fill="${colour}">${escapeHtml(label)}</text>`);
  }
  let sum = 0;
  steps.forEach((step, i) => {
    const y = TOP + i * ROW;
    const from = x(sum);
    sum += step.value;
    const to = x(sum);
    const fill = step.value >= 0 ? "#2da44e" : "#cf222e";
    out.push(
      `<g><title>${escapeHtml(`${step.detail} = ${step.value >= 0 ? "+" : ""}${f3(step.value)}`)}</title><text x="${LABELS}" y="${y + 13}" text-anchor="end" font-size="10" fill="#1f2328">${escapeHtml(step.label)}</text>` +
        `<rect x="${Math.min(from, to).toFixed(1)}" y="${y + 3}" width="${Math.max(0.5, Math.abs(to - from)).toFixed(1)}" height="${ROW - 6}" fill="${fill}"/>` +
        `<text x="${(Math.max(from, to) + 3).toFixed(1)}" y="${y + 13}" font-size="9" fill="#59636e">${step.value >= 0 ? "+" : ""}${f2(step.value)}</text></g>`,
    );
    if (i + 1 < steps.length) out.push(`<line x1="${to.toFixed(1)}" y1="${y + ROW - 3}" x2="${to.toFixed(1)}" y2="${y + ROW + 3}" stroke="#8c959f" stroke-width="0.6"/>`);
  });
  const y = TOP + steps.length * ROW;
  const strong = link.strength === "strong";
  out.push(
    `<g><title>${escapeHtml(`score ${f3(link.score)} (${link.evidence.origin === "pinned" ? "pinned" : link.strength})`)}</title><text x="${LABELS}" y="${y + 13}" text-anchor="end" font-size="10" font-weight="600" fill="#1f2328">score</text>` +
      `<rect x="${x(0).toFixed(1)}" y="${y + 2}" width="${(x(link.score) - x(0)).toFixed(1)}" height="${ROW - 4}" fill="${strong ? "#0969da" : "#e67e22"}"/>` +
      `<text x="${(x(link.score) + 3).toFixed(1)}" y="${y + 13}" font-size="10" font-weight="600" fill="#1f2328">${f2(link.score)}</text></g>`,
  );
  // the chosen target and the runners-up, on the same 0..1 scale
  const rx = (v: number) => rivalsLeft + 60 + v * RIVALS;
  out.push(`<text x="${rivalsLeft}" y="${TOP - 10}" font-size="9" fill="#59636e">chosen and runners-up</text>`);
  const candidates = [{ national: link.national, score: link.score, chosen: true }, ...link.evidence.runnersUp.map((r) => ({ ...r, chosen: false }))];
  candidates.forEach((candidate, i) => {
    const cy = TOP + i * ROW;
    const text = options.texts?.get(candidate.national);
    const tip = `${candidate.national}: ${f3(candidate.score)}${candidate.chosen ? " (chosen)" : ""}${text ? ` — ${shorten(text, 200)}` : ""}`;
    out.push(
      `<g><title>${escapeHtml(tip)}</title><text x="${rivalsLeft + 54}" y="${cy + 13}" text-anchor="end" font-size="10" fill="#1f2328"${candidate.chosen ? ' font-weight="600"' : ""}>${escapeHtml(taskRef(candidate.national))}</text>` +
        `<rect x="${rx(0)}" y="${cy + 3}" width="${(rx(Math.min(1, candidate.score)) - rx(0)).toFixed(1)}" height="${ROW - 6}" fill="${candidate.chosen ? (strong ? "#0969da" : "#e67e22") : "#afb8c1"}"/>` +
        `<text x="${(rx(Math.min(1, candidate.score)) + 3).toFixed(1)}" y="${cy + 13}" font-size="9" fill="#59636e">${f2(candidate.score)}</text></g>`,
    );
  });
  for (const value of [options.thresholds.link, options.thresholds.strong]) {
    out.push(`<line x1="${rx(value).toFixed(1)}" y1="${TOP - 2}" x2="${rx(value).toFixed(1)}" y2="${TOP + candidates.length * ROW}" stroke="#8c959f" stroke-width="0.6" stroke-dasharray="3 2"/>`);
  }
  const title = `Score of ${taskRef(link.local)} → ${taskRef(link.national)}: ${f2(link.score)}, by component, and the runners-up`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"><title>${escapeHtml(title)}</title>${out.join("")}</svg>`;
}
