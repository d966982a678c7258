// Coverage of every built-in plan: one summary line each, and an HTML report per plan.
// Run after `npm run build`:  node examples/coverage-all.mjs [output folder]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { coverage, plans, rootPlan } from "../dist/index.js";

const out = process.argv[2] ?? "coverage-reports";
mkdirSync(out, { recursive: true });
for (const plan of plans.filter((p) => p.id !== rootPlan.id)) {
  const report = coverage(plan);
  const { covered, partial, adopted, missing, coveredRatio } = report.totals;
  const services = report.services.filter((s) => s.status === "covered").length;
  console.log(
    `${plan.id.padEnd(15)} ${String(Math.round(coveredRatio * 100)).padStart(3)}% covered ` +
      `(${covered} covered, ${partial} partial, ${adopted} adopted, ${missing} missing), ` +
      `${report.localOnly.length} local-only, services ${services}/25, ${report.drifted.length} drifted`,
  );
  writeFileSync(join(out, `${plan.id}.html`), report.toHTML());
}
console.log(`HTML reports written to ${out}/`);
