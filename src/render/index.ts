/**
 * `dean06/render`: what reports are made of (the `Report` base class, HTML pages, text, Markdown
 * and CSV tables), the drift and links tables, plan CSV, and lineage pictures (DOT, Mermaid,
 * GEXF, SVG through Graphviz's WebAssembly build).
 *
 * @example
 * import { toMermaid } from "dean06/render";
 * import { planLineage } from "dean06/lineage";
 * console.log(toMermaid(planLineage()));
 *
 * @module dean06/render
 */

export type { CoverageHtmlContext } from "./coverage";
export { csvCell, toCsv } from "./csv";
export { toDot } from "./dot";
export { type DriftChartOptions, driftChart, driftCounts, driftCsv, driftTable } from "./drift";
export { toGEXF } from "./gexf";
export { escapeHtml, type FooterFacts, htmlFragment, htmlPage, madeOnDate, reportFooter } from "./html";
export type { LineagePictureOptions } from "./lineage-style";
export { type LinksHtmlOptions, linksCsv, linksHeadline, linksHtml, linksTable } from "./links";
export { toMermaid } from "./mermaid";
export { PLAN_CSV_HEADER, type PlanCsvOptions, planToCSV } from "./plan-csv";
export { type MimeBundle, Report, type ReportHtmlOptions } from "./report";
export { type CsvOptions, type CsvValue, csvDocument, csvField, dotText, markdownText, terminalText, xmlChars } from "./safe";
export { bareSvg, type DotRendering, renderDot, type SvgOptions, SvgPicture, toSVG, type VizMessage, type VizRenderer, type VizRendering } from "./svg";
export { type Column, markdownTable, textTable } from "./table";
export { DEAN06_VERSION } from "./version";
export { linkWaterfall, type ScoreStep, scoreSteps, type WaterfallOptions } from "./waterfall";
