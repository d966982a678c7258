// ESM consumer: resolves "dean06" through the package's own exports map (self-reference).
import { getPlan, parseDeadline, plans, rootPlan } from "dean06";

console.log(JSON.stringify({ ids: plans.map((p) => p.id), root: rootPlan.tasks.length, hue: getPlan("hue-2022").tasks.length, q1: parseDeadline("Quý I năm 2022").end }));
