// Import a plan that is not in the corpus, from text (pasted from Word/PDF) and from a CSV
// spreadsheet, then analyse it like a built-in plan.
// Run after `npm run build`:  node examples/import-plan.mjs
import { readFileSync } from "node:fs";
import { coverage, drift, link, parsePlan, parsePlanCSV } from "../dist/index.js";

const fromText = parsePlan(readFileSync(new URL("plan-example.txt", import.meta.url), "utf8"), { id: "vi-du-text-2024" });
console.log(`Text: ${fromText.code}, ${fromText.issuer}, issued ${fromText.issuedOn}, derives from ${fromText.parents.join(", ")}`);
console.log(`      ${fromText.tasks.length} tasks, ${fromText.warnings.length} warnings`);

const fromCsv = parsePlanCSV(readFileSync(new URL("plan-example.csv", import.meta.url), "utf8"), {
  id: "vi-du-csv-2024",
  issuer: "UBND huyện Ví Dụ",
  level: "district",
  issuedOn: "2024-03-15",
  parents: ["khanh-hoa-1403-2022"],
});
console.log(`CSV:  ${fromCsv.tasks.length} tasks in ${fromCsv.sections.length} sections, ${fromCsv.warnings.length} warnings`);

for (const plan of [fromText, fromCsv]) {
  const links = link(plan).links;
  const report = coverage(plan);
  const later = drift(plan).filter((d) => d.status === "later");
  console.log(
    `\n${plan.id}: ${links.length} links to national tasks; ${report.totals.covered} covered, ${report.totals.partial} partial; ${report.localOnly.length} local-only; ${later.length} deadlines later than nationally`,
  );
  for (const l of links.slice(0, 4)) console.log(`  ${l.local} → ${l.national} (${l.score}) ${l.evidence.sharedTerms.slice(0, 3).join(", ")}`);
}
