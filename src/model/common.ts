import { z } from "zod";

/** Whether `YYYY-MM-DD` names a day of the calendar (month 1–12, day within the month, leap years counted). */
const isCalendarDate = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * An ISO calendar date, `YYYY-MM-DD`, that exists: "2022-02-31" and "2022-13-01" are refused.
 *
 * @example
 * IsoDateSchema.safeParse("2022-01-06").success // true
 * IsoDateSchema.safeParse("06/01/2022").success // false
 * IsoDateSchema.safeParse("2022-02-31").success // false: February has no 31st
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD")
  .refine(isCalendarDate, "not a day of the calendar");

/**
 * A list of agency names exactly as the document writes them, one entry per agency.
 *
 * @example
 * AgencyListSchema.parse(["Bộ Công an", "Bộ Tư pháp"]) // ["Bộ Công an", "Bộ Tư pháp"]
 * AgencyListSchema.safeParse([""]).success            // false: an entry is never empty
 */
export const AgencyListSchema = z.array(z.string().min(1));

/**
 * Fields of a task or service whose reading from the source is uncertain (e.g. damaged OCR).
 *
 * @example
 * UncertainFieldSchema.options // ["text", "name", "lead", "coordinating", "deadline", "product", "serviceLevel"]
 * getPlan("qd-06-2022").tasks.filter((t) => t.uncertain.includes("deadline")).map((t) => t.id)
 * // ["qd-06-2022:I.7", "qd-06-2022:I.8", "qd-06-2022:II.3", …]
 */
export const UncertainFieldSchema = z.enum(["text", "name", "lead", "coordinating", "deadline", "product", "serviceLevel"]);
