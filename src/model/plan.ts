import { z } from "zod";
import { AgencySchema } from "./agency";
import { IsoDateSchema } from "./common";
import { ServiceSchema } from "./service";
import { TaskSchema } from "./task";

/**
 * A plan id: lowercase letters, digits and dashes, e.g. `hue-2022`.
 *
 * @example
 * PlanIdSchema.safeParse("hue-2022").success // true
 * PlanIdSchema.safeParse("Huế 2022").success // false
 */
export const PlanIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a plan id is lowercase letters, digits and dashes");

/**
 * The level of government that issued a plan. A centrally-run city (Hồ Chí Minh, Huế since 2025)
 * is `province`; a provincial city such as Huế in 2022 is `city` (district level, "cấp huyện").
 *
 * @example
 * PlanLevelSchema.parse(getPlan("hue-2022").level) // "city"
 * PlanLevelSchema.parse(getPlan("hue-2026").level) // "province"
 */
export const PlanLevelSchema = z.enum(["national", "ministry", "province", "city", "district", "commune"]);

/**
 * A legal document a plan cites by number ("Kế hoạch số 1403/KH-UBND ngày 18/02/2022 …").
 *
 * @example
 * CitationSchema.array().parse(getPlan("hue-2022").cites)[0]
 * // { kind: "Kế hoạch", code: "80/KH-UBND", date: "2022-03-03", issuer: "UBND tỉnh Thừa Thiên Huế", ref: "thua-thien-hue-80-2022" }
 */
export const CitationSchema = z.object({
  /** Document type as written: Quyết định, Kế hoạch, Chỉ thị, Nghị định, Thông tư, Nghị quyết … */
  kind: z.string().min(1),
  /** Number and type code, e.g. `06/QĐ-TTg`, `1403/KH-UBND`. */
  code: z.string().min(1),
  /** Its date (ISO), or null when the citation gives none. */
  date: IsoDateSchema.nullable(),
  /** Who issued it, when the citation says, else null. */
  issuer: z.string().nullable(),
  /** The plan id of the cited document when the corpus knows it, else null. */
  ref: PlanIdSchema.nullable(),
});

/**
 * A plan that adopts another plan's lists wholesale (e.g. attaches the national appendices).
 *
 * @example
 * AdoptionSchema.parse(getPlan("bac-giang-2022").adopts[0])
 * // { plan: "qd-06-2022", tasks: true, services: true, note: "After the signature block the plan attaches …" }
 */
export const AdoptionSchema = z.object({
  /** The adopted plan's id. */
  plan: PlanIdSchema,
  /** Whether its task list is adopted. */
  tasks: z.boolean(),
  /** Whether its list of essential services is adopted. */
  services: z.boolean(),
  /** How the plan adopts it, in the curator's words. */
  note: z.string(),
});

/**
 * A section of a plan's task list.
 *
 * @example
 * SectionSchema.parse({ ref: "V", title: "PHỤC VỤ PHÁT TRIỂN CÔNG DÂN SỐ" })
 * SectionSchema.safeParse({ ref: "V", title: "" }).success // false
 */
export const SectionSchema = z.object({
  /** The section's number as written (roman or arabic): `I`, `V`, `3`. */
  ref: z.string().min(1),
  /** The section's heading, as written. */
  title: z.string().min(1),
});

/**
 * A numeric target (chỉ tiêu) a plan sets, e.g. "100% hồ sơ …".
 *
 * @example
 * TargetSchema.array().parse(getPlan("hcmc-2024").targets).length // 15
 * TargetSchema.parse(JSON.parse(text)) // a target read back from JSON, validated
 */
export const TargetSchema = z.object({
  /** The target's number within the plan. */
  ref: z.string().min(1),
  /** The heading it comes under (empty when none). */
  group: z.string(),
  /** The target as written. */
  text: z.string().min(1),
  /** Its figure (100 for "100%"), or null when it states none. */
  value: z.number().nullable(),
  /** The figure's unit (`%`, `hồ sơ` …), or null. */
  unit: z.string().nullable(),
  /** Its deadline as written, or null. */
  deadline: z.string().nullable(),
  /** 1-based line in the source text, when known. */
  line: z.number().int().positive().nullable(),
});

/**
 * A short form a plan defines for itself ("… (sau đây viết tắt là Đề án 06)", "Trung tâm dữ liệu
 * quốc gia (TTDLQG)") and the words it stands for, as written.
 *
 * @example
 * AbbreviationSchema.parse({ short: "TTDLQG", long: "Trung tâm dữ liệu quốc gia" })
 */
export const AbbreviationSchema = z.object({
  /** The short form, as written (`TTDLQG`, `Đề án 06`). */
  short: z.string().min(1),
  /** The words it stands for, as written. */
  long: z.string().min(1),
});

/**
 * Where a plan's data came from.
 *
 * @example
 * PlanSourceSchema.parse(getPlan("hue-2022").source).method // "curated"
 * PlanSourceSchema.parse(parsePlan(text, { id: "vi-du-2024" }).source).method // "imported-text"
 */
export const PlanSourceSchema = z.object({
  /** The source file, relative to the package's `seeds/` folder for the built-in corpus. */
  file: z.string().nullable(),
  /** How the plan was made: curated by hand, imported from text or CSV, or read from JSON. */
  method: z.enum(["curated", "imported-text", "imported-csv", "json"]),
  /** Where in the source the data comes from, or what was done to it. */
  note: z.string(),
});

/**
 * Something an importer could not read, with where and why; nothing is dropped silently.
 *
 * @example
 * ImportWarningSchema.array().parse(parsePlan("Xin chào", { id: "vi-du-2024" }).warnings)[0]
 * // { line: null, message: "no tasks were read: no numbered task list or task table was found", text: "" }
 */
export const ImportWarningSchema = z.object({
  /** 1-based line in the imported text or CSV, or null when it concerns the whole input. */
  line: z.number().int().positive().nullable(),
  /** What could not be read, and why. */
  message: z.string().min(1),
  /** The text concerned, as written (may be empty). */
  text: z.string(),
});

// The 1-based line a LineAccount is for.
const accountLine = z.number().int().positive();

/**
 * What one non-empty line of an imported text or CSV became: part of a task, of an essential
 * service or of a numeric target (its id), metadata the importer read (`what`), or reported in the plan's warnings (the
 * index of the warning in `plan.warnings`). Every non-empty line gets exactly one account.
 *
 * @example
 * const { plan, lines } = importPlan("KẾ HOẠCH\nI. NHIỆM VỤ\n1. Kết nối dữ liệu.", { id: "vi-du-2024" });
 * LineAccountSchema.array().parse(lines)
 * // [{ line: 1, use: "metadata", what: "preamble" }, { line: 2, use: "metadata", what: "section heading" },
 * //  { line: 3, use: "task", id: "vi-du-2024:1" }]
 */
export const LineAccountSchema = z.discriminatedUnion("use", [
  z.object({
    /** The 1-based line. */
    line: accountLine,
    /** Part of a task. */
    use: z.literal("task"),
    /** The task's id. */
    id: z.string().min(1),
  }),
  z.object({
    /** The 1-based line. */
    line: accountLine,
    /** Part of an essential service. */
    use: z.literal("service"),
    /** The service's id. */
    id: z.string().min(1),
  }),
  z.object({
    /** The 1-based line. */
    line: accountLine,
    /** Part of a numeric target (chỉ tiêu). */
    use: z.literal("target"),
    /** The target's id, `<plan id>:target:<ref>`. */
    id: z.string().min(1),
  }),
  z.object({
    /** The 1-based line. */
    line: accountLine,
    /** Metadata the importer read. */
    use: z.literal("metadata"),
    /**
     * What the line told the importer: the document's head and preamble (number, date, issuer,
     * title, the documents it implements), a section or group heading, an appendix's heading,
     * title and caption, an appendix adopted from another document, a table header (repeated on a
     * page), a page number, formatting only (a table rule, markup, an empty CSV row), or the
     * document's closing (its recipients, "Nơi nhận: …", and signature block).
     */
    what: z.enum(["preamble", "section heading", "group heading", "appendix heading", "adopted appendix", "table header", "page number", "formatting", "closing"]),
  }),
  z.object({
    /** The 1-based line. */
    line: accountLine,
    /** Reported in the plan's warnings. */
    use: z.literal("warning"),
    /** The index of the warning in `plan.warnings`. */
    warning: z.number().int().nonnegative(),
  }),
]);

/**
 * A plan: the national decision or a local implementation plan, with its tasks, essential
 * services, targets and the documents it derives from (`parents`) and cites.
 *
 * @example
 * const plan = PlanSchema.parse(JSON.parse(text)); // text: a plan saved with JSON.stringify(plan)
 * PlanSchema.safeParse(getPlan("hue-2022")).success // true
 */
export const PlanSchema = z.object({
  /** The plan's id (see {@link PlanIdSchema}). */
  id: PlanIdSchema,
  /** The document's number and type code, e.g. `2274/KH-UBND`. */
  code: z.string().min(1),
  /** The document's title, as written. */
  title: z.string().min(1),
  /** The body that issued it, e.g. `UBND thành phố Huế`. */
  issuer: z.string().min(1),
  /** The level of government that issued it. */
  level: PlanLevelSchema,
  /** The place it governs, or null (the national decision). */
  place: z.string().nullable(),
  /** Its date of issue (ISO), or null when the document leaves it blank. */
  issuedOn: IsoDateSchema.nullable(),
  /** Ids of the plans it derives from (in the corpus or in `referencedPlans`). */
  parents: z.array(PlanIdSchema),
  /** Every legal document its text cites by number. */
  cites: z.array(CitationSchema),
  /** Plans whose lists it adopts wholesale. */
  adopts: z.array(AdoptionSchema),
  /** Where its data came from. */
  source: PlanSourceSchema,
  /** The sections of its task list, in order. */
  sections: z.array(SectionSchema),
  /** Its tasks (nhiệm vụ), in the document's order. */
  tasks: z.array(TaskSchema),
  /** The essential public services (dịch vụ công thiết yếu) it lists. */
  services: z.array(ServiceSchema),
  /** The numeric targets (chỉ tiêu) it sets. */
  targets: z.array(TargetSchema),
  /** The short forms the plan's text defines for itself (read by the importer; none in curated plans). */
  abbreviations: z.array(AbbreviationSchema).default([]),
  /** Every agency the plan names, with its grouping key. */
  agencies: z.array(AgencySchema),
  /** Remarks on the plan as a whole (uncertain readings, omissions). */
  notes: z.array(z.string()),
  /** What an importer could not read (empty for the curated corpus). */
  warnings: z.array(ImportWarningSchema),
});

/**
 * A document that plans derive from or cite but whose text the corpus does not hold
 * (e.g. Khánh Hòa 1403/KH-UBND). It becomes a `loaded: false` node in lineage graphs.
 *
 * @example
 * ReferencedPlanSchema.array().parse(referencedPlans).map((r) => r.id)
 * // ["khanh-hoa-1403-2022", "thua-thien-hue-80-2022", "hcmc-922-2022", "ct-04-2024"]
 */
export const ReferencedPlanSchema = z.object({
  /** An id for the document, as plans' `parents` name it. */
  id: PlanIdSchema,
  /** Its number and type code, e.g. `1403/KH-UBND`. */
  code: z.string().min(1),
  /** Its type as written: Kế hoạch, Chỉ thị … */
  kind: z.string().min(1),
  /** Its title. */
  title: z.string().min(1),
  /** Who issued it. */
  issuer: z.string().min(1),
  /** The level of government that issued it. */
  level: PlanLevelSchema,
  /** Its date of issue (ISO), or null. */
  issuedOn: IsoDateSchema.nullable(),
  /** Ids of the plans it derives from. */
  parents: z.array(PlanIdSchema),
  /** What is known of it, and from where. */
  notes: z.array(z.string()),
});

/**
 * A plan id: lowercase letters, digits and dashes, such as `hue-2022` or `qd-06-2022` (see {@link PlanIdSchema}).
 *
 * @example
 * const id: PlanId = "hcmc-2024";
 * getPlan(id).tasks.length // 47
 */
export type PlanId = z.infer<typeof PlanIdSchema>;

/**
 * The level of government that issued a plan, from `national` to `commune` (see {@link PlanLevelSchema}).
 *
 * @example
 * const level: PlanLevel = getPlan("ninh-hoa-2022").level; // "district"
 */
export type PlanLevel = z.infer<typeof PlanLevelSchema>;

/**
 * A legal document a plan cites by number, with its kind, date and issuer when written (see {@link CitationSchema}).
 *
 * @example
 * const cites: Citation[] = getPlan("hue-2022").cites;
 * cites.map((c) => c.code) // ["80/KH-UBND", "06/QĐ-TTg", "1911/QĐ-TTg", "468/QĐ-TTg", "107/2021/NĐ-CP"]
 */
export type Citation = z.infer<typeof CitationSchema>;

/**
 * A plan's wholesale adoption of another plan's task or service list (see {@link AdoptionSchema}).
 *
 * @example
 * const adoptions: Adoption[] = getPlan("bac-giang-2022").adopts;
 * adoptions[0]?.plan // "qd-06-2022"
 */
export type Adoption = z.infer<typeof AdoptionSchema>;

/**
 * A section of a plan's task list: its ref as numbered in the document and its title.
 *
 * @example
 * const sections: Section[] = getPlan("hue-2022").sections;
 * sections.map((s) => s.ref) // ["I", "II", "III", "IV", "V", "VI", "VII"]
 */
export type Section = z.infer<typeof SectionSchema>;

/**
 * A numeric target (chỉ tiêu) a plan sets, with its value and unit when stated (see {@link TargetSchema}).
 *
 * @example
 * const target: Target = getPlan("hcmc-2024").targets[0]!;
 * `${target.value}${target.unit}` // "100%"
 */
export type Target = z.infer<typeof TargetSchema>;

/**
 * A short form a plan defines for itself (see {@link AbbreviationSchema}).
 *
 * @example
 * const abbreviation: Abbreviation = { short: "TTDLQG", long: "Trung tâm dữ liệu quốc gia" };
 */
export type Abbreviation = z.infer<typeof AbbreviationSchema>;

/**
 * Where a plan's data came from: the source file, how it was made and a note (see {@link PlanSourceSchema}).
 *
 * @example
 * const source: PlanSource = getPlan("hue-2022").source;
 * source.file // "raw/hue-2022.txt"
 */
export type PlanSource = z.infer<typeof PlanSourceSchema>;

/**
 * Something an importer could not read, with its line and the text concerned (see {@link ImportWarningSchema}).
 *
 * @example
 * const warnings: ImportWarning[] = parsePlan(text, { id: "vi-du-2024" }).warnings;
 * for (const w of warnings) console.log(w.line ?? "-", w.message);
 */
export type ImportWarning = z.infer<typeof ImportWarningSchema>;

/**
 * What one non-empty input line became (see {@link LineAccountSchema}).
 *
 * @example
 * const account: LineAccount = { line: 12, use: "task", id: "vi-du-2024:1.1" };
 */
export type LineAccount = z.infer<typeof LineAccountSchema>;

/**
 * A plan: the national decision or a local implementation plan, with its tasks, services, targets and lineage (see {@link PlanSchema}).
 *
 * @example
 * const plan: Plan = getPlan("hue-2022");
 * plan.code         // "2274/KH-UBND"
 * plan.tasks.length // 52
 */
export type Plan = z.infer<typeof PlanSchema>;

/**
 * A document that plans derive from or cite but whose text the corpus does not hold (see {@link ReferencedPlanSchema}).
 *
 * @example
 * const khanhHoa: ReferencedPlan = referencedPlans.find((r) => r.id === "khanh-hoa-1403-2022")!;
 * khanhHoa.code // "1403/KH-UBND"
 */
export type ReferencedPlan = z.infer<typeof ReferencedPlanSchema>;
