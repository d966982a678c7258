// What Huế's 2026–2030 plan carried over from its 2022 plan, and what it added.
// Run after `npm run build`:  node examples/compare-hue.mjs
import { compare } from "../dist/index.js";

const report = compare("hue-2022", "hue-2026");
console.log(report.toString().split("\n")[0]);
const carried = new Set(report.pairs.map((p) => p.b));
console.log(`\nCarried over (${carried.size} of 69 tasks of hue-2026), e.g.:`);
for (const pair of report.pairs.filter((p) => p.via === "direct").slice(0, 5)) console.log(`  ${pair.a} → ${pair.b} (score ${pair.score})`);
console.log(`\nNew in 2026 (${report.onlyB.length}), e.g.:`);
for (const task of report.onlyB.slice(0, 5)) console.log(`  ${task.ref}: ${task.text.slice(0, 100)}…`);
