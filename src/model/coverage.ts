import { z } from "zod";
import { DriftItemSchema } from "./drift";
import { LinkSchema } from "./link";
import { PlanLevelSchema } from "./plan";

/**
 * How a plan treats a national task: `covered` (a confident link), `partial` (only weak links),
 * `missing` (no link), `adopted` (the plan adopts the national list wholesale and no task of its
 * own links to it).
 */
export const CoverageStatusSchema = z.enum(["covered", "partial", "missing", "adopted"]);

/** One national task in a coverage report. */
export const CoverageItemSchema = z.object({
  national: z.string(),
  ref: z.string(),
  section: z.string(),
  text: z.string(),
  status: CoverageStatusSchema,
  /** The links from local tasks to it, best first. */
  links: z.array(LinkSchema),
  /** Deadline drift of those links. */
  drift: z.array(DriftItemSchema),
});

/** Counts of statuses and the covered share, for a section or the whole plan. */
export const CoverageTotalsSchema = z.object({
  total: z.number().int(),
  covered: z.number().int(),
  partial: z.number().int(),
  missing: z.number().int(),
  adopted: z.number().int(),
  /** (covered + adopted) / total */
  coveredRatio: z.number(),
  /** (covered + partial + adopted) / total */
  touchedRatio: z.number(),
});

/** One national essential service: whether the plan lists it. */
export const ServiceCoverageSchema = z.object({
  national: z.string(),
  name: z.string(),
  status: z.enum(["covered", "missing"]),
  /** The local service id that lists it, or null (missing, or adopted wholesale). */
  local: z.string().nullable(),
  /** `listed` by the plan's own list, `adopted` with the national appendix, or null when missing. */
  via: z.enum(["listed", "adopted"]).nullable(),
});

/** A local task with no national counterpart (a local addition). */
export const LocalOnlyTaskSchema = z.object({ id: z.string(), ref: z.string(), section: z.string(), text: z.string() });

/**
 * The data of a coverage report (what `report.toJSON()` writes): published so consumers can
 * validate it.
 */
export const CoverageDataSchema = z.object({
  plan: z.object({ id: z.string(), code: z.string(), title: z.string(), issuer: z.string(), level: PlanLevelSchema, issuedOn: z.string().nullable() }),
  target: z.string(),
  items: z.array(CoverageItemSchema),
  sections: z.array(CoverageTotalsSchema.extend({ ref: z.string(), title: z.string() })),
  totals: CoverageTotalsSchema,
  localOnly: z.array(LocalOnlyTaskSchema),
  services: z.array(ServiceCoverageSchema),
  drifted: z.array(DriftItemSchema),
});

export type CoverageStatus = z.infer<typeof CoverageStatusSchema>;
export type CoverageItem = z.infer<typeof CoverageItemSchema>;
export type CoverageTotals = z.infer<typeof CoverageTotalsSchema>;
export type ServiceCoverage = z.infer<typeof ServiceCoverageSchema>;
export type LocalOnlyTask = z.infer<typeof LocalOnlyTaskSchema>;
export type CoverageData = z.infer<typeof CoverageDataSchema>;

/** One national task across plans in a coverage matrix. */
export const MatrixRowSchema = z.object({
  national: z.string(),
  ref: z.string(),
  section: z.string(),
  text: z.string(),
  /** plan id → status */
  statuses: z.record(z.string(), CoverageStatusSchema),
  /** plan id → best link score, or null */
  scores: z.record(z.string(), z.number().nullable()),
});

/** The data of a coverage matrix: national tasks × plans. */
export const MatrixDataSchema = z.object({
  target: z.string(),
  plans: z.array(z.object({ id: z.string(), code: z.string(), issuer: z.string() })),
  rows: z.array(MatrixRowSchema),
  /** plan id → totals */
  totals: z.record(z.string(), CoverageTotalsSchema),
});

/** A pair of matched tasks in a comparison of two plans. */
export const ComparePairSchema = z.object({
  a: z.string(),
  b: z.string(),
  /** `direct`: b's task links to a's task; `national`: both implement the same national task. */
  via: z.enum(["direct", "national"]),
  /** The shared national task (for `national` pairs, and direct pairs where both link to one). */
  national: z.string().nullable(),
  score: z.number(),
  aDeadline: z.string(),
  bDeadline: z.string(),
  /** b's end minus a's end, in days; null when either has none. */
  days: z.number().int().nullable(),
});

/** The data of a comparison of two plans. */
export const CompareDataSchema = z.object({
  a: z.object({ id: z.string(), code: z.string(), issuer: z.string(), issuedOn: z.string().nullable() }),
  b: z.object({ id: z.string(), code: z.string(), issuer: z.string(), issuedOn: z.string().nullable() }),
  pairs: z.array(ComparePairSchema),
  onlyA: z.array(LocalOnlyTaskSchema),
  onlyB: z.array(LocalOnlyTaskSchema),
  /** Pairs whose deadlines differ. */
  deadlineChanges: z.array(ComparePairSchema),
});

export type MatrixRow = z.infer<typeof MatrixRowSchema>;
export type MatrixData = z.infer<typeof MatrixDataSchema>;
export type ComparePair = z.infer<typeof ComparePairSchema>;
export type CompareData = z.infer<typeof CompareDataSchema>;
