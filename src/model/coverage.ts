import { z } from "zod";
import { DriftItemSchema } from "./drift";
import { LinkSchema } from "./link";
import { PlanLevelSchema } from "./plan";

/**
 * How a plan treats a national task: `covered` (a confident link), `partial` (only weak links),
 * `missing` (no link), `adopted` (the plan adopts the national list wholesale and no task of its
 * own links to it).
 *
 * @example
 * CoverageStatusSchema.options // ["covered", "partial", "missing", "adopted"]
 * coverage("hue-2022").items.filter((i) => i.status === CoverageStatusSchema.enum.missing).length // 12
 */
export const CoverageStatusSchema = z.enum(["covered", "partial", "missing", "adopted"]);

/**
 * One national task in a coverage report.
 *
 * @example
 * const v11 = coverage("hue-2022").items.find((i) => i.national === "qd-06-2022:V.11");
 * CoverageItemSchema.parse(v11).status // "covered"
 */
export const CoverageItemSchema = z.object({
  /** The national task's id. */
  national: z.string(),
  /** Its ref in the national plan (`II.4`). */
  ref: z.string(),
  /** The national section it belongs to. */
  section: z.string(),
  /** What the national task says. */
  text: z.string(),
  /** Whether the plan covers it: `covered` (a strong link), `partial` (only weak links), `missing`, or `adopted` (the plan adopts the national list). */
  status: CoverageStatusSchema,
  /** The links from local tasks to it, best first. */
  links: z.array(LinkSchema),
  /** Deadline drift of those links. */
  drift: z.array(DriftItemSchema),
});

/**
 * Counts of statuses and the covered share, for a section or the whole plan.
 *
 * @example
 * CoverageTotalsSchema.parse(coverage("hue-2022").totals)
 * // { total: 52, covered: 38, partial: 2, missing: 12, adopted: 0, coveredRatio: 0.731, touchedRatio: 0.769 }
 */
export const CoverageTotalsSchema = z.object({
  /** National tasks counted. */
  total: z.number().int(),
  /** Of them, covered by a strong link. */
  covered: z.number().int(),
  /** Of them, linked only weakly. */
  partial: z.number().int(),
  /** Of them, with no link. */
  missing: z.number().int(),
  /** Of them, adopted with the national list. */
  adopted: z.number().int(),
  /** (covered + adopted) / total */
  coveredRatio: z.number(),
  /** (covered + partial + adopted) / total */
  touchedRatio: z.number(),
});

/**
 * One national essential service: whether the plan lists it.
 *
 * @example
 * ServiceCoverageSchema.array().parse(coverage("hue-2022").services)[0]
 * // { national: "1", name: "Xác nhận số Chứng minh nhân dân …", status: "covered", local: "hue-2022:service:1", via: "listed" }
 */
export const ServiceCoverageSchema = z.object({
  /** The national essential service's number (1–25). */
  national: z.string(),
  /** Its name in the national list. */
  name: z.string(),
  /** Whether the plan lists it (or adopts the national list). */
  status: z.enum(["covered", "missing"]),
  /** The local service id that lists it, or null (missing, or adopted wholesale). */
  local: z.string().nullable(),
  /** `listed` by the plan's own list, `adopted` with the national appendix, or null when missing. */
  via: z.enum(["listed", "adopted"]).nullable(),
});

/**
 * A local task with no national counterpart (a local addition).
 *
 * @example
 * LocalOnlyTaskSchema.array().parse(coverage("hue-2022").localOnly)[0]?.id // "hue-2022:I.1"
 */
export const LocalOnlyTaskSchema = z.object({
  /** The local task's id. */
  id: z.string(),
  /** Its ref in its plan. */
  ref: z.string(),
  /** The section it belongs to. */
  section: z.string(),
  /** What it says. */
  text: z.string(),
});

/**
 * The data of a coverage report (what `report.toJSON()` writes): published so consumers can
 * validate it.
 *
 * @example
 * CoverageDataSchema.parse(JSON.parse(text)) // text: a saved coverage("hue-2022").toJSON()
 * CoverageDataSchema.safeParse(JSON.parse(JSON.stringify(coverage("hue-2022")))).success // true
 */
export const CoverageDataSchema = z.object({
  /** The plan covered: its id, number, title, issuer, level and date. */
  plan: z.object({
    /** The plan's id. */
    id: z.string(),
    /** Its number and type code. */
    code: z.string(),
    /** Its title. */
    title: z.string(),
    /** Who issued it. */
    issuer: z.string(),
    /** Its level of government. */
    level: PlanLevelSchema,
    /** Its date of issue (ISO), or null. */
    issuedOn: z.string().nullable(),
  }),
  /** The plan whose tasks are covered (the national root unless `options.to` says otherwise). */
  target: z.string(),
  /** One item per national task, in national order. */
  items: z.array(CoverageItemSchema),
  /** Totals per national section. */
  sections: z.array(
    CoverageTotalsSchema.extend({
      /** The national section's ref (`I` … `VI`). */
      ref: z.string(),
      /** Its heading. */
      title: z.string(),
    }),
  ),
  /** Totals over all national tasks. */
  totals: CoverageTotalsSchema,
  /** The plan's tasks that implement no national task (local additions). */
  localOnly: z.array(LocalOnlyTaskSchema),
  /** The national essential services, each listed or missing. */
  services: z.array(ServiceCoverageSchema),
  /** Linked tasks whose local deadline differs from the national one. */
  drifted: z.array(DriftItemSchema),
});

/**
 * How a plan treats a national task: `covered`, `partial`, `missing` or `adopted` (see {@link CoverageStatusSchema}).
 *
 * @example
 * const status: CoverageStatus = coverage("bac-giang-2022").items[0]!.status; // "adopted"
 */
export type CoverageStatus = z.infer<typeof CoverageStatusSchema>;

/**
 * One national task in a coverage report: its status, the local links to it and their drift (see {@link CoverageItemSchema}).
 *
 * @example
 * const v11: CoverageItem = coverage("hue-2022").items.find((i) => i.national === "qd-06-2022:V.11")!;
 * v11.status                  // "covered"
 * v11.links.map((l) => l.local) // ["hue-2022:VI.12", "hue-2022:VI.19"]
 */
export type CoverageItem = z.infer<typeof CoverageItemSchema>;

/**
 * Counts of statuses and the covered share, for a national section or the whole plan (see {@link CoverageTotalsSchema}).
 *
 * @example
 * const totals: CoverageTotals = coverage("hue-2022").totals;
 * `${Math.round(totals.coveredRatio * 100)}% covered` // "73% covered"
 */
export type CoverageTotals = z.infer<typeof CoverageTotalsSchema>;

/**
 * Whether a plan lists one of the 25 national essential services, and how (see {@link ServiceCoverageSchema}).
 *
 * @example
 * const services: ServiceCoverage[] = coverage("hue-2022").services;
 * services.filter((s) => s.status === "missing").map((s) => s.national) // ["12", "13", "14", "22"]
 */
export type ServiceCoverage = z.infer<typeof ServiceCoverageSchema>;

/**
 * A local task with no national counterpart: its id, ref, section and text (see {@link LocalOnlyTaskSchema}).
 *
 * @example
 * const added: LocalOnlyTask[] = coverage("hue-2022").localOnly;
 * added[0]?.text // "Thành lập Tổ công tác triển khai Đề án …"
 */
export type LocalOnlyTask = z.infer<typeof LocalOnlyTaskSchema>;

/**
 * The data of a coverage report, as `report.toJSON()` writes it (see {@link CoverageDataSchema}).
 *
 * @example
 * const data: CoverageData = CoverageDataSchema.parse(JSON.parse(text)); // text: a saved report.toJSON()
 * data.plan.id // "hue-2022"
 */
export type CoverageData = z.infer<typeof CoverageDataSchema>;

/**
 * One national task across plans in a coverage matrix.
 *
 * @example
 * const row = coverageMatrix().rows.find((r) => r.national === "qd-06-2022:V.11");
 * MatrixRowSchema.parse(row).statuses["hue-2022"] // "covered"
 */
export const MatrixRowSchema = z.object({
  /** The national task's id. */
  national: z.string(),
  /** Its ref (`II.4`). */
  ref: z.string(),
  /** Its national section. */
  section: z.string(),
  /** What it says. */
  text: z.string(),
  /** plan id → status */
  statuses: z.record(z.string(), CoverageStatusSchema),
  /** plan id → best link score, or null */
  scores: z.record(z.string(), z.number().nullable()),
});

/**
 * The data of a coverage matrix: national tasks × plans.
 *
 * @example
 * MatrixDataSchema.safeParse(JSON.parse(JSON.stringify(coverageMatrix()))).success // true
 * MatrixDataSchema.parse(JSON.parse(text)).rows.length // 52, for a saved coverageMatrix().toJSON()
 */
export const MatrixDataSchema = z.object({
  /** The plan whose tasks are the rows (the national root unless told otherwise). */
  target: z.string(),
  /** The plans compared, one column each: id, number and issuer. */
  plans: z.array(
    z.object({
      /** The plan's id. */
      id: z.string(),
      /** Its number and type code. */
      code: z.string(),
      /** Who issued it. */
      issuer: z.string(),
    }),
  ),
  /** One row per national task. */
  rows: z.array(MatrixRowSchema),
  /** plan id → totals */
  totals: z.record(z.string(), CoverageTotalsSchema),
});

/**
 * A pair of matched tasks in a comparison of two plans.
 *
 * @example
 * ComparePairSchema.array().parse(compare("hue-2022", "hue-2026").pairs)[0]?.via // "direct"
 */
export const ComparePairSchema = z.object({
  /** The id of a's task. */
  a: z.string(),
  /** The id of b's task. */
  b: z.string(),
  /** `direct`: b's task links to a's task; `national`: both implement the same national task. */
  via: z.enum(["direct", "national"]),
  /** The shared national task (for `national` pairs, and direct pairs where both link to one). */
  national: z.string().nullable(),
  /** How alike the two tasks are (0..1): the link's score for direct pairs, the lower of the two links' for national ones. */
  score: z.number(),
  /** a's deadline as written. */
  aDeadline: z.string(),
  /** b's deadline as written. */
  bDeadline: z.string(),
  /** b's end minus a's end, in days; null when either has none. */
  days: z.number().int().nullable(),
});

// One of the two plans of a comparison (CompareDataSchema's `a` and `b`).
const ComparedPlanSchema = z.object({
  /** The plan's id. */
  id: z.string(),
  /** Its number and type code. */
  code: z.string(),
  /** Who issued it. */
  issuer: z.string(),
  /** Its date of issue (ISO), or null. */
  issuedOn: z.string().nullable(),
});

/**
 * The data of a comparison of two plans.
 *
 * @example
 * CompareDataSchema.safeParse(JSON.parse(JSON.stringify(compare("hue-2022", "hue-2026")))).success // true
 * CompareDataSchema.parse(JSON.parse(text)).onlyB // for a saved compare(a, b).toJSON()
 */
export const CompareDataSchema = z.object({
  /** The first plan. */
  a: ComparedPlanSchema,
  /** The second plan. */
  b: ComparedPlanSchema,
  /** Tasks of a and b that do the same work. */
  pairs: z.array(ComparePairSchema),
  /** Tasks of a with no counterpart in b. */
  onlyA: z.array(LocalOnlyTaskSchema),
  /** Tasks of b with no counterpart in a. */
  onlyB: z.array(LocalOnlyTaskSchema),
  /** Pairs whose deadlines differ. */
  deadlineChanges: z.array(ComparePairSchema),
});

/**
 * One national task across plans: its status and best link score in each plan (see {@link MatrixRowSchema}).
 *
 * @example
 * const v11: MatrixRow = coverageMatrix().rows.find((r) => r.national === "qd-06-2022:V.11")!;
 * v11.statuses // { "bac-giang-2022": "covered", "hue-2022": "covered", "ninh-hoa-2022": "missing", … }
 */
export type MatrixRow = z.infer<typeof MatrixRowSchema>;

/**
 * The data of a coverage matrix: the plans, one row per national task and each plan's totals (see {@link MatrixDataSchema}).
 *
 * @example
 * const data: MatrixData = MatrixDataSchema.parse(JSON.parse(JSON.stringify(coverageMatrix())));
 * data.plans.map((p) => p.id) // ["bac-giang-2022", "hue-2022", "ninh-hoa-2022", "hcmc-2024", "hue-2026"]
 */
export type MatrixData = z.infer<typeof MatrixDataSchema>;

/**
 * A pair of matched tasks of two plans, how they were matched and how their deadlines differ (see {@link ComparePairSchema}).
 *
 * @example
 * const changes: ComparePair[] = compare("hue-2022", "hue-2026").deadlineChanges;
 * for (const p of changes) console.log(p.a, p.aDeadline, "→", p.b, p.bDeadline, p.days);
 * // "hue-2022:II.1" "Năm 2022" "→" "hue-2026:12" "Tháng 06/2026" 1277 …
 */
export type ComparePair = z.infer<typeof ComparePairSchema>;

/**
 * The data of a comparison of two plans: matched pairs, tasks only in one plan, deadline changes (see {@link CompareDataSchema}).
 *
 * @example
 * const data: CompareData = CompareDataSchema.parse(JSON.parse(JSON.stringify(compare("hue-2022", "hue-2026"))));
 * data.b.code // "322/KH-UBND"
 */
export type CompareData = z.infer<typeof CompareDataSchema>;
