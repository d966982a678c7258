import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { generateCorpus } from "../../bench/generate";
import { plans } from "../../src/corpus/index";
import { PlanSchema } from "../../src/model/plan";
import { quickCheck } from "../../src/model/quick-check";
import { compileQuickCheck } from "../../src/model/quick-check-compiled";
import { DELETE, paths, setAt } from "../helpers";

// The compiled quick check is the reference (quick-check.ts) written out as code: on every value
// both give the same answer, and both give null for the same schemas.

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const reference = quickCheck(PlanSchema)!;
const compiled = compileQuickCheck(PlanSchema)!;

const odd = fc.oneof(
  fc.constantFrom(DELETE, null, undefined, "", "x", "\u{1F600}", "hue-2022", "qd-06-2022:I.1", "I.1", 0, -0, 1.5, Number.NaN, Infinity, 2 ** 53, true, [], {}, [""], [{}], "date"),
  fc.anything({ maxDepth: 2 }),
);

describe("compileQuickCheck", () => {
  it("compiles the plan schema, and passes the corpus's plans and generated ones as the reference does", () => {
    expect(compiled).toBeTypeOf("function");
    for (const plan of [...plans, ...generateCorpus(8, 3).plans]) expect(compiled(clone(plan)), plan.id).toBe(true);
  });

  it("answers as the reference on plans with any field replaced, and on any value (property)", () => {
    const base = plans.filter((p) => p.id === "ninh-hoa-2022" || p.id === "hue-2026").map(clone);
    const where = base.map((p) => paths(p));
    fc.assert(
      fc.property(fc.nat(1), fc.nat(), odd, fc.nat(), odd, (which, at, value, at2, value2) => {
        const plan = clone(base[which]!);
        const places = where[which]!;
        setAt(plan, places[at % places.length]!, value);
        if (at2 % 3 === 0) setAt(plan, places[at2 % places.length]!, value2);
        expect(compiled(plan)).toBe(reference(plan));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(compiled(value)).toBe(reference(value));
      }),
    );
  });

  it("answers as the reference at the edges of each kind of schema part, and is null where it is", () => {
    const schemas: z.ZodType[] = [
      z.number(),
      z.number().int().positive(),
      z.number().min(-1).max(1),
      z.number().gt(0).lt(Infinity),
      z.string().min(1),
      z.string().min(2),
      z.string().regex(/^a+$/g),
      z.boolean(),
      z.enum(["a", "b"]),
      z.literal(["x", 1, null, Number.NaN]),
      z.object({ a: z.string(), b: z.array(z.number()).default([]) }),
      z.object({ a: z.string().nullable(), b: z.string().optional() }),
      z.string().refine((s) => s.startsWith("a")),
      z.string().refine(async () => true),
    ];
    const values = [
      "",
      "a",
      "aa",
      "ab",
      "b",
      "\u{1F600}",
      0,
      -0,
      1,
      -1,
      1.5,
      2 ** 53,
      Number.NaN,
      Infinity,
      null,
      undefined,
      true,
      [],
      [1],
      {},
      { a: "x" },
      { a: "x", b: [1] },
      { a: null },
      { a: "x", b: ["1"] },
      { a: "x", b: null },
      { a: "x", b: undefined },
      { b: "y" },
      "x",
      "aaa",
      "aaaa",
      "abcd",
      "\u{1F600}\u{1F600}",
    ];
    for (const schema of schemas) {
      const ref = quickCheck(schema)!;
      const fast = compileQuickCheck(schema)!;
      expect(fast).toBeTypeOf("function");
      for (const value of values) expect(fast(value), `${String(value)}`).toBe(ref(value));
    }
    // keys and values that JavaScript source must escape are written as data, never as code
    const odd = ["]); throw 1; //", "\u2028", "__proto__", 'a"b', "`$" + "{x}`", "</script>"];
    const keyed = z.object(Object.fromEntries(odd.map((key) => [key, z.enum(odd as [string, ...string[]])])));
    const fast = compileQuickCheck(keyed)!;
    expect(fast).toBeTypeOf("function");
    const good = Object.fromEntries(odd.map((key, k) => [key, odd[(k + 1) % odd.length]]));
    for (const value of [good, { ...good, "]); throw 1; //": "nope" }, {}, []]) expect(fast(value)).toBe(quickCheck(keyed)!(value));
    expect(fast(good)).toBe(quickCheck(keyed)!(good));
    for (const schema of [z.union([z.string(), z.number()]), z.strictObject({ a: z.string() }), z.email(), z.string().transform((s) => s.length), z.object({ a: z.record(z.string(), z.number()) })]) {
      expect(quickCheck(schema)).toBeNull();
      expect(compileQuickCheck(schema)).toBeNull();
    }
  });
});
