/**
 * Link speed on novel wording: copies of the five real local plans whose task texts never repeat
 * (random word drops and swaps, abbreviations, synonyms, stripped diacritics, OCR-like noise),
 * linked to the national root; the naive baseline (scripts/baselines.ts) interleaved in the same
 * process. Process CPU time (process.cpuUsage) beside wall time.
 *
 * Usage: npx tsx scripts/speed-novel.ts [plans=400] [seed=1]
 * (heap after collection: node --expose-gc --import tsx scripts/speed-novel.ts)
 */
import { performance } from "node:perf_hooks";

const importStart = performance.now();
const dean06 = await import("../src/index");
const importMs = performance.now() - importStart;
const { link, plans, rootPlan, validatePlan } = dean06;

import { abbreviate, mulberry32, ocrNoise, type Rng } from "../bench/generate";
import type { Plan } from "../src/model/plan";
import { foldDiacritics } from "../src/text/fold";
import { bestMatches, levenshteinBaseline } from "./baselines";

const count = Number(process.argv[2] ?? 400);
const rng: Rng = mulberry32(Number(process.argv[3] ?? 1));

const SYNONYMS: [RegExp, string[]][] = [
  [/triển khai/giu, ["thực hiện", "tổ chức thực hiện", "đẩy mạnh"]],
  [/xây dựng/giu, ["hình thành", "phát triển"]],
  [/kết nối/giu, ["liên thông", "tích hợp"]],
  [/người dân/giu, ["công dân", "nhân dân"]],
  [/hoàn thành/giu, ["hoàn tất", "xong"]],
  [/tăng cường/giu, ["đẩy mạnh", "nâng cao"]],
];

function reword(text: string, seen: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    let words = text.split(/\s+/).filter(Boolean);
    words = words.filter(() => rng() > 0.08);
    for (let i = 0; i + 1 < words.length; i++) if (rng() < 0.05) [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
    let out = words.join(" ");
    for (const [pattern, options] of SYNONYMS) if (rng() < 0.5) out = out.replace(pattern, () => options[Math.floor(rng() * options.length)]!);
    if (rng() < 0.5) out = abbreviate(rng, out);
    if (rng() < 0.25) out = foldDiacritics(out);
    if (rng() < 0.3) out = ocrNoise(rng, out, 0.1);
    if (attempt > 20) out += ` ${Math.floor(rng() * 1e9).toString(36)}`;
    if (!seen.has(out)) {
      seen.add(out);
      return out;
    }
  }
}

const locals = plans.filter((p) => p !== rootPlan);
const seen = new Set<string>();
const corpus: Plan[] = [];
for (let k = 0; k < count; k++) {
  const base = locals[k % locals.length]!;
  corpus.push({ ...base, id: `${base.id}-n${k}`, tasks: base.tasks.map((t) => ({ ...t, id: `${base.id}-n${k}:${t.ref}`, text: reword(t.text, seen) })) });
}
const tasks = corpus.reduce((n, p) => n + p.tasks.length, 0);

const cold = performance.now();
link(corpus[0]!);
const coldMs = performance.now() - cold;

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
let validateCpu = 0,
  linkCpu = 0,
  linkWall = 0,
  baseCpu = 0,
  baseWall = 0,
  baseTasks = 0,
  links = 0;
for (let k = 1; k < corpus.length; k++) {
  const plan = corpus[k]!;
  let c = cpu(),
    w = performance.now();
  validatePlan(plan); // what link() does first (once per plan object): timed apart
  validateCpu += cpu() - c;
  linkCpu += cpu() - c;
  linkWall += performance.now() - w;
  c = cpu();
  w = performance.now();
  links += link(plan).links.length;
  linkCpu += cpu() - c;
  linkWall += performance.now() - w;
  if (k % 10 === 0) {
    c = cpu();
    w = performance.now();
    bestMatches(levenshteinBaseline, plan, rootPlan);
    baseCpu += cpu() - c;
    baseWall += performance.now() - w;
    baseTasks += plan.tasks.length;
  }
}
const linked = tasks - corpus[0]!.tasks.length;
const rate = linked / linkCpu;
const baseRate = baseTasks / baseCpu;
console.log(`plans ${count - 1} (+1 cold), tasks ${linked}, distinct texts ${seen.size}, links ${links}`);
console.log(`import ${importMs.toFixed(0)} ms; cold first link() ${coldMs.toFixed(1)} ms`);
console.log(`link(): ${Math.round(rate)} tasks/CPU-s (${Math.round(linked / (linkWall / 1000))} tasks/wall-s), ${((linkCpu / linked) * 1e6).toFixed(1)} µs CPU/task`);
console.log(`  of which plan validation ${((validateCpu / linked) * 1e6).toFixed(1)} µs CPU/task; linking alone ${Math.round(linked / (linkCpu - validateCpu))} tasks/CPU-s`);
console.log(`naive baseline: ${Math.round(baseRate)} tasks/CPU-s (${Math.round(baseTasks / (baseWall / 1000))} tasks/wall-s) on ${baseTasks} tasks`);
console.log(`ratio ${(rate / baseRate).toFixed(1)}×`);
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
console.log(`heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB (corpus included; run with node --expose-gc for a heap after collection), rss ${(memory.rss / 2 ** 20).toFixed(0)} MB`);
