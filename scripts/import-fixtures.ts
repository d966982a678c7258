// Scores the text importer on a folder of documents with their expected plans (test/fixtures/import
// by default): `npx tsx scripts/import-fixtures.ts [folder]`. Prints per-document misses and totals:
// invented tasks, exact task lists, metadata fields right.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importPlan } from "../src/import/import-text";
import { foldForMatch } from "../src/text/fold";

/** What a fixture expects; tasks are [ref, words the text contains]. */
export interface Expected {
  code: string | null;
  issuedOn: string | null;
  place: string | null;
  issuer: string | null;
  level: string | null;
  parents: string[];
  tasks: [string, string][];
  targets?: number;
  abbreviations?: [string, string][];
  noTaskWarning?: boolean;
  dateWarning?: boolean;
  /** Lines (their start) that must each be reported as an item that could not be placed. */
  unplaced?: string[];
}

/** The score of one document. */
export interface DocScore {
  name: string;
  invented: string[];
  missing: string[];
  exact: boolean;
  fields: number;
  right: number;
  misses: string[];
}

const FIELDS = ["code", "issuedOn", "place", "issuer", "level", "parents"] as const;

/** Scores one document against what it expects. */
export function scoreDocument(name: string, text: string, want: Expected): DocScore {
  const { plan } = importPlan(text, { id: "fixture-doc" });
  const misses: string[] = [];
  let right = 0;
  const got = plan as unknown as Record<string, unknown>;
  for (const field of FIELDS) {
    const a = field === "parents" ? JSON.stringify([...plan.parents].sort()) : JSON.stringify(got[field] ?? null);
    const b = field === "parents" ? JSON.stringify([...want.parents].sort()) : JSON.stringify(want[field]);
    const placeholder = (field === "issuer" || field === "code") && typeof got[field] === "string" && /^\(|unknown|^—$/i.test(String(got[field]));
    if (a === b || (placeholder && want[field] === null)) right++;
    else misses.push(`${field}: got ${a}, want ${b}`);
  }
  const wantRefs = new Set(want.tasks.map(([ref]) => ref));
  const invented = plan.tasks.filter((t) => !wantRefs.has(t.ref)).map((t) => `${t.ref} ${t.text.slice(0, 50)}`);
  const missing: string[] = [];
  for (const [ref, words] of want.tasks) {
    const task = plan.tasks.find((t) => t.ref === ref);
    if (!task || !foldForMatch(task.text).includes(foldForMatch(words))) missing.push(`${ref} ${words}${task ? ` (got "${task.text.slice(0, 50)}")` : ""}`);
  }
  const exact = !invented.length && !missing.length && plan.tasks.length === want.tasks.length;
  if (want.targets !== undefined && plan.targets.length !== want.targets) misses.push(`targets: got ${plan.targets.length}, want ${want.targets}`);
  if (want.noTaskWarning && plan.warnings.filter((w) => /no task/i.test(w.message)).length !== 1) misses.push("no single 'no task list' warning");
  if (want.dateWarning && !plan.warnings.some((w) => /date/i.test(w.message))) misses.push("no warning about the missing date");
  for (const start of want.unplaced ?? []) {
    if (!plan.warnings.some((w) => w.text.includes(start) && /could not be placed/.test(w.message))) misses.push(`no warning placing "${start}"`);
  }
  for (const [short, long] of want.abbreviations ?? []) {
    const found = ((plan as { abbreviations?: { short: string; long: string }[] }).abbreviations ?? []).find((a) => a.short === short);
    if (!found || !foldForMatch(found.long).startsWith(foldForMatch(long))) misses.push(`abbreviation ${short}: ${found ? found.long : "missing"}`);
  }
  return { name, invented, missing, exact, fields: FIELDS.length, right, misses };
}

/** Scores every `<name>.txt` with its `<name>.json` in a folder. */
export function scoreFolder(dir: string): DocScore[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, "");
      return scoreDocument(name, readFileSync(join(dir, f), "utf8"), JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Expected);
    });
}

if (process.argv[1]?.endsWith("import-fixtures.ts")) {
  const scores = scoreFolder(process.argv[2] ?? "test/fixtures/import");
  for (const s of scores) {
    if (s.exact && s.right === s.fields && !s.misses.length) continue;
    console.log(`${s.name}: ${s.right}/${s.fields} fields${s.exact ? "" : ", task list differs"}`);
    for (const m of [...s.misses, ...s.invented.map((t) => `invented ${t}`), ...s.missing.map((t) => `missing ${t}`)]) console.log(`  ${m}`);
  }
  const fields = scores.reduce((n, s) => n + s.fields, 0);
  const right = scores.reduce((n, s) => n + s.right, 0);
  console.log(
    `documents ${scores.length}; invented tasks ${scores.reduce((n, s) => n + s.invented.length, 0)}; exact task lists ${scores.filter((s) => s.exact).length}/${scores.length}; metadata ${right}/${fields} (${((100 * right) / fields).toFixed(1)}%)`,
  );
}
