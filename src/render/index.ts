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

export { csvCell, toCsv } from "./csv";
export { toDot } from "./dot";
export { driftCounts, driftCsv, driftTable } from "./drift";
export { toGEXF } from "./gexf";
export { escapeHtml, htmlFragment, htmlPage } from "./html";
export type { LineagePictureOptions } from "./lineage-style";
export { linksCsv, linksHeadline, linksTable } from "./links";
export { toMermaid } from "./mermaid";
export { PLAN_CSV_HEADER, type PlanCsvOptions, planToCSV } from "./plan-csv";
export { type MimeBundle, Report } from "./report";
export { type DotRendering, renderDot, type SvgOptions, toSVG, type VizMessage, type VizRenderer, type VizRendering } from "./svg";
export { type Column, markdownTable, textTable } from "./table";
