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

export { CompareReport, compare } from "./compare";
export { type CompareOptions, compareData } from "./compare-data";
export { CoverageReport, coverage } from "./coverage";
export { type CoverageOptions, coverageData, totalsOf } from "./coverage-data";
export { applicableEnd, type DriftOptions, drift, tierOfLevel } from "./drift";
export { coverageMatrix, MatrixReport } from "./matrix";
export { type MatrixOptions, matrixData } from "./matrix-data";
export { type PlanSummary, planSummary } from "./summary";
