// npx tsx scripts/import-heldout.ts [--verbose] — the importer on the held-out documents of
// test/fixtures/import-heldout/ (written apart from the importer; README there says how): per
// document and overall, tasks invented (matching no expected task), exact task lists, metadata
// fields right (code, issue date, place, level, each expected parent) and targets found.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importPlan } from "../src/import/import-text";
import type { Plan } from "../src/model/plan";

const DIR = fileURLToPath(new URL("../test/fixtures/import-heldout/", import.meta.url));

interface Expected {
  kind: string;
  meta: { code: string; issuedOn: string; place: string; level: string; parentsInclude: string[] };
  tasks: string[];
  minTargets?: number;
}

/** One document's score. */
export interface HeldOutScore {
  file: string;
  tasks: number;
  expected: number;
  invented: number;
  exact: boolean;
  fields: number;
  right: number;
  targetsOk: boolean | null;
  misses: string[];
  plan: Plan;
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
/** A task matches an expected phrase when ≥ 80% of the phrase's words are among its text, lead and coordinating agencies. */
const matches = (task: string, phrase: string) => {
  const have = new Set(task.split(" "));
  const words = phrase.split(" ");
  return words.filter((w) => have.has(w)).length >= 0.8 * words.length;
};

function score(file: string, want: Expected): HeldOutScore {
  const plan = importPlan(readFileSync(join(DIR, file), "utf8"), { id: file.replace(".txt", "") }).plan;
  const texts = plan.tasks.map((t) => fold([t.text, ...t.lead, ...t.coordinating].join(" ")));
  const phrases = want.tasks.map(fold);
  const invented = texts.filter((t) => !phrases.some((p) => matches(t, p))).length;
  let found = 0;
  for (const t of texts) if (found < phrases.length && matches(t, phrases[found]!)) found++;
  const exact = texts.length === phrases.length && found === phrases.length;
  const misses: string[] = [];
  const got = { code: plan.code, issuedOn: plan.issuedOn, place: plan.place, level: plan.level };
  let fields = 0;
  let right = 0;
  for (const key of ["code", "issuedOn", "place", "level"] as const) {
    fields++;
    const ok = key === "place" ? fold(String(got.place ?? "")).endsWith(fold(want.meta.place)) : key === "code" ? fold(got.code) === fold(want.meta.code) : got[key] === want.meta[key];
    if (ok) right++;
    else misses.push(`${key} ${JSON.stringify(got[key])}, expected ${JSON.stringify(want.meta[key])}`);
  }
  for (const parent of want.meta.parentsInclude) {
    fields++;
    if (plan.parents.includes(parent)) right++;
    else misses.push(`parent ${parent} missing (${plan.parents.join(", ") || "none"})`);
  }
  const targetsOk = want.minTargets === undefined ? null : plan.targets.length >= want.minTargets;
  if (targetsOk === false) misses.push(`${plan.targets.length} targets, expected ≥ ${want.minTargets}`);
  return { file, tasks: texts.length, expected: phrases.length, invented, exact, fields, right, targetsOk, misses, plan };
}

/** Scores every held-out document. */
export function scoreHeldOut(): HeldOutScore[] {
  const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<string, Expected>;
  return Object.entries(expected).map(([file, want]) => score(file, want));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const scores = scoreHeldOut();
  for (const s of scores) {
    console.log(`${s.file}: tasks ${s.tasks}/${s.expected}${s.exact ? " exact" : ""}${s.invented ? `, ${s.invented} invented` : ""}${s.misses.length ? `; ${s.misses.join("; ")}` : ""}`);
    if (process.argv.includes("--verbose") && !s.exact) for (const t of s.plan.tasks) console.log(`    ${t.ref} | ${t.text.slice(0, 90)}`);
  }
  const sum = (f: (s: HeldOutScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const targets = scores.filter((s) => s.targetsOk !== null);
  console.log(
    `\n${scores.length} documents: invented tasks ${sum((s) => s.invented)}; exact task lists ${sum((s) => +s.exact)}/${scores.length}; metadata ${sum((s) => s.right)}/${sum((s) => s.fields)} (${((100 * sum((s) => s.right)) / sum((s) => s.fields)).toFixed(1)}%); targets ${targets.filter((s) => s.targetsOk).length}/${targets.length}`,
  );
}
