import { z } from "zod";
import { AgencySchema } from "./agency";
import { IsoDateSchema } from "./common";
import { ServiceSchema } from "./service";
import { TaskSchema } from "./task";

/** A plan id: lowercase letters, digits and dashes, e.g. `hue-2022`. */
export const PlanIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a plan id is lowercase letters, digits and dashes");

/**
 * The level of government that issued a plan. A centrally-run city (Hồ Chí Minh, Huế since 2025)
 * is `province`; a provincial city such as Huế in 2022 is `city` (district level, "cấp huyện").
 */
export const PlanLevelSchema = z.enum(["national", "ministry", "province", "city", "district", "commune"]);

/** A legal document a plan cites by number ("Kế hoạch số 1403/KH-UBND ngày 18/02/2022 …"). */
export const CitationSchema = z.object({
  /** Document type as written: Quyết định, Kế hoạch, Chỉ thị, Nghị định, Thông tư, Nghị quyết … */
  kind: z.string().min(1),
  /** Number and type code, e.g. `06/QĐ-TTg`, `1403/KH-UBND`. */
  code: z.string().min(1),
  date: IsoDateSchema.nullable(),
  issuer: z.string().nullable(),
  /** The plan id of the cited document when the corpus knows it, else null. */
  ref: PlanIdSchema.nullable(),
});

/** A plan that adopts another plan's lists wholesale (e.g. attaches the national appendices). */
export const AdoptionSchema = z.object({
  plan: PlanIdSchema,
  tasks: z.boolean(),
  services: z.boolean(),
  note: z.string(),
});

/** A section of a plan's task list. */
export const SectionSchema = z.object({
  ref: z.string().min(1),
  title: z.string().min(1),
});

/** A numeric target (chỉ tiêu) a plan sets, e.g. "100% hồ sơ …". */
export const TargetSchema = z.object({
  ref: z.string().min(1),
  group: z.string(),
  text: z.string().min(1),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  deadline: z.string().nullable(),
  line: z.number().int().positive().nullable(),
});

/** Where a plan's data came from. */
export const PlanSourceSchema = z.object({
  /** The source file, relative to the package's `seeds/` folder for the built-in corpus. */
  file: z.string().nullable(),
  method: z.enum(["curated", "imported-text", "imported-csv", "json"]),
  note: z.string(),
});

/** Something an importer could not read, with where and why; nothing is dropped silently. */
export const ImportWarningSchema = z.object({
  /** 1-based line in the imported text or CSV, or null when it concerns the whole input. */
  line: z.number().int().positive().nullable(),
  message: z.string().min(1),
  /** The text concerned, as written (may be empty). */
  text: z.string(),
});

/**
 * A plan: the national decision or a local implementation plan, with its tasks, essential
 * services, targets and the documents it derives from (`parents`) and cites.
 */
export const PlanSchema = z.object({
  id: PlanIdSchema,
  code: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().min(1),
  level: PlanLevelSchema,
  place: z.string().nullable(),
  issuedOn: IsoDateSchema.nullable(),
  parents: z.array(PlanIdSchema),
  cites: z.array(CitationSchema),
  adopts: z.array(AdoptionSchema),
  source: PlanSourceSchema,
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  services: z.array(ServiceSchema),
  targets: z.array(TargetSchema),
  /** Every agency the plan names, with its grouping key. */
  agencies: z.array(AgencySchema),
  notes: z.array(z.string()),
  /** What an importer could not read (empty for the curated corpus). */
  warnings: z.array(ImportWarningSchema),
});

/**
 * A document that plans derive from or cite but whose text the corpus does not hold
 * (e.g. Khánh Hòa 1403/KH-UBND). It becomes a `loaded: false` node in lineage graphs.
 */
export const ReferencedPlanSchema = z.object({
  id: PlanIdSchema,
  code: z.string().min(1),
  kind: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().min(1),
  level: PlanLevelSchema,
  issuedOn: IsoDateSchema.nullable(),
  parents: z.array(PlanIdSchema),
  notes: z.array(z.string()),
});

export type PlanId = z.infer<typeof PlanIdSchema>;
export type PlanLevel = z.infer<typeof PlanLevelSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Adoption = z.infer<typeof AdoptionSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type PlanSource = z.infer<typeof PlanSourceSchema>;
export type ImportWarning = z.infer<typeof ImportWarningSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type ReferencedPlan = z.infer<typeof ReferencedPlanSchema>;
