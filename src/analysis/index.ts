/**
 * `dean06/analysis`: coverage of the national tasks, the coverage matrix, comparison of two plans,
 * deadline drift and plan summaries, each as a report object with its renderers.
 *
 * @example
 * import { coverage } from "dean06/analysis";
 * console.log(coverage("hue-2022").toMarkdown());
 *
 * @module dean06/analysis
 */

export { drift, applicableEnd, tierOfLevel, type DriftOptions } from "./drift";
export { planSummary, type PlanSummary } from "./summary";
export { coverage, CoverageReport } from "./coverage";
export { coverageData, totalsOf, type CoverageOptions } from "./coverage-data";
export { coverageMatrix, MatrixReport } from "./matrix";
export { matrixData, type MatrixOptions } from "./matrix-data";
export { compare, CompareReport } from "./compare";
export { compareData, type CompareOptions } from "./compare-data";
