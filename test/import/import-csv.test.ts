import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plans } from "../../src/corpus/index";
import { parsePlanCSV } from "../../src/import/import-csv";
import { Dean06Error, ImportError } from "../../src/model/errors";
import { planIntegrityIssues } from "../../src/model/integrity";
import { type Plan, PlanSchema } from "../../src/model/plan";
import { planToCSV } from "../../src/render/plan-csv";

const example = readFileSync(fileURLToPath(new URL("../../examples/plan-example.csv", import.meta.url)), "utf8");

/** What a CSV round trip must keep of each task (an empty product cell reads back as null). */
const tasksOf = (plan: Plan) =>
  plan.tasks.map((t) => ({ ref: t.ref, section: t.section, text: t.text, lead: t.lead, coordinating: t.coordinating, deadline: t.deadline.raw, product: t.product || null }));
const sectionsOf = (plan: Plan) => plan.sections.filter((s) => plan.tasks.some((t) => t.section === s.ref));

describe("parsePlanCSV", () => {
  it("reads the example spreadsheet", () => {
    const plan = parsePlanCSV(example, { id: "vi-du-2024", issuer: "UBND huyện Ví Dụ", code: "45/KH-UBND", issuedOn: "2024-03-15" });
    expect(plan).toMatchObject({ code: "45/KH-UBND", issuer: "UBND huyện Ví Dụ", level: "district", source: { method: "imported-csv" } });
    expect(plan.warnings).toEqual([]);
    expect(plan.sections.map((s) => s.ref)).toEqual(["I", "II", "III"]);
    expect(plan.tasks.map((t) => t.ref)).toEqual(["I.1", "I.2", "II.1", "II.2", "II.3", "III.1", "III.2"]);
    expect(plan.tasks[1]).toMatchObject({ lead: ["Công an huyện"], coordinating: ["Phòng Tư pháp", "Văn phòng HĐND và UBND huyện"], line: 4 });
    expect(plan.tasks[3]!.text).toMatch(/^Rà soát, cắt giảm thành phần hồ sơ .*; không yêu cầu/);
    expect(plan.tasks[6]).toMatchObject({ coordinating: ["Bảo hiểm xã hội huyện", "Ngân hàng Chính sách xã hội huyện"], product: "Danh sách đối tượng được chi trả" });
    expect(plan.tasks[6]!.deadline).toMatchObject({ raw: "6 tháng cuối năm 2024", end: "2024-12-31" });
  });

  it("round-trips the example through planToCSV", () => {
    const plan = parsePlanCSV(example, { id: "vi-du-2024" });
    const back = parsePlanCSV(planToCSV(plan), { id: "vi-du-2024" });
    expect(tasksOf(back)).toEqual(tasksOf(plan));
    expect(back.sections).toEqual(plan.sections);
  });

  it.each(plans.map((p) => [p.id, p] as const))("round-trips the tasks of %s through planToCSV", (_, plan) => {
    for (const options of [{}, { delimiter: ";" as const, bom: true }, { delimiter: "\t" as const }]) {
      const back = parsePlanCSV(planToCSV(plan, options), { id: plan.id });
      expect(tasksOf(back)).toEqual(tasksOf(plan));
      expect(back.sections).toEqual(sectionsOf(plan));
    }
  });

  it("accepts a byte-order mark, commas, reordered columns and quoted cells with line breaks", () => {
    const csv = [
      "\ufeffThời gian thực hiện,Cơ quan phối hợp,Nhiệm vụ,STT,Cơ quan chủ trì",
      'Quý I năm 2024,"Sở Tư pháp, Văn phòng UBND tỉnh","Kết nối dữ liệu hộ tịch,',
      'bảo đảm ""đúng, đủ, sạch, sống""",01,Công an tỉnh',
      "Thường xuyên,,Số hóa hồ sơ,02,Văn phòng UBND tỉnh",
    ].join("\r\n");
    const plan = parsePlanCSV(csv, { id: "thu-csv" });
    expect(plan.tasks.map((t) => [t.ref, t.text, t.lead, t.coordinating, t.deadline.raw, t.line])).toEqual([
      ["1", 'Kết nối dữ liệu hộ tịch, bảo đảm "đúng, đủ, sạch, sống"', ["Công an tỉnh"], ["Sở Tư pháp", "Văn phòng UBND tỉnh"], "Quý I năm 2024", 2],
      ["2", "Số hóa hồ sơ", ["Văn phòng UBND tỉnh"], [], "Thường xuyên", 4],
    ]);
  });

  it("detects semicolons and reads agencies separated by semicolons", () => {
    const plan = parsePlanCSV("STT;Nhiệm vụ;Chủ trì\n1;Kết nối, chia sẻ dữ liệu;Công an tỉnh; Sở Tư pháp", { id: "cham-phay" });
    expect(plan.tasks[0]).toMatchObject({ text: "Kết nối, chia sẻ dữ liệu", lead: ["Công an tỉnh"] });
    expect(plan.warnings.map((w) => w.message).join(" ")).toMatch(/row has 4 cells for 3 columns/);
  });

  it("reads a single agency column that names both roles", () => {
    const csv =
      'STT,Nhiệm vụ,Đơn vị thực hiện,Thời gian\n1,Kết nối dữ liệu hộ tịch,"Chủ trì: Phòng Tư pháp\nPhối hợp: Công an huyện, UBND các xã",Quý II/2022\n2,Số hóa hồ sơ,"Văn phòng UBND huyện chủ trì, phối hợp Phòng Nội vụ",Năm 2022\n3,Tuyên truyền,Phòng Văn hóa và Thông tin,Năm 2022';
    const plan = parsePlanCSV(csv, { id: "mot-cot" });
    expect(plan.tasks.map((t) => [t.lead, t.coordinating])).toEqual([
      [["Phòng Tư pháp"], ["Công an huyện", "UBND các xã"]],
      [["Văn phòng UBND huyện"], ["Phòng Nội vụ"]],
      [["Phòng Văn hóa và Thông tin"], []],
    ]);
    expect(tasksOf(parsePlanCSV(planToCSV(plan), { id: "mot-cot" }))).toEqual(tasksOf(plan));
    // a partner cell with its label, a lead cell naming only partners, "X thực hiện"
    const more = parsePlanCSV('STT;Nhiệm vụ;Chủ trì;Phối hợp\n1;Kết nối;Phòng Tư pháp;Phối hợp: Công an huyện\n2;Số hóa;"Chủ trì:\nPhối hợp: Phòng Tư pháp";\n3;Rà soát;Công an huyện thực hiện;', {
      id: "nhan",
    });
    expect(more.tasks.map((t) => [t.lead, t.coordinating])).toEqual([
      [["Phòng Tư pháp"], ["Công an huyện"]],
      [[], ["Phòng Tư pháp"]],
      [["Công an huyện"], []],
    ]);
    // roles in clauses or marked after the names
    const roles = parsePlanCSV('STT;Nhiệm vụ;Đơn vị thực hiện\n1;Kết nối;"Phòng Tư pháp chủ trì; Công an huyện phối hợp"\n2;Số hóa;"Công an huyện (chủ trì), Phòng Tư pháp (phối hợp), UBND các xã"', {
      id: "vai-tro",
    });
    expect(roles.tasks.map((t) => [t.lead, t.coordinating])).toEqual([
      [["Phòng Tư pháp"], ["Công an huyện"]],
      [["Công an huyện"], ["Phòng Tư pháp", "UBND các xã"]],
    ]);
  });

  it("gives a roman row's agencies and deadline to the numbered rows under it that leave them empty", () => {
    const csv = [
      "STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành",
      "I,Nhóm nhiệm vụ hoàn thiện thể chế,Sở Tư pháp,,Quý III/2022",
      "1,Rà soát văn bản quy phạm pháp luật,,Công an tỉnh,",
      "2,Đề xuất sửa đổi quy định về TTHC,Văn phòng UBND tỉnh,,Tháng 12/2022",
      "II,Nhóm dịch vụ công,,,",
      "1,Tích hợp dịch vụ công thiết yếu,,,",
      "III,Tổng kết việc thực hiện Kế hoạch,Công an tỉnh,,Năm 2025",
    ].join("\n");
    const plan = parsePlanCSV(csv, { id: "nhom-2022", issuer: "UBND tỉnh Thử Nghiệm" });
    expect(plan.sections.map((s) => [s.ref, s.title])).toEqual([
      ["I", "Nhóm nhiệm vụ hoàn thiện thể chế"],
      ["II", "Nhóm dịch vụ công"],
    ]);
    expect(plan.tasks.map((t) => [t.ref, t.section, t.lead, t.coordinating, t.deadline.raw])).toEqual([
      ["I.1", "I", ["Sở Tư pháp"], ["Công an tỉnh"], "Quý III/2022"],
      ["I.2", "I", ["Văn phòng UBND tỉnh"], [], "Tháng 12/2022"],
      ["II.1", "II", [], [], ""],
      ["III", "II", ["Công an tỉnh"], [], "Năm 2025"],
    ]);
    // a task numbered like a section takes no section's cells
    const leak = parsePlanCSV(
      ["STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành", "I,Nhóm thể chế,Sở Tư pháp,,Quý III/2022", "1,Rà soát văn bản,,,", "II,Triển khai dịch vụ công toàn trình,Sở TTTT,,"].join(
        "\n",
      ),
      { id: "ro-2022", issuer: "UBND tỉnh A" },
    );
    expect(leak.tasks.map((t) => [t.ref, t.deadline.raw])).toEqual([
      ["1", "Quý III/2022"],
      ["II", ""],
    ]);
  });

  it("throws ImportError for a missing task column and for an empty file", () => {
    expect(() => parsePlanCSV("STT;Cơ quan chủ trì\n1;Công an tỉnh", { id: "thieu-cot" })).toThrow(ImportError);
    expect(() => parsePlanCSV("STT;Cơ quan chủ trì\n1;Công an tỉnh", { id: "thieu-cot" })).toThrow(/line 1: no task column/);
    expect(() => parsePlanCSV("", { id: "rong" })).toThrow(/the CSV is empty/);
    expect(() => parsePlanCSV("\ufeff\n\n", { id: "rong" })).toThrow(ImportError);
  });

  it("warns about unknown columns, rows without text and unclosed quotes", () => {
    const plan = parsePlanCSV('STT,Nhiệm vụ,Mã ngân sách\n1,Kết nối,ABC\n2,,\n3,"Số hóa', { id: "canh-bao" });
    const messages = plan.warnings.map((w) => `${w.line}: ${w.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1: column "Mã ngân sách" is not a known heading/),
        expect.stringMatching(/^3: row without a task text/),
        expect.stringMatching(/^4: a quoted cell is not closed/),
      ]),
    );
    expect(plan.tasks.map((t) => t.text)).toEqual(["Kết nối", "Số hóa"]);
  });

  it("never throws an untyped error and always gives a valid plan on any string (property)", () => {
    const valid = (csv: string) => {
      try {
        const plan = parsePlanCSV(csv, { id: "bat-ky" });
        return PlanSchema.safeParse(plan).success && planIntegrityIssues(plan).length === 0;
      } catch (error) {
        return error instanceof Dean06Error;
      }
    };
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), valid), { numRuns: 150 });
    const row = fc.array(fc.oneof(fc.constantFrom("1", "I", "01.", "II", "", '"', "x;y", "Quý I/2024"), fc.string({ maxLength: 12 })), { maxLength: 7 });
    const csv = fc.array(row, { maxLength: 8 }).map((rows) => ["STT;Nhiệm vụ;Cơ quan chủ trì;Thời gian", ...rows.map((r) => r.join(";"))].join("\n"));
    fc.assert(fc.property(csv, valid), { numRuns: 200 });
  });
});
