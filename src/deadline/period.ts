import { endOfMonth } from "date-fns/endOfMonth";
import { endOfQuarter } from "date-fns/endOfQuarter";
import { endOfYear } from "date-fns/endOfYear";
import { isValid } from "date-fns/isValid";
import { subDays } from "date-fns/subDays";
import type { DeadlineUnit } from "../model/deadline";

/** A calendar period: its unit and first and last day (ISO). */
export interface Period {
  unit: DeadlineUnit;
  start: string;
  end: string;
}

// The local calendar day as `yyyy-MM-dd` (years are 1990–2100 here, see isPlausibleYear). By hand:
// date-fns' `format` would bring its whole formatting engine and locale into every bundle.
const two = (n: number) => String(n).padStart(2, "0");
const iso = (date: Date) => `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;

/** Years outside this window are treated as misreadings, not deadlines. */
const isPlausibleYear = (year: number) => year >= 1990 && year <= 2100;

/** The day `day/month/year`, or null when no such day exists. */
export function dayPeriod(year: number, month: number, day: number): Period | null {
  if (!isPlausibleYear(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getMonth() !== month - 1) return null;
  return { unit: "date", start: iso(date), end: iso(date) };
}

/** The month `month/year`, or null when out of range. */
export function monthPeriod(year: number, month: number): Period | null {
  if (!isPlausibleYear(year) || month < 1 || month > 12) return null;
  const first = new Date(year, month - 1, 1);
  return { unit: "month", start: iso(first), end: iso(endOfMonth(first)) };
}

/** Quarter 1–4 of `year`. */
export function quarterPeriod(year: number, quarter: number): Period | null {
  if (!isPlausibleYear(year) || quarter < 1 || quarter > 4) return null;
  const first = new Date(year, (quarter - 1) * 3, 1);
  return { unit: "quarter", start: iso(first), end: iso(endOfQuarter(first)) };
}

/** First (1) or second (2) half of `year`. */
export function halfPeriod(year: number, half: 1 | 2): Period | null {
  if (!isPlausibleYear(year)) return null;
  const first = new Date(year, half === 1 ? 0 : 6, 1);
  return { unit: "half", start: iso(first), end: iso(endOfMonth(new Date(year, half === 1 ? 5 : 11, 1))) };
}

/** The calendar year. */
export function yearPeriod(year: number): Period | null {
  if (!isPlausibleYear(year)) return null;
  const first = new Date(year, 0, 1);
  return { unit: "year", start: iso(first), end: iso(endOfYear(first)) };
}

/** The day before a period starts ("trước tháng 6/2022" is due by 31 May). */
export function dayBefore(period: Period): string {
  return iso(subDays(new Date(`${period.start}T00:00:00`), 1));
}
