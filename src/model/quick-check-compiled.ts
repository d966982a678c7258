import type { z } from "zod";
import { type Check, type CheckDef, type Def, defOf, quickCheck } from "./quick-check";

// The quick check of quick-check.ts written out as one JavaScript function per schema (compiled
// with `new Function`, as zod compiles its own object parsers): the same tests in the same order,
// with each object's keys read by name and each field's check called directly, where the
// reference composes closures that V8 calls through one shared, megamorphic site. Where a schema
// has a part the reference does not mirror, this gives null too; where code cannot be compiled
// (a host that forbids `new Function`), null as well, and the caller uses the reference. The tests
// prove the two equal on every value they try.

/** The functions of one compilation: their source, and the values they read (`c[k]`). */
interface Unit {
  functions: string[];
  constants: unknown[];
  names: Map<z.ZodType, string | null>;
}

/**
 * The quick check of a schema ({@link quickCheck}) compiled to one JavaScript function per
 * schema part, or null when the reference gives null or the host does not compile code.
 *
 * @example
 * const isPlan = compileQuickCheck(PlanSchema) ?? quickCheck(PlanSchema);
 * isPlan?.(value) // true only for a value the schema accepts
 */
export function compileQuickCheck(schema: z.ZodType): Check | null {
  if (quickCheck(schema) === null) return null;
  const unit: Unit = { functions: [], constants: [], names: new Map() };
  const name = emit(schema, unit);
  if (name === null) return null;
  try {
    const make = new Function("c", `"use strict";\n${unit.functions.join("\n")}\nreturn ${name};`) as (constants: unknown[]) => Check;
    return make(unit.constants);
  } catch {
    // a host that forbids compiling code (a content security policy): the reference serves
    return null;
  }
}

/** The name of the function that checks a schema (written into `unit`), or null when not mirrored. */
function emit(schema: z.ZodType, unit: Unit): string | null {
  const known = unit.names.get(schema);
  if (known !== undefined) return known;
  const def = defOf(schema);
  let body: string[] | null = null;
  if (!(def.coerce || "check" in def || "format" in def)) {
    const base = baseSource(def, unit);
    if (base) {
      const checks = (def.checks ?? []).map((check) => checkSource(check._zod.def, unit));
      if (checks.every((check) => check !== null)) body = [...base, ...(checks as string[][]).flat(), "return true;"];
    }
  }
  const name = body ? `f${unit.functions.length}` : null;
  unit.names.set(schema, name);
  if (name && body) unit.functions.push(`function ${name}(v) {\n  ${body.join("\n  ")}\n}`);
  return name;
}

/** A constant the compiled functions read, by its expression. */
function constant(value: unknown, unit: Unit): string {
  unit.constants.push(value);
  return `c[${unit.constants.length - 1}]`;
}

/** A value written as a literal: a string, a finite number, a boolean or null (others are constants). */
const literal = (value: unknown, unit: Unit): string =>
  typeof value === "string" || typeof value === "boolean" || value === null || (typeof value === "number" && Number.isFinite(value) && !Object.is(value, -0))
    ? JSON.stringify(value)
    : constant(value, unit);

/** The statements testing a schema's own type (`baseCheck`'s), or null when not mirrored. */
function baseSource(def: Def, unit: Unit): string[] | null {
  switch (def.type) {
    case "string":
      return ['if (typeof v !== "string") return false;'];
    case "number":
      return ['if (typeof v !== "number" || !Number.isFinite(v)) return false;'];
    case "boolean":
      return ['if (typeof v !== "boolean") return false;'];
    case "enum": {
      const values = [...new Set(Object.values(def.entries ?? {}))];
      if (values.some((v) => typeof v !== "string")) return null;
      return [`if (${values.length ? values.map((v) => `v !== ${JSON.stringify(v)}`).join(" && ") : "true"}) return false;`];
    }
    case "literal": {
      const values = [...new Set(def.values ?? [])];
      // (Set membership, as the reference: NaN is one of its values when listed)
      return [`if (!${constant(new Set(values), unit)}.has(v)) return false;`];
    }
    case "nullable":
    case "optional":
    case "default": {
      const inner = def.innerType && emit(def.innerType, unit);
      if (!inner) return null;
      return [`if (v !== ${def.type === "nullable" ? "null" : "undefined"} && !${inner}(v)) return false;`];
    }
    case "array": {
      const element = def.element && emit(def.element, unit);
      if (!element) return null;
      return ["if (!Array.isArray(v)) return false;", `for (let i = 0; i < v.length; i++) if (!${element}(v[i])) return false;`];
    }
    case "object": {
      if (def.catchall !== undefined || !def.shape) return null;
      const fields: string[] = ['if (typeof v !== "object" || v === null || Array.isArray(v)) return false;'];
      for (const [key, schema] of Object.entries(def.shape)) {
        const field = emit(schema, unit);
        if (!field) return null;
        fields.push(`if (!${field}(v[${JSON.stringify(key)}])) return false;`);
      }
      return fields;
    }
    default:
      return null;
  }
}

/** The statements of one check (`checkOf`'s), or null when not mirrored. */
function checkSource(def: CheckDef, unit: Unit): string[] | null {
  switch (def.check) {
    case "string_format": {
      if (def.format !== "regex" || !def.pattern) return null;
      const pattern = constant(def.pattern, unit);
      return [`${pattern}.lastIndex = 0;`, `if (!${pattern}.test(v)) return false;`];
    }
    case "min_length": {
      const { minimum } = def;
      if (typeof minimum !== "number") return null;
      return [`if (!(v.length >= ${literal(minimum * 2, unit)} || (${minimum <= 1} && v.length >= ${literal(minimum, unit)}))) return false;`];
    }
    case "number_format":
      return def.format === "safeint" ? ["if (!Number.isSafeInteger(v)) return false;"] : null;
    case "greater_than":
    case "less_than": {
      if (typeof def.value !== "number") return null;
      const bound = literal(def.value, unit);
      const operator = def.check === "greater_than" ? (def.inclusive ? ">=" : ">") : def.inclusive ? "<=" : "<";
      return [`if (!(v ${operator} ${bound})) return false;`];
    }
    case "custom": {
      if (!def.fn) return null;
      return [`{ const r = ${constant(def.fn, unit)}(v); if (r instanceof Promise || !r) return false; }`];
    }
    default:
      return null;
  }
}
