import { z } from "zod";
import { IsoDateSchema } from "./common";
import { GovernmentTierSchema } from "./deadline";

/** How a local deadline compares with the national one it implements. */
export const DriftStatusSchema = z.enum(["same", "earlier", "later", "recurring", "not-comparable"]);

/**
 * The deadline drift of one link: local `end` minus national `end` in days (positive: later),
 * with what was compared and flags for deadlines overdue at issue or dropped.
 */
export const DriftItemSchema = z.object({
  local: z.string(),
  national: z.string(),
  /** The link's score. */
  score: z.number(),
  localDeadline: z.string(),
  nationalDeadline: z.string(),
  localEnd: IsoDateSchema.nullable(),
  /** The national end compared: for a tiered national deadline, the tier of the local plan's level. */
  nationalEnd: IsoDateSchema.nullable(),
  /** The national tier used, when the national deadline is tiered. */
  nationalTier: GovernmentTierSchema.nullable(),
  days: z.number().int().nullable(),
  status: DriftStatusSchema,
  /** The local deadline fell before the local plan was issued. */
  overdueAtIssue: z.boolean(),
  /** The national task has a deadline and the local task states none. */
  droppedDeadline: z.boolean(),
});

export type DriftStatus = z.infer<typeof DriftStatusSchema>;
export type DriftItem = z.infer<typeof DriftItemSchema>;
