import { z } from "zod";
import { IsoDateSchema } from "./common";

/**
 * What shape a deadline takes:
 * - `date` a day ("trước ngày 31/12/2026"), `month`, `quarter`, `half` (6 tháng đầu/cuối năm), `year`;
 * - `range` "Từ tháng 3/2022 đến tháng 6/2022"; `multiple` several milestones (end = the latest);
 * - `tiered` different dates per level of government (cấp bộ, cấp tỉnh, cấp huyện, cấp xã);
 * - `recurring` "Thường xuyên" with no date (with a date, the date's kind is kept and
 *   `recurring` is true);
 * - `conditional` "Theo lộ trình …", "Ngay sau khi …" (any date inside is kept);
 * - `none` an empty cell or a plan without deadlines; `unknown` text that states no readable time.
 *
 * @example
 * DeadlineKindSchema.parse(parseDeadline("Từ tháng 3 đến tháng 6/2022").kind) // "range"
 * DeadlineKindSchema.safeParse("weekly").success                             // false
 */
export const DeadlineKindSchema = z.enum(["date", "month", "quarter", "half", "year", "range", "multiple", "tiered", "recurring", "conditional", "none", "unknown"]);

/**
 * The unit of a period found inside a deadline.
 *
 * @example
 * DeadlineUnitSchema.options                         // ["date", "month", "quarter", "half", "year"]
 * parseDeadline("Quý I năm 2022").parts[0]?.unit     // "quarter"
 */
export const DeadlineUnitSchema = z.enum(["date", "month", "quarter", "half", "year"]);

/**
 * One period found in a deadline text, with the span of text it came from.
 *
 * @example
 * DeadlinePartSchema.array().parse(parseDeadline("Từ tháng 3 đến tháng 6/2022").parts)
 * // [{ unit: "month", text: "tháng 3", start: "2022-03-01", end: "2022-03-31", relation: "from" },
 * //  { unit: "month", text: "tháng 6/2022", start: "2022-06-01", end: "2022-06-30", relation: "by" }]
 */
export const DeadlinePartSchema = z.object({
  /** The calendar unit of the period. */
  unit: DeadlineUnitSchema,
  /** The words it was read from, as written. */
  text: z.string(),
  /** The period's first day (ISO). */
  start: IsoDateSchema,
  /** The period's last day (ISO). */
  end: IsoDateSchema,
  /** How the text relates the task to the period: by its end, from its start, or within it. */
  relation: z.enum(["by", "from", "within"]),
});

/**
 * Levels of government a tiered deadline distinguishes.
 *
 * @example
 * GovernmentTierSchema.options                // ["ministry", "province", "district", "commune"]
 * GovernmentTierSchema.parse(tierOfLevel("city")) // "district": Huế in 2022 is "cấp huyện"
 */
export const GovernmentTierSchema = z.enum(["ministry", "province", "district", "commune"]);

/**
 * One tier of a tiered deadline: the scope as written and the levels it names.
 *
 * @example
 * const ii7 = getPlan("qd-06-2022").tasks.find((t) => t.id === "qd-06-2022:II.7")!;
 * DeadlineTierSchema.parse(ii7.deadline.tiers[1])
 * // { scope: "cấp huyện từ ngày 01/12/2022", levels: ["district"], start: "2022-12-01", end: "2022-12-01" }
 */
export const DeadlineTierSchema = z.object({
  /** Who the tier applies to and from when, as written ("Tại Bộ phận một cửa cấp bộ, cấp tỉnh từ ngày 01/6/2022"). */
  scope: z.string(),
  /** The levels of government it applies to. */
  levels: z.array(GovernmentTierSchema),
  /** The tier's first day (ISO), or null. */
  start: IsoDateSchema.nullable(),
  /** The tier's deadline (ISO), or null. */
  end: IsoDateSchema.nullable(),
});

/**
 * A deadline as the document writes it (`raw`) and as read by {@link parseDeadline}.
 * `end` is the latest date by which the task is due; `start` the earliest date it concerns.
 *
 * @example
 * DeadlineSchema.safeParse(parseDeadline("Trước ngày 31/12/2026")).success // true
 * DeadlineSchema.parse(JSON.parse(text)) // a deadline read back from JSON, validated
 */
export const DeadlineSchema = z.object({
  /** The deadline as written. */
  raw: z.string(),
  /** What kind of deadline it is (a date, a quarter, a range, tiered, recurring …, or `unknown`). */
  kind: DeadlineKindSchema,
  /** The first day it allows (ISO), or null. */
  start: IsoDateSchema.nullable(),
  /** The last day it allows (ISO), or null (none, recurring or unknown). */
  end: IsoDateSchema.nullable(),
  /** Whether the task recurs ("hằng năm", "thường xuyên"). */
  recurring: z.boolean(),
  /** The condition's words when the deadline depends on something else, else null. */
  condition: z.string().nullable(),
  /** The periods it names, in the order written. */
  parts: z.array(DeadlinePartSchema),
  /** Different deadlines for different levels of government, when it sets them. */
  tiers: z.array(DeadlineTierSchema),
});

/**
 * What shape a deadline takes, from a single `date` to `tiered` or `recurring` (see {@link DeadlineKindSchema}).
 *
 * @example
 * const kind: DeadlineKind = parseDeadline("Thường xuyên").kind; // "recurring"
 */
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

/**
 * The unit of a period found inside a deadline: `date`, `month`, `quarter`, `half` or `year`.
 *
 * @example
 * const units: DeadlineUnit[] = parseDeadline("Tháng 06 và tháng 12/2024").parts.map((p) => p.unit);
 * // ["month", "month"]
 */
export type DeadlineUnit = z.infer<typeof DeadlineUnitSchema>;

/**
 * One period found in a deadline text, with its dates and how the task relates to it (see {@link DeadlinePartSchema}).
 *
 * @example
 * const parts: DeadlinePart[] = parseDeadline("Từ tháng 3 đến tháng 6/2022").parts;
 * parts.map((p) => `${p.relation} ${p.start}`) // ["from 2022-03-01", "by 2022-06-01"]
 */
export type DeadlinePart = z.infer<typeof DeadlinePartSchema>;

/**
 * A level of government a tiered deadline distinguishes: `ministry`, `province`, `district` or `commune`.
 *
 * @example
 * const tier: GovernmentTier = tierOfLevel(getPlan("hue-2022").level); // "district"
 */
export type GovernmentTier = z.infer<typeof GovernmentTierSchema>;

/**
 * One tier of a tiered deadline: the scope as written, the levels it names and its dates (see {@link DeadlineTierSchema}).
 *
 * @example
 * const ii7 = getPlan("qd-06-2022").tasks.find((t) => t.id === "qd-06-2022:II.7")!;
 * const tiers: DeadlineTier[] = ii7.deadline.tiers;
 * tiers.map((t) => t.end) // ["2022-06-01", "2022-12-01", "2023-06-01"]
 */
export type DeadlineTier = z.infer<typeof DeadlineTierSchema>;

/**
 * A deadline as the document writes it (`raw`) and as parsed: kind, start and end dates, parts and tiers (see {@link DeadlineSchema}).
 *
 * @example
 * const deadline: Deadline = parseDeadline("Từ tháng 3 đến tháng 6/2022");
 * deadline.kind // "range"
 * deadline.end  // "2022-06-30"
 */
export type Deadline = z.infer<typeof DeadlineSchema>;
