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

export { filterLineage, type LineageFilter, type LineageFilterOptions, planLevel, planLineage, sectionLineage, subgraph, taskLineage } from "./filter";
export { type LineageOptions, lineage, type PlanSelection, toJSON } from "./graph";
export { citedDocumentId } from "./ids";
export { type LinkCorpusOptions, type LinkCorpusProgress, type LinkStoreBuilder, linkCorpus, linkStoreBuilder } from "./link-corpus";
export {
  ancestors,
  type Carrier,
  carriers,
  citedDocuments,
  citingPlans,
  descendants,
  LINEAGE_QUERY_EDGES,
  LineageNodeNotFoundError,
  type LineageQueryOptions,
  pathToRoot,
  upwardView,
} from "./queries";
export { LinkStore, type StoreSlice } from "./store";
export {
  type DocumentNodeAttributes,
  edgeKey,
  LINEAGE_EDGE_TYPES,
  type LineageEdgeAttributes,
  type LineageEdgeType,
  type LineageGraph,
  type LineageGraphAttributes,
  type LineageNodeAttributes,
  type LineageNodeKind,
  type PlanNodeAttributes,
  type PlanNodeOrigin,
  type TaskNodeAttributes,
} from "./types";
