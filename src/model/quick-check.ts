import type { z } from "zod";

// A fast yes-or-"ask the schema" check compiled from a zod schema's definition: it answers true
// only for a value the schema accepts (it mirrors zod's own tests, and every check in the schema
// must pass), and false for anything else, including what it is unsure of. A caller that gets false
// parses with the schema itself, which gives the verdict and the issues; so the accepted values
// and the errors stay the schema's, and only the common case (a valid value) is quicker. A
// schema with a part it does not know (a union, a record, a transform, a check it does not
// mirror …) compiles to null: always ask the schema.

/**
 * A compiled check: true when the schema surely accepts the value.
 *
 * @example
 * const isName: Check | null = quickCheck(z.string().min(1));
 */
export type Check = (value: unknown) => boolean;

/**
 * What the compiler reads of a zod definition (zod 4's `_zod.def`).
 *
 * @example
 * defOf(z.string()).type // "string"
 */
export interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  coerce?: boolean;
}

/**
 * What the compiler reads of a check's definition.
 *
 * @example
 * defOf(z.string().min(1)).checks?.[0]?._zod.def.check // "min_length"
 */
export interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: unknown;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
}

/**
 * A zod schema's definition, as the compilers read it.
 *
 * @example
 * defOf(z.array(z.number())).type // "array"
 */
export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** zod's test of an object: `util.isObject`. */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The quick check of a schema, or null when the schema has a part the compiler does not mirror
 * (then every value must be parsed).
 *
 * @example
 * const isPlan = quickCheck(PlanSchema);
 * isPlan?.(value) ? value : PlanSchema.parse(value) // the schema decides every value the check is unsure of
 */
export function quickCheck(schema: z.ZodType): Check | null {
  const def = defOf(schema);
  // a schema that is itself a check (`z.email()`, `z.int()`: a format) or coerces: not mirrored
  if (def.coerce || "check" in def || "format" in def) return null;
  const base = baseCheck(def);
  if (!base) return null;
  const checks: Check[] = [];
  for (const check of def.checks ?? []) {
    const compiled = checkOf(check._zod.def);
    if (!compiled) return null;
    checks.push(compiled);
  }
  if (checks.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (let k = 0; k < checks.length; k++) if (!checks[k]!(value)) return false;
    return true;
  };
}

/** The test of a schema's own type (before its checks). */
function baseCheck(def: Def): Check | null {
  switch (def.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "enum": {
      const values = new Set(Object.values(def.entries ?? {}));
      // a numeric enum's entries hold reverse mappings: not mirrored
      if ([...values].some((v) => typeof v !== "string")) return null;
      return (value) => values.has(value);
    }
    case "literal": {
      const values = new Set(def.values ?? []);
      return (value) => values.has(value);
    }
    case "nullable":
    case "optional":
    case "default": {
      const inner = def.innerType && quickCheck(def.innerType);
      if (!inner) return null;
      // null passes a nullable; undefined an optional, and a default (which puts its value instead)
      const passes = def.type === "nullable" ? null : undefined;
      return (value) => value === passes || inner(value);
    }
    case "array": {
      const element = def.element && quickCheck(def.element);
      if (!element) return null;
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case "object":
      return objectCheck(def);
    default:
      return null;
  }
}

/** The test of an object schema that strips unknown keys (`z.object`): every key of its shape. */
function objectCheck(def: Def): Check | null {
  if (def.catchall !== undefined || !def.shape) return null;
  const keys: string[] = [];
  const fields: Check[] = [];
  for (const [key, schema] of Object.entries(def.shape)) {
    const field = quickCheck(schema);
    if (!field) return null;
    keys.push(key);
    fields.push(field);
  }
  return (value) => {
    if (!isObject(value)) return false;
    for (let k = 0; k < keys.length; k++) if (!fields[k]!(value[keys[k]!])) return false;
    return true;
  };
}

/** One check of a schema (its value already of the schema's type), or null when not mirrored. */
function checkOf(def: CheckDef): Check | null {
  switch (def.check) {
    case "string_format": {
      const { pattern } = def;
      if (def.format !== "regex" || !pattern) return null;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      };
    }
    case "min_length": {
      const minimum = def.minimum;
      if (typeof minimum !== "number") return null;
      // zod counts code points: a string of at least twice as many code units surely has enough,
      // and one of one code unit is one code point; in between, ask the schema
      return (value) => {
        const units = (value as string).length;
        return units >= minimum * 2 || (minimum <= 1 && units >= minimum);
      };
    }
    case "number_format":
      return def.format === "safeint" ? (value) => Number.isSafeInteger(value) : null;
    case "greater_than":
    case "less_than": {
      const bound = def.value;
      if (typeof bound !== "number") return null;
      if (def.check === "greater_than") return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
      return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
    }
    case "custom": {
      const { fn } = def;
      if (!fn) return null;
      return (value) => {
        const result = fn(value);
        return !(result instanceof Promise) && Boolean(result);
      };
    }
    default:
      return null;
  }
}
