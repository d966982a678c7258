import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/import/front-matter";
import { headPieces } from "../../src/import/head-cells";
import { importPlan, parsePlan } from "../../src/import/import-text";
import { toSourceLines } from "../../src/import/source-lines";

const BODY = [
  "KẾ HOẠCH",
  "Triển khai Đề án 06 năm 2023",
  "",
  "Thực hiện Đề án 06 của Chính phủ, UBND ban hành Kế hoạch như sau:",
  "II. NHIỆM VỤ",
  "1. Rà soát dữ liệu dân cư.",
  "2. Số hóa hồ sơ hộ tịch.",
];

/** A header's four cells laid out as a page renders them. */
const RENDERINGS: Record<string, (issuer: string[], number: string, date: string) => string[]> = {
  plain: (issuer, number, date) => [...issuer, "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", number, date],
  "one | row": (issuer, number, date) => [`| ${issuer.join(" ")} -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |`, `| ${number} | ${date} |`],
  "wrapped | cells": (issuer, number, date) => [`| ${issuer[0]}`, ...issuer.slice(1), "-------", `${number} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, "Độc lập - Tự do - Hạnh phúc", `${date} |`],
  tabs: (issuer, number, date) => [`${issuer[0]}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `${issuer.slice(1).join(" ")}\tĐộc lập - Tự do - Hạnh phúc`, `${number}\t${date}`],
  spaces: (issuer, number, date) => [`${issuer.join(" ")}        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `                        Độc lập - Tự do - Hạnh phúc`, `${number}            ${date}`],
  html: (issuer, number, date) => [
    "<table>",
    `<tr><td>${issuer.join("<br>")}<br>-----</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>`,
    `<tr><td>${number}</td><td>${date}</td></tr>`,
    "</table>",
  ],
  markdown: (issuer, number, date) => [`| ${issuer.join(" ")} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |`, "|---|---|", "| | Độc lập - Tự do - Hạnh phúc |", `| ${number} | ${date} |`],
};
const PLACES = [
  { words: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], issuer: "UBND tỉnh Quảng Ngãi", place: "Quảng Ngãi", level: "province" },
  { words: ["ỦY BAN NHÂN DÂN", "HUYỆN GIA LÂM"], issuer: "UBND huyện Gia Lâm", place: "Gia Lâm", level: "district" },
  { words: ["ỦY BAN NHÂN DÂN", "PHƯỜNG BẾN NGHÉ"], issuer: "UBND phường Bến Nghé", place: "Bến Nghé", level: "commune" },
  { words: ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"], issuer: "Bộ Tài nguyên và Môi trường", place: "Hà Nội", level: "ministry" },
] as const;

describe("the header of a document, in every rendering", () => {
  it("splits a one-row header into its pieces", () => {
    const lines = toSourceLines("| ỦY BAN NHÂN DÂN TỈNH HẬU GIANG -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 45/KH-UBND | Hậu Giang, ngày 08 tháng 03 năm 2022 |");
    expect(headPieces(lines, 0, 2).map((p) => [p.kind, p.text])).toEqual([
      ["text", "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG"],
      ["rule", "--------"],
      ["motto", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["number", "Số: 45/KH-UBND"],
      ["date", "Hậu Giang, ngày 08 tháng 03 năm 2022"],
    ]);
  });

  it("reads number, date, place, issuer and level, and no header line becomes a task (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(RENDERINGS)),
        fc.constantFrom(...PLACES),
        fc.integer({ min: 1, max: 9999 }),
        fc.date({ min: new Date("2022-01-01T00:00:00Z"), max: new Date("2024-12-31T00:00:00Z"), noInvalidDate: true }),
        (rendering, where, number, day) => {
          const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
          const code = `${number}/KH-${where.level === "ministry" ? "BTNMT" : "UBND"}`;
          const header = RENDERINGS[rendering]!([...where.words], `Số: ${code}`, `${where.place}, ngày ${d} tháng ${m} năm ${y}`);
          const plan = parsePlan([...header, "", ...BODY].join("\n"), { id: "thu-2023" });
          expect(plan).toMatchObject({ code, place: where.place, issuer: where.issuer, level: where.level, parents: ["qd-06-2022"] });
          expect(plan.issuedOn).toBe(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
          expect(plan.tasks.map((t) => t.ref)).toEqual(["1", "2"]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reads a header date written with slashes, and 'T/M' signatures", () => {
    const text = [
      "UBND HUYỆN CỦ CHI",
      "Số: 9/KH-UBND",
      "Củ Chi, ngày 05/6/2023",
      "KẾ HOẠCH",
      "Căn cứ Kế hoạch số 922/KH-UBND ngày 18/3/2022 của UBND Thành phố;",
      "I. NHIỆM VỤ",
      "1. Rà soát dữ liệu.",
      "T/M ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Trần Văn Nam",
    ].join("\n");
    const { plan, lines } = importPlan(text, { id: "cu-chi-2023" });
    expect(plan).toMatchObject({ issuedOn: "2023-06-05", place: "Củ Chi", issuer: "UBND huyện Củ Chi", parents: ["hcmc-922-2022"] });
    expect(plan.tasks.map((t) => t.ref)).toEqual(["1"]);
    expect(lines.slice(-3).map((l) => l.use === "metadata" && l.what)).toEqual(["closing", "closing", "closing"]);
  });

  it("never takes a cited document's date; a header without one gives null and a warning", () => {
    const plan = parsePlan(["ỦY BAN NHÂN DÂN TỈNH THỬ", "Số: 7/KH-UBND", "KẾ HOẠCH", "Căn cứ Luật Căn cước công dân ngày 20 tháng 11 năm 2014;", "II. NHIỆM VỤ", "1. Rà soát dữ liệu."].join("\n"), {
      id: "thu-2023",
    });
    expect(plan.issuedOn).toBeNull();
    expect(plan.warnings.filter((w) => w.message.startsWith("no issue date"))).toHaveLength(1);
  });
});

describe("what is not the plan's own text", () => {
  it("reads closing blocks as metadata, not tasks", () => {
    const text = ["KẾ HOẠCH", "II. NHIỆM VỤ", "1. Rà soát dữ liệu.", "", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Bộ Công an;\tKT. CHỦ TỊCH", "- Lưu: VT.\tPHÓ CHỦ TỊCH", "\tNguyễn Văn An"].join("\n");
    const { plan, lines } = importPlan(text, { id: "thu-2023" });
    expect(plan.tasks.map((t) => t.ref)).toEqual(["1"]);
    expect(lines.filter((l) => l.line >= 5).map((l) => l.use === "metadata" && l.what)).toEqual(["closing", "closing", "closing", "closing"]);
  });

  it("reads the plan a decision attaches, not the decision's articles", () => {
    const lines = toSourceLines(
      ["QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.", "1. Ông A - Tổ trưởng;", "KT. CHỦ TỊCH", "KẾ HOẠCH", "II. NHIỆM VỤ", "1. Rà soát."].join("\n"),
    );
    expect(readFrontMatter(lines, lines.length)).toMatchObject({ kind: "Quyết định", bodyStart: 5, noTaskList: null, wrapperLines: [1, 2, 3, 4, 5] });
  });

  it("imports a directive as a plan with no tasks and one warning saying there is no task list", () => {
    const { plan, lines } = importPlan(
      [
        "ỦY BAN NHÂN DÂN TỈNH THỬ",
        "Số: 3/CT-UBND",
        "Thử, ngày 2 tháng 5 năm 2023",
        "CHỈ THỊ",
        "Về việc đẩy mạnh Đề án 06",
        "1. Các sở quán triệt Đề án.",
        "2. Công an tỉnh làm sạch dữ liệu.",
        "Nơi nhận:",
        "- Lưu: VT.",
      ].join("\n"),
      { id: "thu-2023" },
    );
    expect(plan).toMatchObject({ tasks: [], code: "3/CT-UBND", issuedOn: "2023-05-02" });
    expect(plan.warnings.map((w) => w.message).filter((m) => /no task/.test(m))).toEqual([expect.stringMatching(/^no task list: the document is a Chỉ thị/)]);
    expect(lines.find((l) => l.line === 6)).toMatchObject({ use: "warning" });
  });
});

describe("an official letter", () => {
  it("reads its header past the subject line, and holds no task list", () => {
    const text = [
      "ỦY BAN NHÂN DÂN",
      "TỈNH BÌNH PHƯỚC",
      "Số: 55/UBND-NC",
      "V/v đẩy mạnh triển khai",
      "Đề án 06",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Bình Phước, ngày 17 tháng 8 năm 2022",
      "",
      "Kính gửi: Các sở, ngành.",
      "",
      "Thực hiện Đề án 06, UBND tỉnh đề nghị các sở, ngành triển khai các nội dung sau:",
      "1. Rà soát dữ liệu.",
      "2. Báo cáo kết quả.",
    ].join("\n");
    const { plan, lines } = importPlan(text, { id: "binh-phuoc-2022" });
    expect(plan).toMatchObject({ code: "55/UBND-NC", issuedOn: "2022-08-17", place: "Bình Phước", issuer: "UBND tỉnh Bình Phước", level: "province", parents: ["qd-06-2022"], tasks: [] });
    expect(lines.slice(0, 8).every((l) => l.use === "metadata")).toBe(true);
    expect(plan.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^no task list: the document is a Công văn/)]);
  });
});

describe("list styles", () => {
  const plan = (items: string[]) => parsePlan(["KẾ HOẠCH", "II. NHIỆM VỤ", ...items].join("\n"), { id: "thu-2023" });

  it("reads items numbered 100 and more as their own tasks", () => {
    const refs = plan(Array.from({ length: 105 }, (_, k) => `${k + 1}. Rà soát hồ sơ đợt ${k + 1}.`)).tasks.map((t) => t.ref);
    expect(refs).toEqual(Array.from({ length: 105 }, (_, k) => String(k + 1)));
  });

  it("reads 'aa)', 'ab)' after 'z)' and '(i)' items inline or on their own lines", () => {
    expect(plan(["1. Nhóm nhiệm vụ:", "y) Rà soát.", "z) Cập nhật.", "aa) Số hóa.", "ab) Kết nối."]).tasks.map((t) => t.ref)).toEqual(["1.y", "1.z", "1.aa", "1.ab"]);
    const inline = plan(["1. Công an tỉnh chủ trì: (i) rà soát dữ liệu; (ii) cấp tài khoản; (iii) hướng dẫn người dân."]).tasks;
    expect(inline.map((t) => [t.ref, t.text, t.lead])).toEqual([
      ["1.i", "rà soát dữ liệu;", ["Công an tỉnh"]],
      ["1.ii", "cấp tài khoản;", ["Công an tỉnh"]],
      ["1.iii", "hướng dẫn người dân.", ["Công an tỉnh"]],
    ]);
  });

  it("reads a line drawn with rule characters as formatting, never as a bullet that groups what follows", () => {
    for (const rule of ["-----", "————————", "_______", "* * *", "- - - -"]) {
      const text = [
        "UBND XÃ TÂN PHÚ",
        "Số: 45/KH-UBND",
        "Tân Phú, ngày 03 tháng 6 năm 2022",
        "",
        "KẾ HOẠCH",
        "Triển khai Đề án 06 năm 2022",
        rule,
        "",
        "Căn cứ Kế hoạch số 118/KH-UBND ngày 20/4/2022 của UBND huyện Đồng Phú;",
        "",
        "UBND xã ban hành Kế hoạch (nội dung chi tiết tại Phụ lục kèm theo).",
        "",
        "Nơi nhận:",
        "- Lưu: VT.",
      ].join("\n");
      const { plan, lines } = importPlan(text, { id: "tan-phu-2022" });
      expect(plan.tasks, rule).toEqual([]);
      expect(
        lines.find((l) => l.line === 7),
        rule,
      ).toMatchObject({ use: "metadata", what: "formatting" });
    }
  });
});
