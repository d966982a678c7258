import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getPlan, rootPlan } from "../../src/corpus/index";
import { parseDeadline } from "../../src/deadline/parse";
import { importPlanCSV } from "../../src/import/import-csv";
import { importPlan } from "../../src/import/import-text";
import { link } from "../../src/match/link";
import { buildTargetIndex } from "../../src/match/target-index";
import { DeadlineSchema } from "../../src/model/deadline";
import { Dean06Error } from "../../src/model/errors";
import { planIntegrityIssues } from "../../src/model/integrity";
import { LinkResultSchema } from "../../src/model/link";
import { type Plan, PlanSchema } from "../../src/model/plan";
import { foldForMatch, toNFC } from "../../src/text/fold";
import { matchText } from "../../src/text/match-form";
import { makePlan } from "../helpers";

/**
 * Issue 10, point 3: the parsers, the normaliser and the linker on arbitrary Unicode — Vietnamese
 * in NFC and NFD mixed, zero-width characters (U+200B, U+FEFF …), control characters, line and
 * paragraph separators, lone surrogates, and lines of 100,000 characters without a line break —
 * never throw anything but a Dean06Error (most never throw at all), and keep their invariants:
 * deadlines validate with start ≤ end, plans validate with PlanSchema and their integrity checks,
 * every non-empty input line is accounted for, link scores are in 0..1 and every id a link names
 * exists. Runs per property are kept small (the 100k-character lines fewest) so that the suite
 * stays fast; the 10 MB inputs are in scale.test.ts.
 */

/** Pieces of plan text, deadlines and agencies, and of everything that should not be in them. */
const PIECES = [
  "Kết nối",
  "chia sẻ",
  "dữ liệu dân cư",
  "Cơ sở dữ liệu quốc gia",
  "định danh điện tử",
  "VNeID",
  "CSDLQG",
  "Công an tỉnh",
  "Sở Tư pháp",
  "chủ trì",
  "phối hợp",
  "UBND huyện",
  "Quý I năm 2022",
  "tháng 6/2022",
  "31/12/2026",
  "Thường xuyên",
  "cấp huyện từ 01/12/2022",
  "từ",
  "đến",
  "Số: 12/KH-UBND",
  "KẾ HOẠCH",
  "II. NHIỆM VỤ",
  "1.",
  "1.1.",
  "a)",
  "-",
  "•",
  "(Giao",
  ")",
  "(",
  "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian",
  "Phụ lục",
  "Kèm theo Quyết định số 06/QĐ-TTg",
  "|",
  "| --- |",
  "**",
  "<b>",
  "#",
  ";",
  ",",
  ".",
  '"',
  "\t",
  "  ",
  "\u200b",
  "\u200c",
  "\u200d",
  "\ufeff",
  "\u00a0",
  "\u3000",
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
  "\r",
  "\n",
  "\r\n",
  "\u0300",
  "\u0301",
  "\u0323",
  "\ud800",
  "\udfff",
  "😀",
  "𝐀",
];

/** The same text with each piece in NFC or NFD at random: mixed normal forms. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
);
const mixed = fc.tuple(piece, fc.boolean()).map(([text, nfd]) => (nfd ? text.normalize("NFD") : text));
const text = (maxLength: number) => fc.array(mixed, { maxLength }).chain((parts) => fc.constantFrom(parts.join(""), parts.join(" "), parts.join("\n")));

/** A line of 100,000 characters without a line break, repeating a random piece of text. */
const LONG = 100_000;
const longLine = fc.array(mixed, { minLength: 1, maxLength: 6 }).map((parts) => {
  const unit = parts.join(" ").replace(/[\r\n\u2028\u2029\u0085]/g, " ") || "đ";
  return unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG);
});

/** Runs `call`, and passes when it returns or throws a Dean06Error (anything else fails the property). */
function typedOrNothing<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch (error) {
    if (error instanceof Dean06Error) return undefined;
    throw error;
  }
}

function expectValidDeadline(deadline: unknown): void {
  const parsed = DeadlineSchema.parse(deadline);
  if (parsed.start && parsed.end) expect(parsed.start <= parsed.end, `${parsed.start} ≤ ${parsed.end}`).toBe(true);
  for (const part of parsed.parts) {
    expect(part.start <= part.end).toBe(true);
    // a part's text is the words a recogniser matched, as written: it starts where they do
    expect(parsed.raw).toContain(part.text);
    expect(foldForMatch(part.text)).toMatch(/^(?:ngay|th[ae]ng|quy|nam|sau|nua|\d)/);
  }
  for (const tier of parsed.tiers) if (tier.start && tier.end) expect(tier.start <= tier.end).toBe(true);
}

function expectValidPlan(plan: Plan): void {
  const parsed = PlanSchema.safeParse(plan);
  expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  expect(planIntegrityIssues(plan)).toEqual([]);
  for (const task of plan.tasks) expectValidDeadline(task.deadline);
}

/** Every non-empty line accounted for once, in order; every warning index valid. */
function expectAccounted(input: string, lines: { line: number; use: string; warning?: number }[], plan: Plan): void {
  const nonEmpty = toNFC(input)
    .replace(/^\ufeff/, "")
    .split(/\r\n|\r|\n/)
    .flatMap((line, i) => (line.trim() ? [i + 1] : []));
  expect(lines.map((l) => l.line)).toEqual(nonEmpty);
  for (const l of lines) if (l.use === "warning") expect(plan.warnings[l.warning!]).toBeDefined();
}

describe("parseDeadline on arbitrary text (property)", () => {
  const context = fc.oneof(fc.constant({}), fc.constant({ issuedOn: "2022-04-07" }), fc.constant({ issuedOn: null }), fc.record({ issuedOn: fc.string({ maxLength: 12 }) }));
  it("never throws, keeps the text as raw (NFC), validates and keeps start ≤ end", () => {
    fc.assert(
      fc.property(text(12), context, (input, ctx) => {
        const deadline = parseDeadline(input, ctx);
        expect(deadline.raw).toBe(toNFC(input));
        expectValidDeadline(deadline);
      }),
      { numRuns: 400 },
    );
  });

  it("reports each part in the words it was read from, also after characters outside the BMP", () => {
    // the folded text once counted such a character as one unit where it has two, shifting every part after it
    expect(parseDeadline("😀 Quý I năm 2022").parts.map((p) => p.text)).toEqual(["Quý I năm 2022"]);
    expect(parseDeadline("cấp tỉnh 😀 từ 01/6/2022; cấp huyện từ 01/12/2022").parts.map((p) => p.text)).toEqual(["01/6/2022", "01/12/2022"]);
  });

  it("reads NFC and NFD alike", () => {
    fc.assert(
      fc.property(text(10), (input) => {
        const nfc = parseDeadline(input.normalize("NFC"));
        const nfd = parseDeadline(input.normalize("NFD"));
        expect(nfd).toEqual(nfc);
      }),
      { numRuns: 200 },
    );
  });

  it("handles lines of 100,000 characters", () => {
    fc.assert(
      fc.property(longLine, (input) => expectValidDeadline(parseDeadline(input))),
      { numRuns: 8 },
    );
  });
});

describe("the normaliser on arbitrary text (property)", () => {
  it("toNFC is NFC and idempotent", () => {
    fc.assert(
      fc.property(text(12), (input) => {
        const nfc = toNFC(input);
        expect(nfc).toBe(input.normalize("NFC"));
        expect(toNFC(nfc)).toBe(nfc);
      }),
      { numRuns: 300 },
    );
  });

  it("foldForMatch gives single-spaced words without marks, idempotent, the same for NFC and NFD", () => {
    fc.assert(
      fc.property(text(12), (input) => {
        const folded = foldForMatch(input);
        expect(folded).toMatch(/^(?:[^\s\p{M}]+(?: [^\s\p{M}]+)*)?$/u);
        expect(folded).toBe(folded.toLowerCase());
        expect(foldForMatch(folded)).toBe(folded);
        expect(foldForMatch(input.normalize("NFD"))).toBe(foldForMatch(input.normalize("NFC")));
      }),
      { numRuns: 300 },
    );
  });

  it("matchText gives aligned words and clauses, the same for NFC and NFD", () => {
    fc.assert(
      fc.property(text(12), (input) => {
        const form = matchText(input);
        expect(form.toned).toHaveLength(form.folded.length);
        expect(form.clauses).toHaveLength(form.folded.length);
        for (const word of form.folded) expect(word).toMatch(/^[^\s\p{M}]+$/u);
        for (let i = 1; i < form.clauses.length; i++) expect(form.clauses[i]!).toBeGreaterThanOrEqual(form.clauses[i - 1]!);
        expect(matchText(input.normalize("NFD"))).toEqual(matchText(input.normalize("NFC")));
      }),
      { numRuns: 300 },
    );
  });

  it("handles lines of 100,000 characters", () => {
    fc.assert(
      fc.property(longLine, (input) => {
        expect(foldForMatch(input)).toMatch(/^(?:[^\s\p{M}]+(?: [^\s\p{M}]+)*)?$/u);
        const form = matchText(input);
        expect(form.toned).toHaveLength(form.folded.length);
      }),
      { numRuns: 8 },
    );
  });
});

describe("parsePlan and parsePlanCSV on arbitrary text (property)", () => {
  it("parsePlan never throws, gives a valid plan and accounts for every line", () => {
    fc.assert(
      fc.property(text(30), (input) => {
        const { plan, lines } = importPlan(input, { id: "bat-ky-2024" });
        expectValidPlan(plan);
        expectAccounted(input, lines, plan);
      }),
      { numRuns: 200 },
    );
  });

  it("parsePlanCSV throws nothing but ImportError, gives a valid plan and accounts for every line", () => {
    const header = fc.constantFrom(
      "STT;Nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm",
      "Mục,STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện,Sản phẩm,dean06",
      "Ref\tTask\tLead\tDeadline",
      "",
    );
    const cell = fc.oneof(mixed, fc.constantFrom('"a;b"', '"x\ny"', '"', '""', "I", "01", '{"task":{"line":3}}', '"{""plan"":{}}"'));
    const row = fc.array(cell, { maxLength: 8 }).chain((cells) => fc.constantFrom(cells.join(";"), cells.join(","), cells.join("\t")));
    const csv = fc.tuple(header, fc.array(row, { maxLength: 10 }), fc.constantFrom("\n", "\r\n", "\r")).map(([h, rows, eol]) => [h, ...rows].join(eol));
    fc.assert(
      fc.property(fc.oneof(csv, text(20)), (input) => {
        const result = typedOrNothing(() => importPlanCSV(input, { id: "bat-ky-2024" }));
        if (!result) return;
        expectValidPlan(result.plan);
        expectAccounted(input, result.lines, result.plan);
      }),
      { numRuns: 250 },
    );
  });

  it("both read lines of 100,000 characters", () => {
    fc.assert(
      fc.property(longLine, fc.constantFrom("", "II. NHIỆM VỤ\n1. ", "STT\tNhiệm vụ\tCơ quan chủ trì\n1\t"), (line, prefix) => {
        expectValidPlan(importPlan(prefix + line, { id: "bat-ky-2024" }).plan);
        const csv = typedOrNothing(() => importPlanCSV(`STT;Nhiệm vụ;Cơ quan chủ trì\n1;${line};${line}`, { id: "bat-ky-2024" }));
        if (csv) expectValidPlan(csv.plan);
      }),
      { numRuns: 6 },
    );
  });
});

describe("link on plans of arbitrary task texts (property)", () => {
  const nonBlank = text(10).filter((t) => t.trim().length > 0);

  function expectValidLinks(result: ReturnType<typeof link>, local: Plan, target: Plan): void {
    const localIds = new Set(local.tasks.map((t) => t.id));
    const targetIds = new Set(target.tasks.map((t) => t.id));
    // the words the linker reads in each task (OCR repaired against the target's vocabulary)
    const { vocabulary } = buildTargetIndex(target);
    const texts = new Map([...local.tasks, ...target.tasks].map((t) => [t.id, t.text]));
    const wordsOf = (id: string) => new Set(matchText(texts.get(id)!, vocabulary).folded);
    expect(LinkResultSchema.safeParse(result).success).toBe(true);
    for (const l of result.links) {
      expect(l.score).toBeGreaterThanOrEqual(0);
      expect(l.score).toBeLessThanOrEqual(1);
      expect(localIds.has(l.local), l.local).toBe(true);
      expect(targetIds.has(l.national), l.national).toBe(true);
      for (const c of l.evidence.runnersUp) expect(targetIds.has(c.national)).toBe(true);
      // every shared phrase is words both tasks have
      for (const term of l.evidence.sharedTerms) {
        for (const word of matchText(term).folded) {
          expect(wordsOf(l.local).has(word), `${l.local} "${term}"`).toBe(true);
          expect(wordsOf(l.national).has(word), `${l.national} "${term}"`).toBe(true);
        }
      }
    }
    for (const id of result.unlinked) expect(localIds.has(id)).toBe(true);
  }

  it("gives scores in 0..1 and only ids that exist, as a local plan and as the target", () => {
    fc.assert(
      fc.property(fc.array(nonBlank, { minLength: 1, maxLength: 5 }), (texts) => {
        const plan = makePlan(
          "bat-ky-2024",
          texts.map((t, i) => ({ ref: String(i + 1), text: t })),
        );
        expectValidLinks(link(plan), plan, rootPlan);
        const hue = getPlan("ninh-hoa-2022");
        expectValidLinks(link(hue, { to: plan }), hue, plan);
      }),
      { numRuns: 40 },
    );
  });

  it("links a plan whose tasks are lines of 100,000 characters", () => {
    fc.assert(
      fc.property(longLine, (line) => {
        const plan = makePlan("bat-ky-2024", [
          { ref: "1", text: line },
          { ref: "2", text: `Kết nối CSDLQG ${line.slice(0, 200)}` },
        ]);
        expectValidLinks(link(plan), plan, rootPlan);
      }),
      { numRuns: 4 },
    );
  });
});
