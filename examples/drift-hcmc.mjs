// How HCMC's 2024 plan re-scheduled the national tasks of 2022.
// Run after `npm run build`:  node examples/drift-hcmc.mjs
import { drift, driftTable, getPlan } from "../dist/index.js";

const plan = getPlan("hcmc-2024");
const items = drift(plan);
const later = items.filter((d) => d.status === "later").sort((a, b) => b.days - a.days);
console.log(`${plan.id}: ${items.length} links to national tasks, ${later.length} due later than nationally.`);
console.log(`Largest delay: ${later[0].days} days (${later[0].local} "${later[0].localDeadline}" vs ${later[0].national} "${later[0].nationalDeadline}").`);
console.log(`Median delay: ${later[Math.floor(later.length / 2)].days} days.\n`);
console.log(driftTable(later.slice(0, 10), "text"));
