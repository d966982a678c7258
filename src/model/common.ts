import { z } from "zod";

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by `count` ASCII digits of `text` from `from`, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Whether `YYYY-MM-DD` names a day of the calendar (month 1–12, day within the month, leap years
 * counted, proleptic Gregorian as `Date` counts them): read digit by digit; any other string as
 * `Date` reads it.
 */
const isCalendarDate = (iso: string) => {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const year = digitsAt(iso, 0, 4);
    const month = digitsAt(iso, 5, 2);
    const day = digitsAt(iso, 8, 2);
    if (year >= 0 && month >= 0 && day >= 0) {
      if (month < 1 || month > 12 || day < 1) return false;
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!);
    }
  }
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
