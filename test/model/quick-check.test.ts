import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { generateCorpus } from "../../bench/generate";
import { plans } from "../../src/corpus/index";
import { PlanValidationError } from "../../src/model/errors";
import { PlanSchema } from "../../src/model/plan";
import { quickCheck } from "../../src/model/quick-check";
import { validatePlan } from "../../src/model/validate";
import { DELETE, paths, setAt } from "../helpers";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const surelyPlan = quickCheck(PlanSchema)!;

/** Values to put in a plan's fields: of every type, at the edges the schemas test. */
const odd = fc.oneof(
  fc.constantFrom(
    DELETE,
    null,
    undefined,
    "",
    " ",
    "x",
    "\u{1F600}",
    "\ud800",
    "2022-02-30",
    "2022-02-28",
    "hue-2022",
    "Hue 2022",
    "I",
    "1.2",
    "qd-06-2022:I.1",
    0,
    -1,
    1,
    1.5,
    4,
    5,
    Number.NaN,
    Infinity,
    2 ** 53,
    true,
    false,
    [],
    {},
    [""],
    ["a"],
    [{}],
    "date",
    "province",
  ),
  fc.string({ maxLength: 3 }),
  fc.integer(),
  fc.double(),
);

describe("quickCheck", () => {
  it("passes the corpus's plans and generated ones, so validating them does not parse", () => {
    for (const plan of [...plans, ...generateCorpus(8, 3).plans]) {
      expect(surelyPlan(clone(plan)), plan.id).toBe(true);
      expect(PlanSchema.safeParse(plan).success).toBe(true);
    }
  });

  it("passes only what the plan schema accepts: any field of a plan replaced by another value (property)", () => {
    const base = plans.filter((p) => p.id === "ninh-hoa-2022" || p.id === "hcmc-2024").map(clone);
    const where = base.map((p) => paths(p));
    fc.assert(
      fc.property(fc.nat(1), fc.nat(), odd, fc.nat(), odd, (which, at, value, at2, value2) => {
        const plan = clone(base[which]!);
        const places = where[which]!;
        setAt(plan, places[at % places.length]!, value);
        if (at2 % 3 === 0) setAt(plan, places[at2 % places.length]!, value2);
        const quick = surelyPlan(plan);
        // quick ⇒ accepted; and (as the fields are plain data) accepted ⇒ quick, but for the strings the schema measures in code points
        if (quick) expect(PlanSchema.safeParse(plan).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("mirrors zod's tests at their edges", () => {
    const check = (schema: z.ZodType, value: unknown) => {
      const quick = quickCheck(schema)!(value);
      if (quick) expect(schema.safeParse(value).success, String(value)).toBe(true);
      return quick;
    };
    expect(check(z.number(), Number.NaN)).toBe(false);
    expect(check(z.number(), Infinity)).toBe(false);
    expect(check(z.number().int().positive(), 1)).toBe(true);
    expect(check(z.number().int().positive(), 0)).toBe(false);
    expect(check(z.number().int(), 1.5)).toBe(false);
    expect(check(z.number().int(), 2 ** 53)).toBe(false);
    expect(check(z.string().min(1), "")).toBe(false);
    expect(check(z.string().min(2), "\u{1F600}")).toBe(false); // one code point: the schema decides
    expect(check(z.object({ a: z.string() }), [])).toBe(false);
    expect(check(z.object({ a: z.string() }), { a: "x", b: 1 })).toBe(true);
    expect(check(z.object({ a: z.array(z.string()).default([]) }), {})).toBe(true);
    expect(check(z.object({ a: z.string().nullable() }), {})).toBe(false);
    expect(check(z.enum(["a", "b"]), "c")).toBe(false);
    expect(
      check(
        z.string().refine((s) => s.startsWith("a")),
        "b",
      ),
    ).toBe(false);
  });

  it("does not compile what it does not mirror: the schema decides", () => {
    expect(quickCheck(z.union([z.string(), z.number()]))).toBeNull();
    expect(quickCheck(z.strictObject({ a: z.string() }))).toBeNull();
    expect(quickCheck(z.email())).toBeNull();
    expect(quickCheck(z.string().transform((s) => s.length))).toBeNull();
    expect(quickCheck(z.object({ a: z.record(z.string(), z.number()) }))).toBeNull();
  });

  it("leaves validatePlan's verdicts and errors the schema's", () => {
    const plan = clone(plans.find((p) => p.id === "ninh-hoa-2022")!);
    expect(validatePlan(plan)).toBe(plan);
    const bad = clone(plan) as unknown as { tasks: { line: unknown }[] };
    bad.tasks[1]!.line = 0;
    expect(() => validatePlan(bad)).toThrow(PlanValidationError);
    try {
      validatePlan(bad);
    } catch (error) {
      expect((error as PlanValidationError).message).toBe(PlanValidationError.fromZod("plan", PlanSchema.safeParse(bad).error!).message);
    }
  });
});
