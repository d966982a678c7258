// Import time of the built package against importing zod alone: each measurement in a fresh
// Node process (`npm run build` first). Prints the median of several runs of each.
//   node scripts/import-time.mjs [runs]
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const runs = Number(process.argv[2] ?? 7);
const root = fileURLToPath(new URL("..", import.meta.url));

// Each case: what to import (resolved from the package root, so "dean06" is a self-reference)
// and an optional first call, timed separately.
const cases = [
  ["zod", "zod", ""],
  ["dean06", "dean06", ""],
  ...(process.env.SUBPATHS ? [["dean06/deadline", "dean06/deadline", ""]] : []),
  ["dean06 + getPlan().tasks", "dean06", "m.getPlan('hue-2022').tasks.length"],
  ["dean06 + coverage()", "dean06", "m.coverage('hue-2022')"],
];

const script = (spec, call) => `
const t0 = performance.now();
const m = await import(${JSON.stringify(spec)});
const t1 = performance.now();
${call};
const t2 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1]));`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const results = {};
for (let i = 0; i < runs; i++) {
  for (const [name, spec, call] of cases) {
    const [load, first] = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script(spec, call)], { cwd: root, encoding: "utf8" }));
    (results[name] ??= { load: [], first: [] }).load.push(load);
    results[name].first.push(first);
  }
}
const zod = median(results.zod.load);
for (const [name, { load, first }] of Object.entries(results)) {
  const l = median(load);
  console.log(`${name.padEnd(26)} import ${l.toFixed(0).padStart(5)} ms (${(l / zod).toFixed(2)}× zod)${first.some((t) => t > 0.5) ? `, first call ${median(first).toFixed(0)} ms` : ""}`);
}
