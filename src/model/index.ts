/**
 * `dean06/model`: the data model. zod schemas are the single source of truth; the types are
 * inferred from them. Also the typed errors every part of dean06 throws, and plan validation.
 *
 * @example
 * import { PlanSchema, validatePlan, type Plan } from "dean06/model";
 *
 * @module dean06/model
 */

export { IsoDateSchema, AgencyListSchema, UncertainFieldSchema } from "./common";
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
} from "./deadline";
export { AgencySchema, type Agency } from "./agency";
export { TaskSchema, TaskRefSchema, type Task } from "./task";
export { ServiceSchema, type Service } from "./service";
export {
  PlanSchema,
  PlanIdSchema,
  PlanLevelSchema,
  CitationSchema,
  AdoptionSchema,
  SectionSchema,
  TargetSchema,
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
  type PlanSource,
  type ReferencedPlan,
} from "./plan";
export { SeedPlanSchema, SeedTaskSchema, SeedServiceSchema, type SeedPlan, type SeedTask, type SeedService } from "./seed";
export { DriftItemSchema, DriftStatusSchema, type DriftItem, type DriftStatus } from "./drift";
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
} from "./coverage";
export {
  LinkSchema,
  LinkResultSchema,
  LinkEvidenceSchema,
  LinkCandidateSchema,
  LinkPairSchema,
  LinkOverridesSchema,
  type Link,
  type LinkResult,
  type LinkEvidence,
  type LinkCandidate,
  type LinkPair,
  type LinkOverrides,
} from "./link";
export {
  Dean06Error,
  PlanNotFoundError,
  PlanValidationError,
  ImportError,
  ReviewError,
  TaskNotFoundError,
  type Dean06ErrorCode,
  type ValidationIssue,
} from "./errors";
export { planIntegrityIssues } from "./integrity";
export { validatePlan, planFromJSON, parentCycles } from "./validate";
