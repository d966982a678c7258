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
 */
export const DeadlineKindSchema = z.enum([
  "date",
  "month",
  "quarter",
  "half",
  "year",
  "range",
  "multiple",
  "tiered",
  "recurring",
  "conditional",
  "none",
  "unknown",
]);

/** The unit of a period found inside a deadline. */
export const DeadlineUnitSchema = z.enum(["date", "month", "quarter", "half", "year"]);

/** One period found in a deadline text, with the span of text it came from. */
export const DeadlinePartSchema = z.object({
  unit: DeadlineUnitSchema,
  /** The words it was read from, as written. */
  text: z.string(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  /** How the text relates the task to the period: by its end, from its start, or within it. */
  relation: z.enum(["by", "from", "within"]),
});

/** Levels of government a tiered deadline distinguishes. */
export const GovernmentTierSchema = z.enum(["ministry", "province", "district", "commune"]);

/** One tier of a tiered deadline: the scope as written and the levels it names. */
export const DeadlineTierSchema = z.object({
  scope: z.string(),
  levels: z.array(GovernmentTierSchema),
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
});

/**
 * A deadline as the document writes it (`raw`) and as read by {@link parseDeadline}.
 * `end` is the latest date by which the task is due; `start` the earliest date it concerns.
 */
export const DeadlineSchema = z.object({
  raw: z.string(),
  kind: DeadlineKindSchema,
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  recurring: z.boolean(),
  /** The condition's words when the deadline depends on something else, else null. */
  condition: z.string().nullable(),
  parts: z.array(DeadlinePartSchema),
  tiers: z.array(DeadlineTierSchema),
});

export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;
export type DeadlineUnit = z.infer<typeof DeadlineUnitSchema>;
export type DeadlinePart = z.infer<typeof DeadlinePartSchema>;
export type GovernmentTier = z.infer<typeof GovernmentTierSchema>;
export type DeadlineTier = z.infer<typeof DeadlineTierSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
