import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importPlanCSV, parsePlanCSV } from "../../src/import/import-csv";
import type { ImportResult } from "../../src/import/import-plan";
import { importPlan, parsePlan } from "../../src/import/import-text";
import { LineAccountSchema } from "../../src/model/plan";
import { stripMarkup } from "../../src/text/markup";
import { COORDINATING_LABELS, DEADLINE_LABELS, LEAD_LABELS, PRODUCT_LABELS } from "../../src/text/plan-words";

/**
 * Nothing is lost in the importers: every non-empty line of the input has exactly one account —
 * part of a task or service, metadata, or a warning — and a line given to a task really is in it.
 */

const file = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), "utf8");
const SEEDS = readdirSync(fileURLToPath(new URL("../../seeds/raw", import.meta.url))).filter((f) => f.endsWith(".txt"));

/** Words as letter and digit runs of the NFC text, lower case; numbers without leading zeros ("01" is row 1). */
const words = (text: string) => (text.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w.toLowerCase()));

/**
 * The words an importer takes out of a task's line as labels of the fields they introduce: "(Thời
 * gian thực hiện: …)", "(Sản phẩm: …)", "(Giao X chủ trì, phối hợp với Y thực hiện)", and the "và"
 * between two agencies of a list.
 */
const CLAUSE_WORDS = new Set(words([...DEADLINE_LABELS, ...PRODUCT_LABELS, ...LEAD_LABELS, ...COORDINATING_LABELS, "giao cho chủ trì phối hợp chặt chẽ với thực hiện và"].join(" ")));

/** What an importer reads of an input line and of a task's fields, to compare their words. */
interface Cleaning {
  line: (line: string) => string;
  field: (text: string) => string;
}

/** The text importer strips markup from its lines and keeps the rest as written. */
const TEXT: Cleaning = { line: stripMarkup, field: (text) => text };

/** The non-empty lines of an input (NFC, any line end), by their 1-based number. */
function nonEmptyLines(input: string): Map<number, string> {
  const lines = new Map<number, string>();
  input
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .forEach((line, i) => {
      if (line.trim() !== "") lines.set(i + 1, line);
    });
  return lines;
}

/**
 * Checks the account of an import; `clean` is what the importer reads of a line (the text importer
 * strips markup from lines; CSV quotes may be syntax or text, so words are compared without them). A word of a task's line missing from the task must be a clause label, or the line
 * or the task's first line must have a warning (a renamed ref, an STT replaced by the row's
 * position, extra cells of a CSV row).
 */
function expectAccounted(input: string, { plan, lines }: ImportResult, clean: Cleaning): void {
  const nonEmpty = nonEmptyLines(input);
  expect(LineAccountSchema.array().safeParse(lines).success).toBe(true);
  // exactly one account per non-empty line, in line order
  expect(lines.map((l) => l.line)).toEqual([...nonEmpty.keys()]);
  const items = new Map<string, Set<string>>();
  for (const t of plan.tasks) items.set(t.id, new Set(words(clean.field([t.ref, t.text, ...t.lead, ...t.coordinating, t.deadline.raw, t.product ?? "", ...t.notes].join(" ")))));
  for (const s of plan.services) items.set(s.id, new Set(words(clean.field([s.ref, s.name, ...s.lead, ...s.coordinating, s.deadline.raw, String(s.serviceLevel ?? ""), ...s.notes].join(" ")))));
  const warned = new Set(plan.warnings.map((w) => w.line));
  const firstLine = new Map([...plan.tasks, ...plan.services].map((item) => [item.id, item.line]));
  for (const account of lines) {
    if (account.use === "warning") {
      expect(plan.warnings[account.warning], `line ${account.line}`).toBeDefined();
    } else if (account.use === "task" || account.use === "service") {
      const item = items.get(account.id);
      expect(item, `line ${account.line}: ${account.id}`).toBeDefined();
      // a paragraph listing items inline ("(i) …; (ii) …") is one line of several tasks (or groups of
      // them, under the same parent): its words are among theirs
      const sharing = [...plan.tasks, ...plan.services].filter((other) => other.id !== account.id && other.line === account.line).map((other) => items.get(other.id)!);
      const owner = plan.tasks.find((t) => t.id === account.id);
      const parent = owner?.ref.includes(".") ? owner.ref.slice(0, owner.ref.lastIndexOf(".")) : null;
      if (parent) for (const section of plan.sections) if (section.ref === parent || section.ref.startsWith(`${parent}.`)) sharing.push(new Set(words(clean.field(`${section.ref} ${section.title}`))));
      const lost = words(clean.line(nonEmpty.get(account.line)!)).filter((w) => !item!.has(w) && !sharing.some((s) => s.has(w)) && !CLAUSE_WORDS.has(w));
      if (!warned.has(account.line) && !warned.has(firstLine.get(account.id)!)) expect(lost, `line ${account.line} of ${account.id}`).toEqual([]);
    }
  }
  // every task has lines (an inline item's line is its paragraph's, accounted to the first item read from it)
  const owned = new Set(lines.flatMap((l) => (l.use === "task" || l.use === "service" ? [l.id] : [])));
  const ownedLines = new Set(lines.flatMap((l) => (l.use === "task" || l.use === "service" ? [l.line] : [])));
  expect([...plan.tasks, ...plan.services].filter((item) => !owned.has(item.id) && !(item.line !== null && ownedLines.has(item.line))).map((item) => item.id)).toEqual([]);
}

describe("the text importer accounts for every non-empty line", () => {
  it.each(SEEDS)("%s", (name) => {
    const text = file(`seeds/raw/${name}`);
    const result = importPlan(text, { id: "tai-khoan" });
    expectAccounted(text, result, TEXT);
    expect(result.plan).toEqual(parsePlan(text, { id: "tai-khoan" }));
  });

  it("a plan whose tasks have labelled fields and assignment brackets", () => {
    const text = [
      "KẾ HOẠCH",
      "II. NHIỆM VỤ",
      "1. Triển khai kết nối dữ liệu hộ tịch.",
      "- Cơ quan chủ trì: Phòng Tư pháp.",
      "- Cơ quan phối hợp: Công an huyện, UBND các xã.",
      "- Thời gian thực hiện: Quý IV/2022.",
      "2. Tích hợp thẻ BHYT trên ứng dụng VNeID. Đơn vị thực hiện: Bảo hiểm xã hội huyện. Thời hạn: tháng 6/2022.",
      "Cơ quan phối hợp: Trung tâm Y tế huyện.",
      "3. Cấp căn cước công dân (Giao Công an huyện chủ trì, phối hợp với UBND các xã thực hiện; thời gian: thường xuyên).",
      "4. Số hóa hồ sơ:",
      "- Đơn vị chủ trì: Văn phòng UBND huyện.",
      "a) Số hóa hồ sơ hộ tịch.",
    ].join("\n");
    const result = importPlan(text, { id: "truong" });
    expectAccounted(text, result, TEXT);
    expect(result.lines.filter((l) => l.line >= 4 && l.line <= 6)).toEqual([4, 5, 6].map((line) => ({ line, use: "task", id: "truong:1" })));
    expect(result.lines.find((l) => l.line === 8)).toEqual({ line: 8, use: "task", id: "truong:2" });
    expect(result.plan.tasks[1]).toMatchObject({ lead: ["Bảo hiểm xã hội huyện"], coordinating: ["Trung tâm Y tế huyện"] });
    expect(result.lines.find((l) => l.line === 11)).toEqual({ line: 11, use: "metadata", what: "group heading" });
  });

  it("examples/plan-example.txt", () => {
    const text = file("examples/plan-example.txt");
    expectAccounted(text, importPlan(text, { id: "vi-du" }), TEXT);
  });

  it("reports a line it cannot use with its number", () => {
    const text = ["Số: 5/KH-UBND", "KẾ HOẠCH", "I. NHIỆM VỤ", "1. Kết nối dữ liệu hộ tịch.", "", "II. TỔ CHỨC THỰC HIỆN", "Công an tỉnh theo dõi."].join("\n");
    const { plan, lines } = importPlan(text, { id: "bao-cao" });
    expect(lines).toEqual([
      { line: 1, use: "metadata", what: "preamble" },
      { line: 2, use: "metadata", what: "preamble" },
      { line: 3, use: "metadata", what: "section heading" },
      { line: 4, use: "task", id: "bao-cao:1" },
      { line: 6, use: "metadata", what: "section heading" },
      { line: 7, use: "warning", warning: expect.any(Number) },
    ]);
    const warning = plan.warnings[(lines[5] as { warning: number }).warning]!;
    expect(warning).toMatchObject({ line: 7, text: "Công an tỉnh theo dõi." });
    expect(warning.message).toMatch(/section II\. TỔ CHỨC THỰC HIỆN \(lines 7–7\) does not announce tasks/);
  });

  it("says 'line N not used' for prose it cannot place", () => {
    const { plan, lines } = importPlan("The quick brown fox\njumps over the lazy dog.", { id: "prose" });
    expect(lines.map((l) => l.use)).toEqual(["warning", "warning"]);
    expect(plan.warnings[(lines[0] as { warning: number }).warning]).toMatchObject({ line: 1, message: expect.stringMatching(/^lines 1–2 not used/) });
  });
});

/** CSV quotes delimit cells or are text ("0"A → 0A, 0"A → 0"A): words are compared without them. */
const CSV: Cleaning = { line: (line) => line.replace(/"/g, ""), field: (text) => text.replace(/"/g, "") };

describe("the CSV importer accounts for every non-empty line", () => {
  it("examples/plan-example.csv", () => {
    const csv = file("examples/plan-example.csv");
    const result = importPlanCSV(csv, { id: "vi-du" });
    expectAccounted(csv, result, CSV);
    expect(result.plan).toEqual(parsePlanCSV(csv, { id: "vi-du" }));
  });

  it("accounts for header, sections, multi-line cells, empty rows and rows without text", () => {
    const csv = ["STT;Nhiệm vụ;Cơ quan chủ trì", "I;CHUẨN BỊ;", '1;"Kết nối', 'dữ liệu";Công an tỉnh', ";;", "2;;Sở Tư pháp"].join("\n");
    const { plan, lines } = importPlanCSV(csv, { id: "bang" });
    expect(lines.map((l) => [l.line, l.use === "metadata" ? l.what : l.use])).toEqual([
      [1, "table header"],
      [2, "section heading"],
      [3, "task"],
      [4, "task"],
      [5, "formatting"],
      [6, "warning"],
    ]);
    expect(plan.warnings.map((w) => w.line)).toContain(6);
  });
});

/** Lines that look like the parts of plans, to build plan-like texts from. */
const FRAGMENTS = [
  "Số: 12/KH-UBND",
  "KẾ HOẠCH",
  "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;",
  "I. MỤC TIÊU",
  "II. NHIỆM VỤ, GIẢI PHÁP",
  "III. TỔ CHỨC THỰC HIỆN",
  "1. Hoàn thiện thể chế",
  "1.1. Kết nối dữ liệu (Thời gian thực hiện: Quý I năm 2022)",
  "(Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp)",
  "a) Phòng Tư pháp chủ trì thực hiện kết nối",
  "- Rà soát thủ tục hành chính",
  "định kỳ hằng tháng.",
  "Phụ lục II",
  "DANH MỤC NHIỆM VỤ",
  "(Kèm theo Kế hoạch số 12/KH-UBND ngày 01/3/2022)",
  "(Kèm theo Quyết định số 06/QĐ-TTg ngày 06/01/2022)",
  "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian",
  "1\tKết nối dữ liệu\tCông an tỉnh\tQuý I năm 2022",
  "\tII\tKẾT NỐI\t\t",
  "---\t---\t---",
  "STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian thực",
  "hiện",
  "2 Tham gia góp ý Luật Cư trú Công an tỉnh Sở Tư pháp Tháng 6/2026",
  "\tTT",
  "\tNội dung, nhiệm vụ",
  "\tĐơn vị chủ trì",
  "\tThời gian",
  "\t01",
  "| STT | Nhiệm vụ | Chủ trì |",
  "|---|---|---|",
  "| 1 | Số hóa hồ sơ | Văn phòng UBND tỉnh |",
  "<b></b>",
  "12",
  "",
  "Nơi nhận:",
  // front matter and list styles of issue #24
  "| ỦY BAN NHÂN DÂN TỈNH HẬU GIANG -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |",
  "| Số: 45/KH-UBND | Hậu Giang, ngày 08 tháng 03 năm 2022 |",
  "<tr><td>Số: 210/KH-UBND</td><td>Đông Anh, ngày 12 tháng 04 năm 2023</td></tr>",
  "Số: 905/UBND-NC",
  "V/v triển khai Đề án 06\tQuảng Bình, ngày 12 tháng 5 năm 2022",
  "Kính gửi: Các sở, ngành.",
  "CHỈ THỊ",
  "QUYẾT ĐỊNH",
  "QUYẾT ĐỊNH:",
  "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
  "BÁO CÁO",
  "TM. ỦY BAN NHÂN DÂN",
  "KT. CHỦ TỊCH",
  "Nguyễn Văn An",
  "- Lưu: VT.",
  "1. Công an tỉnh chủ trì: (i) rà soát dữ liệu; (ii) cấp tài khoản.",
  "(iii) Hướng dẫn người dân.",
  "aa) Số hóa hồ sơ.",
  "101. Kết nối dữ liệu.",
  "(1) Nhiệm vụ khác.",
  "- Năm 2023: 100% hồ sơ được số hóa.",
  "Chi tiết tại Phụ lục kèm theo.",
  "(sau đây viết tắt là NDXP)",
];

const fragmentText = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, fc.string({ unit: "grapheme", maxLength: 30 })), { maxLength: 40 }).map((parts) => parts.join("\n"));
/** Mixed NFC and NFD, zero-width and control characters, any line ends. */
const messyText = fc
  .array(
    fc.oneof(fc.constantFrom(...FRAGMENTS, "Ho\u0300a", "Ng\u0323\u0302", "\u200b", "\u200d", "\u0000", "\u0007", "\ufeff", "\r\n", "\r", "\n", "\t"), fc.string({ unit: "binary", maxLength: 8 })),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

describe("the importers account for every non-empty line of any input (property)", () => {
  it("text: any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => expectAccounted(text, importPlan(text, { id: "bat-ky" }), TEXT)),
      { numRuns: 150 },
    );
  });

  it("text: plan-like fragments", () => {
    fc.assert(
      fc.property(fragmentText, (text) => expectAccounted(text, importPlan(text, { id: "bat-ky" }), TEXT)),
      { numRuns: 400 },
    );
  });

  it("text: mixed NFC/NFD, zero-width and control characters", () => {
    fc.assert(
      fc.property(messyText, (text) => expectAccounted(text, importPlan(text, { id: "bat-ky" }), TEXT)),
      { numRuns: 300 },
    );
  });

  it("CSV: rows of plan-like cells", () => {
    const cell = fc.oneof(fc.constantFrom("1", "I", "01.", "II", "", '"', '"a;b"', '"x\ny"', "Kết nối dữ liệu", "Công an tỉnh, Sở Tư pháp", "Quý I/2024", "\u200b"), fc.string({ maxLength: 12 }));
    const csv = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 10 }).map((rows) => ["STT;Nhiệm vụ;Cơ quan chủ trì;Thời gian", ...rows.map((r) => r.join(";"))].join("\n"));
    fc.assert(
      fc.property(csv, (text) => expectAccounted(text, importPlanCSV(text, { id: "bat-ky" }), CSV)),
      { numRuns: 300 },
    );
  });
});
