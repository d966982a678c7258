/**
 * dean06: coverage, deadline drift and lineage of Vietnam's Đề án 06 implementation plans.
 *
 * @packageDocumentation
 */

// Model: zod schemas are the single source of truth; types are inferred from them.
export { IsoDateSchema, AgencyListSchema, UncertainFieldSchema } from "./model/common";
export {
  DeadlineSchema,
  DeadlineKindSchema,
  DeadlineUnitSchema,
  DeadlinePartSchema,
  DeadlineTierSchema,
  GovernmentTierSchema,
  type Deadline,
  type DeadlineKind,
  type DeadlineUnit,
  type DeadlinePart,
  type DeadlineTier,
  type GovernmentTier,
} from "./model/deadline";
export { AgencySchema, type Agency } from "./model/agency";
export { TaskSchema, TaskRefSchema, type Task } from "./model/task";
export { ServiceSchema, type Service } from "./model/service";
export {
  PlanSchema,
  PlanIdSchema,
  PlanLevelSchema,
  CitationSchema,
  AdoptionSchema,
  SectionSchema,
  TargetSchema,
  AbbreviationSchema,
  PlanSourceSchema,
  ReferencedPlanSchema,
  ImportWarningSchema,
  LineAccountSchema,
  type ImportWarning,
  type LineAccount,
  type Plan,
  type PlanId,
  type PlanLevel,
  type Citation,
  type Adoption,
  type Section,
  type Target,
  type Abbreviation,
  type PlanSource,
  type ReferencedPlan,
} from "./model/plan";
export { SeedPlanSchema, SeedTaskSchema, SeedServiceSchema, type SeedPlan, type SeedTask, type SeedService } from "./model/seed";
export { Dean06Error, LinkOptionsError, PlanNotFoundError, PlanValidationError, ReviewError, TaskNotFoundError, type ValidationIssue } from "./model/errors";
export { planIntegrityIssues } from "./model/integrity";
export { validatePlan, parentCycles } from "./model/validate";
export { planFromJSON } from "./import/plan-json";

// Corpus
export { plans, rootPlan, referencedPlans, getPlan, resolvePlan } from "./corpus/index";
export { planFromSeed } from "./corpus/build";

// Text
export { toNFC, foldDiacritics, foldForMatch } from "./text/fold";
export { normalizeAgency, expandAgencyName } from "./text/agency";
export { ABBREVIATIONS } from "./text/abbreviations";

// Deadlines
export { parseDeadline, type ParseDeadlineContext } from "./deadline/parse";

// Analysis
export { drift, applicableEnd, tierOfLevel, type DriftOptions } from "./analysis/drift";
export { planSummary, type PlanSummary } from "./analysis/summary";
export { DriftItemSchema, DriftStatusSchema, type DriftItem, type DriftStatus } from "./model/drift";

export { coverage, CoverageReport } from "./analysis/coverage";
export { coverageData, totalsOf, type CoverageOptions } from "./analysis/coverage-data";
export { coverageMatrix, MatrixReport } from "./analysis/matrix";
export { matrixData, type MatrixOptions } from "./analysis/matrix-data";
export { compare, CompareReport } from "./analysis/compare";
export { compareData, type CompareOptions } from "./analysis/compare-data";
export {
  CoverageStatusSchema,
  CoverageItemSchema,
  CoverageTotalsSchema,
  ServiceCoverageSchema,
  LocalOnlyTaskSchema,
  CoverageDataSchema,
  MatrixRowSchema,
  MatrixDataSchema,
  ComparePairSchema,
  CompareDataSchema,
  type CoverageStatus,
  type CoverageItem,
  type CoverageTotals,
  type ServiceCoverage,
  type LocalOnlyTask,
  type CoverageData,
  type MatrixRow,
  type MatrixData,
  type ComparePair,
  type CompareData,
} from "./model/coverage";

// Rendering
export { Report, type MimeBundle, type ReportHtmlOptions } from "./render/report";
export { escapeHtml, htmlPage, htmlFragment, reportFooter, madeOnDate, type FooterFacts } from "./render/html";
export { DEAN06_VERSION } from "./render/version";
export { driftTable, driftCsv, driftCounts, driftChart, type DriftChartOptions } from "./render/drift";
export { linksTable, linksCsv, linksHeadline, linksHtml, type LinksHtmlOptions } from "./render/links";
export { linkWaterfall, scoreSteps, type ScoreStep, type WaterfallOptions } from "./render/waterfall";
export { overridesWithIds, reviewedOverrides, type ReviewContext } from "./match/review";
export { textTable, markdownTable, type Column } from "./render/table";
export { toCsv, csvCell } from "./render/csv";
export { csvField, csvDocument, terminalText, markdownText, xmlChars, dotText, type CsvOptions, type CsvValue } from "./render/safe";
export { cleanInput, type CleanedInput } from "./text/input-clean";
export { guardFormula, unguardFormula, isFormulaLike } from "./text/formula-guard";

// Matching
export { matchText, type MatchText } from "./text/match-form";
export { tonedForm, hasDiacritics } from "./text/tone";
export { isVietnameseSyllable } from "./text/syllable";
export { repairOcrTokens, buildVocabulary, type Vocabulary } from "./text/ocr";
export { link, LINK_THRESHOLDS, type LinkOptions, type LinkThresholds } from "./match/link";
export { createLinker, type LinkCall, type Linker, type LinkerOptions } from "./match/linker";
export { DEFAULT_WORD_BOUNDARIES, learnWordBoundaries, type WordBoundaries } from "./text/word-boundaries";
export type { PlanAbbreviation } from "./text/plan-abbreviations";
export { SCORE_WEIGHTS, type ScoreComponents } from "./match/score";
export { LinkSchema, LinkResultSchema, LinkEvidenceSchema, LinkCandidateSchema, LinkPairSchema, LinkOverridesSchema, type Link, type LinkResult, type LinkEvidence, type LinkCandidate, type LinkPair, type LinkOverrides } from "./model/link";

// Lineage
export { lineage, toJSON, type LineageOptions } from "./lineage/graph";
export { LinkStore, type StoreSlice } from "./lineage/store";
export { linkCorpus, type LinkCorpusOptions, type LinkCorpusProgress } from "./lineage/link-corpus";
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
} from "./lineage/types";
export { citedDocumentId } from "./lineage/ids";
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
} from "./lineage/queries";
export { subgraph, planLevel, taskLineage, planLineage, sectionLineage, filterLineage, type LineageFilter, type LineageFilterOptions } from "./lineage/filter";
export { toDot } from "./render/dot";
export { toMermaid } from "./render/mermaid";
export { toGEXF } from "./render/gexf";
export { toSVG, renderDot, bareSvg, SvgPicture, type SvgOptions, type DotRendering } from "./render/svg";
export type { LineagePictureOptions } from "./render/lineage-style";

// Importers (issue 3)
export { ImportError } from "./model/errors";
export { parsePlan, importPlan } from "./import/import-text";
export { parsePlanCSV, importPlanCSV } from "./import/import-csv";
export { importPlanFile, parsePlanFile, readPlanDocument, detectPlanFormat, type PlanFileFormat, type PlanFileMeta, type PlanDocument } from "./import/plan-file";
export { decodePlanText, detectTextEncoding, type TextEncodingName } from "./import/encoding";
export { EncodingError, NoTextLayerError, DocumentFormatError } from "./import/document-errors";
export type { ImportResult } from "./import/import-plan";
export { ImportMetaSchema, type ImportMeta } from "./import/import-meta";
export { planToCSV, PLAN_CSV_HEADER, type PlanCsvOptions } from "./render/plan-csv";
export { extractCitations } from "./text/citations";
export { readAgencyList, splitAgencies, type AgencyListReading } from "./text/agency-list";
export { AGENCY_HEADS, COLLECTIVE_WORDS } from "./text/agency-names";
