import { parseISO } from "date-fns/parseISO";

/**
 * A `parseISO` that remembers its dates, for the length of one computation (a plan repeats the
 * same few dates). date-fns reads the Date objects without changing them, so sharing them is safe.
 * Internal.
 */
export function dateReader(): (iso: string) => Date {
  const dates = new Map<string, Date>();
  return (iso) => {
    let date = dates.get(iso);
    if (!date) dates.set(iso, (date = parseISO(iso)));
    return date;
  };
}
