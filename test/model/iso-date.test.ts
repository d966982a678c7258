import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IsoDateSchema } from "../../src/model/common";

/** The calendar test as `Date` makes it (the schema's reference). */
const byDate = (iso: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("IsoDateSchema", () => {
  it("accepts exactly the days Date knows, leap years and year 0 included", () => {
    for (const year of [0, 1, 4, 100, 200, 400, 1600, 1700, 1900, 2000, 2021, 2022, 2024, 2100, 9996, 9999]) {
      for (let month = 0; month <= 99; month += month < 14 ? 1 : 17) {
        for (let day = 0; day <= 99; day += day < 33 ? 1 : 11) {
          const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(IsoDateSchema.safeParse(iso).success, iso).toBe(byDate(iso));
        }
      }
    }
  });

  it("agrees with Date on any string of its shape or near it (property)", () => {
    const digit = fc.constantFrom(..."0123456789-x ٣".split(""));
    fc.assert(
      fc.property(fc.array(digit, { minLength: 8, maxLength: 12 }), (chars) => {
        const iso = chars.join("");
        expect(IsoDateSchema.safeParse(iso).success, iso).toBe(byDate(iso));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.nat(9999), fc.nat(99), fc.nat(99), (year, month, day) => {
        const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        expect(IsoDateSchema.safeParse(iso).success, iso).toBe(byDate(iso));
      }),
      { numRuns: 5000 },
    );
  });
});
