import { planFromSeed } from "../src/corpus/build";
import type { Plan } from "../src/model/plan";

/** A small valid plan for tests: one section "1", tasks with the given texts. */
export function makePlan(id: string, tasks: { ref: string; text: string; lead?: string[]; deadline?: string | null }[], extra: Record<string, unknown> = {}): Plan {
  return planFromSeed({
    id,
    code: "1/KH-UBND",
    title: `Kế hoạch thử ${id}`,
    issuer: "UBND tỉnh Thử",
    level: "province",
    place: null,
    issuedOn: "2022-05-01",
    parents: ["qd-06-2022"],
    cites: [],
    adopts: [],
    source: { file: "test", note: "made in a test" },
    sections: [{ ref: "1", title: "Nhiệm vụ" }],
    tasks: tasks.map((t) => ({
      ref: t.ref,
      section: "1",
      text: t.text,
      lead: t.lead ?? [],
      coordinating: [],
      deadline: t.deadline ?? null,
      product: null,
      line: null,
      ocr: null,
      uncertain: [],
      notes: [],
    })),
    services: [],
    targets: [],
    notes: [],
    ...extra,
  });
}

/** Reads RFC 4180 CSV (quoted cells with commas, quotes and line breaks) into rows of cells. */
export function readCsvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  row.push(cell);
  rows.push(row);
  return rows;
}

/**
 * Lets the test worker's event loop turn (vitest's answers to its progress reports come in) between
 * long synchronous steps of a test. A worker that stays blocked for a minute misses vitest's 60 s
 * RPC deadline ("Timeout calling onTaskUpdate") even though every test passes.
 */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** What {@link setAt} takes for "remove the key". */
export const DELETE = Symbol("delete");

/**
 * Every path to a value in a plan-like value (objects and arrays walked), the root's first.
 *
 * @example
 * paths({ a: [1] }) // [[], ["a"], ["a", 0]]
 */
export function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) paths(value[i], [...at, i], out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/**
 * Puts a value at a path ({@link DELETE}: removes the key); nothing when the path no longer leads to an object.
 *
 * @example
 * setAt(plan, ["tasks", 0, "text"], "") // an empty task text
 */
export function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) {
    if (!node || typeof node !== "object") return;
    node = node[part] as Record<string | number, unknown>;
  }
  if (path.length === 0 || !node || typeof node !== "object") return;
  if (value === DELETE) delete node[path[path.length - 1]!];
  else node[path[path.length - 1]!] = value;
}
