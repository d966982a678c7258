/**
 * `dean06/deadline`: reads the deadline phrases of Vietnamese plans ("Quý I năm 2022",
 * "Trước 30/6/2023", "Thường xuyên") into a {@link Deadline}. Needs only a few date-fns
 * functions: a bundle that imports just this is a few kilobytes.
 *
 * @example
 * import { parseDeadline } from "dean06/deadline";
 * parseDeadline("Quý I năm 2022").end // "2022-03-31"
 *
 * @module dean06/deadline
 */

export type { Deadline, DeadlineKind, DeadlinePart, DeadlineTier, DeadlineUnit, GovernmentTier } from "../model/deadline";
export { type ParseDeadlineContext, parseDeadline } from "./parse";
