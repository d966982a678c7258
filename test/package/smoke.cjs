// CommonJS consumer: resolves "dean06" through the package's own exports map (self-reference).
const { getPlan, parseDeadline, PlanNotFoundError, plans, rootPlan } = require("dean06");
const { getPlan: getPlanOfPart } = require("dean06/corpus");
const { PlanNotFoundError: PlanNotFoundErrorOfPart } = require("dean06/model");

console.log(
  JSON.stringify({
    ids: plans.map((p) => p.id),
    root: rootPlan.tasks.length,
    hue: getPlan("hue-2022").tasks.length,
    q1: parseDeadline("Quý I năm 2022").end,
    sameClass: PlanNotFoundError === PlanNotFoundErrorOfPart,
    sameRoot: getPlanOfPart("qd-06-2022") === rootPlan,
  }),
);
