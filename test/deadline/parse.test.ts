import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/deadline/parse";
import { DeadlineSchema } from "../../src/model/deadline";

/** [text, kind, start, end, recurring] for every form the issue lists. */
const FORMS: [string, string, string | null, string | null, boolean][] = [
  ["Tháng 3/2022", "month", "2022-03-01", "2022-03-31", false],
  ["Trong tháng 6/2022", "month", "2022-06-01", "2022-06-30", false],
  ["Tháng 01/2023", "month", "2023-01-01", "2023-01-31", false],
  ["tháng 12 năm 2022", "month", "2022-12-01", "2022-12-31", false],
  ["Tháng 2/2024", "month", "2024-02-01", "2024-02-29", false],
  ["Quý I năm 2022", "quarter", "2022-01-01", "2022-03-31", false],
  ["Quý II/2024", "quarter", "2024-04-01", "2024-06-30", false],
  ["Trong Quý I/2024", "quarter", "2024-01-01", "2024-03-31", false],
  ["Hoàn thành trong Quý I/2027", "quarter", "2027-01-01", "2027-03-31", false],
  ["Quý IV năm 2023", "quarter", "2023-10-01", "2023-12-31", false],
  ["6 tháng đầu năm 2022", "half", "2022-01-01", "2022-06-30", false],
  ["Năm 2022", "year", "2022-01-01", "2022-12-31", false],
  ["Trong năm 2024", "year", "2024-01-01", "2024-12-31", false],
  ["Hoàn thành trước ngày 31/12/2026", "date", "2026-12-31", "2026-12-31", false],
  ["từ ngày 01 tháng 12 năm 2022", "date", "2022-12-01", "2022-12-01", false],
  ["Từ tháng 3/2022 đến tháng 6/2022", "range", "2022-03-01", "2022-06-30", false],
  ["Từ tháng 3 đến tháng 6/2022", "range", "2022-03-01", "2022-06-30", false],
  ["Giai đoạn 2022 - 2025", "range", "2022-01-01", "2025-12-31", false],
  ["Tháng 06 và tháng 12/2024", "multiple", "2024-06-01", "2024-12-31", false],
  ["Đánh giá theo các mốc năm 2027, 2030", "multiple", "2027-01-01", "2030-12-31", false],
  ["Thường xuyên", "recurring", null, null, true],
  ["Thực hiện thường xuyên", "recurring", null, null, true],
  ["Hằng năm", "recurring", null, null, true],
  ["Trong quý II năm 2024 và thực hiện thường xuyên", "quarter", "2024-04-01", "2024-06-30", true],
  ["Triển khai từ 2026, thực hiện thường xuyên", "year", "2026-01-01", "2026-12-31", true],
  ["Thực hiện thường xuyên (hoàn thành việc kết nối trong năm 2026)", "year", "2026-01-01", "2026-12-31", true],
  ["Theo lộ trình của các bộ, ngành Trung ương", "conditional", null, null, false],
  ["Ngay sau khi Bộ Công an ban hành hướng dẫn", "conditional", null, null, false],
  ["khi Sở Giao thông vận tải triển khai", "conditional", null, null, false],
  ["Theo tiến độ quy định", "conditional", null, null, false],
  ["Theo lộ trình (hoàn thành thí điểm tại phường Thuận Hóa trước ngày 30/8/2026)", "conditional", "2026-08-30", "2026-08-30", false],
  ["", "none", null, null, false],
  ["  ", "none", null, null, false],
  ["Không rõ", "unknown", null, null, false],
];

describe("parseDeadline: the forms of the seeds", () => {
  it.each(FORMS)("%s → %s", (text, kind, start, end, recurring) => {
    const deadline = parseDeadline(text);
    expect(deadline).toMatchObject({ raw: text, kind, start, end, recurring });
    expect(DeadlineSchema.parse(deadline)).toEqual(deadline);
  });

  it("reads the same without diacritics, in any case and spacing", () => {
    for (const [text] of FORMS) {
      const folded = text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
      for (const variant of [folded, folded.toUpperCase(), text.replace(/ /g, "   ")]) {
        const a = parseDeadline(text);
        const b = parseDeadline(variant);
        expect([b.kind, b.start, b.end, b.recurring], variant).toEqual([a.kind, a.start, a.end, a.recurring]);
      }
    }
  });

  it("reads tiers by level of government", () => {
    const deadline = parseDeadline("Tại Bộ phận một cửa của cấp bộ, cấp tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022; cấp xã từ ngày 01/6/2023");
    expect(deadline.kind).toBe("tiered");
    expect(deadline.end).toBe("2023-06-01");
    expect(deadline.tiers.map((t) => [t.levels, t.end])).toEqual([
      [["ministry", "province"], "2022-06-01"],
      [["district"], "2022-12-01"],
      [["commune"], "2023-06-01"],
    ]);
  });

  it("records how each part relates to the task", () => {
    expect(parseDeadline("Từ tháng 3/2022 đến tháng 6/2022").parts.map((p) => p.relation)).toEqual(["from", "by"]);
    expect(parseDeadline("Hoàn thành trước ngày 31/12/2026").parts[0]).toMatchObject({ relation: "by", text: "ngày 31/12/2026" });
    expect(parseDeadline("trước tháng 6/2022").end).toBe("2022-05-31");
    // "at the latest" includes the period it names
    expect(parseDeadline("Hoàn thành chậm nhất tháng 6/2022").parts[0]).toMatchObject({ relation: "by", end: "2022-06-30" });
    expect(parseDeadline("chậm nhất trong quý III/2022").end).toBe("2022-09-30");
    expect(parseDeadline("hạn chót tháng 12/2022").end).toBe("2022-12-31");
    expect(parseDeadline("chậm nhất trước ngày 30/6/2022").end).toBe("2022-06-30");
  });

  it("takes a missing year from the plan's issue date", () => {
    expect(parseDeadline("Quý II", { issuedOn: "2022-04-07" }).end).toBe("2022-06-30");
    expect(parseDeadline("Quý II").kind).toBe("unknown");
  });

  it("keeps the condition's words", () => {
    expect(parseDeadline("Theo lộ trình của các bộ, ngành Trung ương").condition).toBe("Theo lộ trình của các bộ, ngành Trung ương");
  });

  it("rejects impossible dates instead of inventing them", () => {
    expect(parseDeadline("ngày 31/02/2022").kind).toBe("unknown");
    expect(parseDeadline("Tháng 13/2022").kind).toBe("unknown");
  });
});

describe("parseDeadline: properties", () => {
  const deadlineish = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc
      .array(
        fc.constantFrom(
          "Tháng",
          "tháng",
          "Quý",
          "I",
          "IV",
          "năm",
          "ngày",
          "từ",
          "đến",
          "và",
          "thường xuyên",
          "trước",
          "cấp huyện",
          ";",
          "/",
          "-",
          ",",
          "2022",
          "12",
          "31",
          "0",
          "6",
          "99",
          "2100",
          "1899",
        ),
        { maxLength: 12 },
      )
      .map((words) => words.join(" ")),
  );

  it("never throws, keeps raw, validates, and start ≤ end", () => {
    fc.assert(
      fc.property(deadlineish, (text) => {
        const deadline = parseDeadline(text);
        expect(deadline.raw).toBe(text.normalize("NFC"));
        DeadlineSchema.parse(deadline);
        if (deadline.start && deadline.end) expect(deadline.start <= deadline.end).toBe(true);
        for (const part of deadline.parts) expect(part.start <= part.end).toBe(true);
        if (deadline.kind === "unknown" || deadline.kind === "none") expect(deadline.end).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts non-string input as an empty deadline", () => {
    expect(parseDeadline(null).kind).toBe("none");
    expect(parseDeadline(undefined).kind).toBe("none");
  });
});

describe("parseDeadline: words inside words", () => {
  it("does not read 'tháng ngày' as 'hằng ngày' (recurring)", () => {
    expect(parseDeadline("ngày 1 tháng ngày 2 tháng").recurring).toBe(false);
    expect(parseDeadline("Hằng ngày").recurring).toBe(true);
  });
});
