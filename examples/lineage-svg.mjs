// The lineage of national task V.11 (connecting the population database with the civil-status
// database) as an SVG picture, plus the plans and wording that carry it.
// Run after `npm run build`:  node examples/lineage-svg.mjs [file.svg]
import { writeFileSync } from "node:fs";
import { carriers, lineage, taskLineage, toSVG } from "../dist/index.js";

const out = process.argv[2] ?? "lineage-v11.svg";
const graph = lineage();
for (const c of carriers(graph, "qd-06-2022:V.11")) {
  console.log(`${c.task} (${c.plan}, score ${c.score.toFixed(2)}, deadline ${c.deadline || "—"}): ${c.text.slice(0, 80)}…`);
}
const svg = await toSVG(taskLineage(graph, "qd-06-2022:V.11"));
writeFileSync(out, svg);
console.log(`Picture written to ${out} (${svg.length} bytes).`);
