import { z } from "zod";
import { IsoDateSchema } from "./common";
import { GovernmentTierSchema } from "./deadline";

/**
 * How a local deadline compares with the national one it implements.
 *
 * @example
 * DriftStatusSchema.options // ["same", "earlier", "later", "recurring", "not-comparable"]
 * drift("hcmc-2024").filter((d) => d.status === DriftStatusSchema.enum.later).length
 */
export const DriftStatusSchema = z.enum(["same", "earlier", "later", "recurring", "not-comparable"]);

/**
 * The deadline drift of one link: local `end` minus national `end` in days (positive: later),
 * with what was compared and flags for deadlines overdue at issue or dropped.
 *
 * @example
 * DriftItemSchema.array().safeParse(drift("hue-2022")).success // true
 * DriftItemSchema.array().parse(JSON.parse(text)) // drift items read back from JSON, validated
 */
export const DriftItemSchema = z.object({
  /** The local task id. */
  local: z.string(),
  /** The national task id it is linked to. */
  national: z.string(),
  /** The link's score. */
  score: z.number(),
  /** The local deadline as written. */
  localDeadline: z.string(),
  /** The national deadline as written. */
  nationalDeadline: z.string(),
  /** The local deadline's end (ISO), or null when it has none. */
  localEnd: IsoDateSchema.nullable(),
  /** The national end compared: for a tiered national deadline, the tier of the local plan's level. */
  nationalEnd: IsoDateSchema.nullable(),
  /** The national tier used, when the national deadline is tiered. */
  nationalTier: GovernmentTierSchema.nullable(),
  /** Local end minus national end, in days; null when not comparable. */
  days: z.number().int().nullable(),
  /** How the two deadlines compare. */
  status: DriftStatusSchema,
  /** The local deadline fell before the local plan was issued. */
  overdueAtIssue: z.boolean(),
  /** The national task has a deadline and the local task states none. */
  droppedDeadline: z.boolean(),
});

/**
 * How a local deadline compares with the national one: `same`, `earlier`, `later`, `recurring` or `not-comparable`.
 *
 * @example
 * const later: DriftStatus = "later";
 * drift("hcmc-2024").filter((d) => d.status === later); // the links whose local deadline is later
 */
export type DriftStatus = z.infer<typeof DriftStatusSchema>;

/**
 * The deadline drift of one link: both deadlines, their end dates, the difference in days and its status (see {@link DriftItemSchema}).
 *
 * @example
 * const item: DriftItem = drift("hue-2022").find((d) => d.national === "qd-06-2022:V.11")!;
 * // { local: "hue-2022:VI.12", national: "qd-06-2022:V.11", localDeadline: "Quý I năm 2022",
 * //   nationalDeadline: "Tháng 3/2022", days: 0, status: "same", overdueAtIssue: true, … }
 */
export type DriftItem = z.infer<typeof DriftItemSchema>;
