// CommonJS consumer: resolves "dean06" through the package's own exports map (self-reference).
const { getPlan, parseDeadline, plans, rootPlan } = require("dean06");

console.log(JSON.stringify({ ids: plans.map((p) => p.id), root: rootPlan.tasks.length, hue: getPlan("hue-2022").tasks.length, q1: parseDeadline("Quý I năm 2022").end }));
