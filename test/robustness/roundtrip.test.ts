import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getPlan, plans } from "../../src/corpus/index";
import { parseDeadline } from "../../src/deadline/parse";
import { importPlanCSV, parsePlanCSV } from "../../src/import/import-csv";
import { planFromJSON } from "../../src/import/plan-json";
import type { Plan } from "../../src/model/plan";
import type { Task } from "../../src/model/task";
import { validatePlan } from "../../src/model/validate";
import { PLAN_CSV_HEADER, planToCSV } from "../../src/render/plan-csv";
import { cleanInput } from "../../src/text/input-clean";

/**
 * Issue 10, "nothing is lost": plan → CSV → plan over the whole corpus. planToCSV writes the task
 * table and a `dean06` data column (JSON) with what the table does not show; parsePlanCSV restores
 * it. Every field of the plan and of each task is compared, none skipped: the list below of what
 * cannot travel by CSV is empty, and the test fails if a field is added to the model without
 * being compared.
 */

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Fields that cannot travel through a CSV written by planToCSV: none. */
const NOT_CARRIED: readonly string[] = [];

const PLAN_FIELDS = [
  "id",
  "code",
  "title",
  "issuer",
  "level",
  "place",
  "issuedOn",
  "parents",
  "cites",
  "adopts",
  "source",
  "sections",
  "tasks",
  "services",
  "targets",
  "abbreviations",
  "agencies",
  "notes",
  "warnings",
];
const TASK_FIELDS = ["id", "ref", "section", "text", "lead", "coordinating", "deadline", "product", "line", "ocr", "uncertain", "notes"];

const OPTIONS = [{}, { delimiter: ";" as const, bom: true }, { delimiter: "\t" as const }];

describe("plan → CSV → plan is lossless", () => {
  it("compares every field of the model (nothing is left out unnoticed)", () => {
    expect(NOT_CARRIED).toEqual([]);
    for (const plan of plans) {
      expect(Object.keys(plan).sort()).toEqual([...PLAN_FIELDS].sort());
      for (const task of plan.tasks) expect(Object.keys(task).sort()).toEqual([...TASK_FIELDS].sort());
    }
  });

  it("round-trips a plan's own abbreviations", () => {
    const plan = { ...getPlan("ninh-hoa-2022"), abbreviations: [{ short: "NDXP", long: "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia" }] };
    const back = parsePlanCSV(planToCSV(plan), { id: plan.id });
    expect(back.abbreviations).toEqual(plan.abbreviations);
    expect(JSON.stringify(back)).toBe(JSON.stringify(plan));
  });

  it.each(plans.map((p) => [p.id, p] as const))("round-trips every field of %s, with each delimiter", (_, plan) => {
    for (const options of OPTIONS) {
      const back = parsePlanCSV(planToCSV(plan, options), { id: plan.id });
      // field by field first, for a readable failure …
      for (const field of PLAN_FIELDS.filter((f) => f !== "tasks")) expect(back[field as keyof Plan], `${plan.id}.${field}`).toEqual(plan[field as keyof Plan]);
      expect(back.tasks).toHaveLength(plan.tasks.length);
      plan.tasks.forEach((task, i) => {
        for (const field of TASK_FIELDS) expect(back.tasks[i]![field as keyof Task], `${task.id}.${field}`).toEqual(task[field as keyof Task]);
        // the parsed deadline is the one its text gives in the plan's context
        expect(back.tasks[i]!.deadline).toEqual(parseDeadline(task.deadline.raw || null, { issuedOn: plan.issuedOn }));
      });
      // … then the whole plan, and its JSON bytes
      expect(back).toEqual(plan);
      expect(JSON.stringify(back)).toBe(JSON.stringify(plan));
      expect(validatePlan(back)).toBe(back);
    }
  });

  it("round-trips plan → JSON → CSV → JSON → plan", () => {
    for (const plan of plans) expect(planFromJSON(JSON.stringify(parsePlanCSV(planToCSV(planFromJSON(JSON.stringify(plan))), { id: plan.id })))).toEqual(plan);
  });

  it("accounts for every line of the CSV it reads back, without warnings", () => {
    for (const plan of plans) {
      const csv = planToCSV(plan);
      const { plan: back, lines } = importPlanCSV(csv, { id: plan.id });
      const nonEmpty = csv
        .split("\n")
        .map((l, i) => [i + 1, l] as const)
        .filter(([, l]) => l.trim());
      expect(lines.map((l) => l.line)).toEqual(nonEmpty.map(([n]) => n));
      expect(lines.filter((l) => l.use === "warning")).toEqual([]);
      expect(lines[1]).toEqual({ line: 2, use: "metadata", what: "preamble" });
      expect(back.warnings).toEqual(plan.warnings);
    }
  });

  it("lets meta override the plan's fields, and a renamed plan keeps its tasks and services", () => {
    const hue = getPlan("hue-2022");
    const back = parsePlanCSV(planToCSV(hue), { id: "hue-copy-2022", code: "9/KH-UBND", parents: ["qd-06-2022"], issuedOn: "2022-04-08" });
    expect(back).toMatchObject({ id: "hue-copy-2022", code: "9/KH-UBND", parents: ["qd-06-2022"], issuedOn: "2022-04-08", title: hue.title, issuer: hue.issuer });
    expect(back.tasks.map((t) => t.id)).toEqual(hue.tasks.map((t) => t.id.replace("hue-2022:", "hue-copy-2022:")));
    expect(back.services.map((s) => s.id)).toEqual(hue.services.map((s) => s.id.replace("hue-2022:", "hue-copy-2022:")));
  });

  it("reads an edited visible cell as written, over the data column", () => {
    const plan = getPlan("qd-06-2022");
    const csv = planToCSV(plan);
    const task = plan.tasks.find((t) => t.id === "qd-06-2022:V.11")!;
    // the deadline cell of V.11's row (its cells span lines: agencies one per line)
    const cellAt = csv.indexOf(`,${task.deadline.raw},`, csv.indexOf("\nV,V.11,"));
    const edited = `${csv.slice(0, cellAt)},Quý IV/2023,${csv.slice(cellAt + task.deadline.raw.length + 2)}`;
    const back = parsePlanCSV(edited, { id: plan.id });
    const read = back.tasks.find((t) => t.id === task.id)!;
    expect(read.deadline).toMatchObject({ raw: "Quý IV/2023", end: "2023-12-31" });
    expect(read).toMatchObject({ text: task.text, lead: task.lead, ocr: task.ocr, uncertain: task.uncertain, notes: task.notes, line: task.line });
    expect(back.tasks.filter((t) => t.id !== task.id)).toEqual(plan.tasks.filter((t) => t.id !== task.id));
  });

  it("reports a data cell it cannot use, and reads the rest of the row", () => {
    const plan = getPlan("ninh-hoa-2022");
    const rows = planToCSV(plan).split("\n");
    rows[1] = `${",".repeat(PLAN_CSV_HEADER.length)}"{""plan"": {""code"": 3}}"`;
    rows[3] = rows[3]!.replace(/,"\{.*\}"$/, ',"{not json"');
    const back = parsePlanCSV(rows.join("\n"), { id: plan.id });
    expect(back.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2: the plan data in the dean06 cell is not valid \(code: /), "4: the dean06 cell is not JSON; it was not read"]),
    );
    expect(back.tasks.map((t) => t.text)).toEqual(plan.tasks.map((t) => t.text));
    expect(back.tasks[0]!.line).not.toBe(plan.tasks[0]!.line);
  });

  it("writes the seven columns alone with lossless: false, and for a bare task list", () => {
    const plan = getPlan("ninh-hoa-2022");
    expect(planToCSV(plan, { lossless: false }).split("\n")[0]).toBe(PLAN_CSV_HEADER.join(","));
    expect(planToCSV({ sections: plan.sections, tasks: plan.tasks }).split("\n")[0]).toBe(PLAN_CSV_HEADER.join(","));
    expect(planToCSV(plan).split("\n")[0]).toBe(`${PLAN_CSV_HEADER.join(",")},dean06`);
  });
});

// Arbitrary plans: every field of every task arbitrary (refs with leading zeros, text with line
// breaks, quotes, delimiters and surrounding spaces, agency lists the grammar would split
// otherwise, empty products, OCR text, notes), on a corpus plan's metadata, services and targets.
// Text as every importer keeps it (cleanInput: NFC, no control characters); formula-like cells
// ("=1+1", "- Kết nối", "'=x") are guarded by planToCSV and read back as they were.
const nfc = (s: string) => cleanInput(s).text;
const TRICKY = [
  "",
  " ",
  "  ",
  "\n",
  "\r\n",
  "\r",
  "\t",
  ",",
  ";",
  '"',
  '""',
  "\u200b",
  "\ufeff",
  "Ho\u0300a",
  "Công an tỉnh, Sở Tư pháp",
  "Các sở, ngành",
  "Quý I/2022",
  "1",
  "I",
  "=1+1",
  "+",
  "-",
  "- ",
  "@",
  "'",
  "'=",
  "＝",
  "-30",
];
const piece = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "grapheme", maxLength: 12 }));
const str = fc.array(piece, { maxLength: 5 }).map((parts) => nfc(parts.join("")));
const nonEmpty = str.filter((s) => s.length > 0);
const ref = fc.stringMatching(/^(?:0?[0-9]{1,2}|[IVX]{1,3}|[a-z])(?:\.(?:0?[0-9]{1,2}|[a-z])){0,2}$/);
const arbitraryTask = fc.record({
  ref,
  text: nonEmpty,
  lead: fc.array(nonEmpty, { maxLength: 3 }),
  coordinating: fc.array(nonEmpty, { maxLength: 3 }),
  deadline: str,
  product: fc.option(str, { nil: null }),
  line: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }),
  ocr: fc.option(str, { nil: null }),
  uncertain: fc.subarray(["text", "lead", "deadline"] as const),
  notes: fc.array(str, { maxLength: 2 }),
  section: fc.constantFrom("I", "II", "1", "A  B", " x", "Phần 1"),
});
const SECTION_TITLES: Record<string, string> = { I: "CÔNG TÁC CHUẨN BỊ", II: "Nhiệm vụ  cụ thể ", "1": "Nhiệm vụ", "A  B": "A\nB", " x": "x", "Phần 1": '"Phần" 1' };

type ArbitraryTask = typeof arbitraryTask extends fc.Arbitrary<infer T> ? T : never;

function arbitraryPlan(base: Plan, tasks: ArbitraryTask[]): Plan {
  const seen = new Set<string>();
  const unique = tasks.filter((t) => !seen.has(t.ref) && seen.add(t.ref));
  const sections = [...new Set(unique.map((t) => t.section))].map((ref) => ({ ref, title: SECTION_TITLES[ref]! }));
  const plan = {
    ...clone(base),
    id: "bat-ky-2024",
    sections: [...sections, { ref: "IX", title: "Mục không có nhiệm vụ" }],
    tasks: unique.map((t) => ({ ...t, id: `bat-ky-2024:${t.ref}`, deadline: parseDeadline(t.deadline || null, { issuedOn: base.issuedOn }) })),
    services: clone(base.services).map((s) => ({ ...s, id: `bat-ky-2024:service:${s.ref}` })),
  };
  return validatePlan(plan);
}

describe("plan → CSV → plan is lossless for arbitrary plans (property)", () => {
  it("restores every field of arbitrary tasks", () => {
    fc.assert(
      fc.property(fc.constantFrom("hue-2022", "hcmc-2024"), fc.array(arbitraryTask, { minLength: 1, maxLength: 6 }), fc.constantFrom(...OPTIONS), (base, tasks, options) => {
        const plan = arbitraryPlan(getPlan(base), tasks);
        const { plan: back, lines } = importPlanCSV(planToCSV(plan, options), { id: plan.id });
        expect(back).toEqual(plan);
        expect(lines.filter((l) => l.use === "warning")).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
