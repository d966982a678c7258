/**
 * `dean06/lineage`: the lineage graph of plans, their tasks and the documents they cite (a
 * graphology `MultiDirectedGraph`), its queries and its filtered views.
 *
 * @example
 * import { lineage, pathToRoot } from "dean06/lineage";
 * pathToRoot(lineage(), "hue-2022")
 *
 * @module dean06/lineage
 */

export { lineage, toJSON, type LineageOptions, type PlanSelection } from "./graph";
export {
  LINEAGE_EDGE_TYPES,
  edgeKey,
  type LineageGraph,
  type LineageEdgeType,
  type LineageNodeKind,
  type LineageNodeAttributes,
  type LineageEdgeAttributes,
  type LineageGraphAttributes,
  type PlanNodeAttributes,
  type PlanNodeOrigin,
  type DocumentNodeAttributes,
  type TaskNodeAttributes,
} from "./types";
export { citedDocumentId } from "./ids";
export {
  ancestors,
  descendants,
  carriers,
  pathToRoot,
  citingPlans,
  citedDocuments,
  upwardView,
  LINEAGE_QUERY_EDGES,
  LineageNodeNotFoundError,
  type LineageQueryOptions,
  type Carrier,
} from "./queries";
export { subgraph, planLevel, taskLineage, planLineage, sectionLineage, filterLineage, type LineageFilter, type LineageFilterOptions } from "./filter";
