/**
 * `dean06/model`: the data model. zod schemas are the single source of truth; the types are
 * inferred from them. Also the typed errors every part of dean06 throws, and plan validation.
 *
 * @example
 * import { PlanSchema, validatePlan, type Plan } from "dean06/model";
 *
 * @module dean06/model
 */

export { type Agency, AgencySchema } from "./agency";
export { AgencyListSchema, IsoDateSchema, UncertainFieldSchema } from "./common";
export {
  type CompareData,
  CompareDataSchema,
  type ComparePair,
  ComparePairSchema,
  type CoverageData,
  CoverageDataSchema,
  type CoverageItem,
  CoverageItemSchema,
  type CoverageStatus,
  CoverageStatusSchema,
  type CoverageTotals,
  CoverageTotalsSchema,
  type LocalOnlyTask,
  LocalOnlyTaskSchema,
  type MatrixData,
  MatrixDataSchema,
  type MatrixRow,
  MatrixRowSchema,
  type ServiceCoverage,
  ServiceCoverageSchema,
} from "./coverage";
export {
  type Deadline,
  type DeadlineKind,
  DeadlineKindSchema,
  type DeadlinePart,
  DeadlinePartSchema,
  DeadlineSchema,
  type DeadlineTier,
  DeadlineTierSchema,
  type DeadlineUnit,
  DeadlineUnitSchema,
  type GovernmentTier,
  GovernmentTierSchema,
} from "./deadline";
export { type DriftItem, DriftItemSchema, type DriftStatus, DriftStatusSchema } from "./drift";
export {
  Dean06Error,
  type Dean06ErrorCode,
  ImportError,
  LinkOptionsError,
  PlanNotFoundError,
  PlanValidationError,
  ReviewError,
  TaskNotFoundError,
  type ValidationIssue,
} from "./errors";
export { planIntegrityIssues } from "./integrity";
export {
  type Link,
  type LinkCandidate,
  LinkCandidateSchema,
  type LinkEvidence,
  LinkEvidenceSchema,
  type LinkOverrides,
  LinkOverridesSchema,
  type LinkPair,
  LinkPairSchema,
  type LinkResult,
  LinkResultSchema,
  LinkSchema,
} from "./link";
export {
  type Abbreviation,
  AbbreviationSchema,
  type Adoption,
  AdoptionSchema,
  type Citation,
  CitationSchema,
  type ImportWarning,
  ImportWarningSchema,
  type LineAccount,
  LineAccountSchema,
  type Plan,
  type PlanId,
  PlanIdSchema,
  type PlanLevel,
  PlanLevelSchema,
  PlanSchema,
  type PlanSource,
  PlanSourceSchema,
  type ReferencedPlan,
  ReferencedPlanSchema,
  type Section,
  SectionSchema,
  type Target,
  TargetSchema,
} from "./plan";
export { type SeedPlan, SeedPlanSchema, type SeedService, SeedServiceSchema, type SeedTask, SeedTaskSchema } from "./seed";
export { type Service, ServiceSchema } from "./service";
export { type Task, TaskRefSchema, TaskSchema } from "./task";
export { parentCycles, validatePlan } from "./validate";
