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

export { Report, type MimeBundle } from "./report";
export { escapeHtml, htmlPage, htmlFragment } from "./html";
export { driftTable, driftCsv, driftCounts } from "./drift";
export { linksTable, linksCsv, linksHeadline } from "./links";
export { textTable, markdownTable, type Column } from "./table";
export { toCsv, csvCell } from "./csv";
export { toDot } from "./dot";
export { toMermaid } from "./mermaid";
export { toGEXF } from "./gexf";
export { toSVG, renderDot, type SvgOptions, type DotRendering, type VizRenderer, type VizRendering, type VizMessage } from "./svg";
export type { LineagePictureOptions } from "./lineage-style";
export { planToCSV, PLAN_CSV_HEADER, type PlanCsvOptions } from "./plan-csv";
