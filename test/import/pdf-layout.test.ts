import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PlacedText, pageText, type Rule } from "../../src/import/pdf-layout";

/** Text at (x, y) in a 10-point font, 5 points a character (a monospaced stand-in for real widths). */
const at = (text: string, x: number, y: number, size = 10): PlacedText => ({ text, x, y, width: text.length * size * 0.5, size });
const h = (y: number, x1: number, x2: number): Rule => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Rule => ({ x1: x, y1, x2: x, y2 });
/** A line of text running from x = 50 to 300, the right edge of the text: it wraps into the next. */
const full = (words: string, y: number) => ({ ...at(words, 50, y), width: 250 });

describe("pageText: tables from their ruling lines", () => {
  // columns at x = 50 | 80 | 250 | 350 | 420; rows at y = 700 | 680 | 660 | 610 | 580
  const xs = [50, 80, 250, 350, 420];
  const ys = [700, 680, 660, 610, 580];
  const rules = [
    ...ys.map((y) => h(y, 50, 420)),
    // the section row (680–660) spans columns 2–4: no inner rule but the first crosses it
    ...xs.flatMap((x, k) => (k === 0 || k === 1 || k === xs.length - 1 ? [v(x, 580, 700)] : [v(x, 680, 700), v(x, 580, 660)])),
  ];
  const pieces = [
    at("STT", 52, 688),
    at("Nhiệm vụ", 82, 688),
    at("Chủ trì", 252, 688),
    at("Thời gian", 352, 688),
    at("I", 52, 668),
    at("Hoàn thiện thể chế về dữ liệu dân cư", 82, 668),
    // a row whose task and agency cells wrap over three and two lines, the deadline cell over one
    at("1", 52, 648),
    at("Kết nối Cơ sở dữ liệu", 82, 648),
    at("quốc gia về dân cư với", 82, 636),
    at("hệ thống của tỉnh", 82, 624),
    at("Công an", 252, 648),
    at("tỉnh", 252, 636),
    at("Quý II/2024", 352, 648),
    at("2", 52, 598),
    at("Tuyên truyền", 82, 598),
    at("Sở TT&TT", 252, 598),
    // a page number under the table
    at("2", 230, 40),
  ];
  it("reads each row on one line, cells in their columns, wrapped cells joined, a spanned cell followed by empty ones", () => {
    expect(pageText(pieces, rules)).toEqual([
      "STT\tNhiệm vụ\tChủ trì\tThời gian",
      "I\tHoàn thiện thể chế về dữ liệu dân cư\t\t",
      "1\tKết nối Cơ sở dữ liệu quốc gia về dân cư với hệ thống của tỉnh\tCông an tỉnh\tQuý II/2024",
      "2\tTuyên truyền\tSở TT&TT\t",
      "",
    ]);
  });

  it("reads the same table drawn as filled thin rectangles (each rule two close edges)", () => {
    const doubled = rules.flatMap((r) => (r.y1 === r.y2 ? [r, { ...r, y1: r.y1 - 0.5, y2: r.y2 - 0.5 }] : [r, { ...r, x1: r.x1 + 0.5, x2: r.x2 + 0.5 }]));
    expect(pageText(pieces, doubled)).toEqual(pageText(pieces, rules));
  });

  it("keeps text above and below a table in order around it", () => {
    const lines = pageText([at("Phụ lục II", 60, 740), ...pieces, at("Nơi nhận:", 50, 540)], rules);
    expect(lines[0]).toBe("Phụ lục II");
    expect(lines[2]).toMatch(/^STT\t/);
    expect(lines.at(-2)).toBe("Nơi nhận:");
  });
});

describe("pageText: tables without rules, from how their text lines up", () => {
  const columns = [50, 80, 250, 350];
  const row = (y: number, ...cells: string[]) => cells.flatMap((c, k) => (c ? [at(c, columns[k]!, y)] : []));
  it("reads rows from aligned text: a wrapped heading, wrapped cells, a section row running over its columns", () => {
    const pieces = [
      at("Phụ lục", 50, 740),
      ...row(700, "STT", "Nhiệm vụ", "Chủ trì", "Thời gian thực"),
      ...row(688, "", "", "", "hiện"),
      ...row(670, "I", "Hoàn thiện thể chế về dữ liệu dân cư và định danh điện tử"),
      ...row(652, "1", "Kết nối Cơ sở dữ liệu", "Công an", "Quý II/2024"),
      ...row(640, "", "quốc gia về dân cư", "tỉnh"),
      ...row(622, "2", "Tuyên truyền", "Sở TT&TT", "Năm 2024"),
      at("Nơi nhận:", 50, 580),
    ];
    expect(pageText(pieces, [])).toEqual([
      "Phụ lục",
      "",
      "STT\tNhiệm vụ\tChủ trì\tThời gian thực hiện",
      "I\tHoàn thiện thể chế về dữ liệu dân cư và định danh điện tử\t\t",
      "1\tKết nối Cơ sở dữ liệu quốc gia về dân cư\tCông an tỉnh\tQuý II/2024",
      "2\tTuyên truyền\tSở TT&TT\tNăm 2024",
      "",
      "Nơi nhận:",
      "",
    ]);
  });

  it("reads the rest of a row broken across the page as a row without a number, and leaves body text alone", () => {
    const pieces = [
      ...row(700, "STT", "Nhiệm vụ", "Chủ trì", "Thời gian"),
      ...row(688, "", "đào tạo trực tuyến", "Bộ Công an"),
      ...row(670, "35", "Triển khai", "Các sở", "Năm 2026"),
      ...row(658, "36", "Bố trí", "Sở Tài chính", "Năm 2027"),
    ];
    expect(pageText(pieces, []).slice(0, 2)).toEqual(["STT\tNhiệm vụ\tChủ trì\tThời gian", "\tđào tạo trực tuyến\tBộ Công an\t"]);
    const prose = [full("1. Tổ chức thực hiện các nội dung của Kế hoạch", 500), at("này theo chức năng, nhiệm vụ được giao.", 50, 488)];
    expect(pageText(prose, [])).toEqual(["1. Tổ chức thực hiện các nội dung của Kế hoạch này theo chức năng, nhiệm vụ được giao.", ""]);
  });
});

describe("pageText: paragraphs", () => {
  it("joins wrapped lines into paragraphs and starts a new one after a short line or at a list item", () => {
    const lines = pageText(
      [
        full("1.1. Triển khai thực hiện Thông tư quy định về danh mục, sản phẩm", 700),
        at("được khai thác từ Cơ sở dữ liệu.", 50, 688),
        at("(Giao Công an thị xã chủ trì)", 50, 676),
        full("1.2. Nghiên cứu, rà soát, đề xuất sửa đổi, bổ sung các quy định", 650),
        at("- Chủ động triển khai", 50, 638),
      ],
      [],
    );
    expect(lines).toEqual([
      "1.1. Triển khai thực hiện Thông tư quy định về danh mục, sản phẩm được khai thác từ Cơ sở dữ liệu.",
      "",
      "(Giao Công an thị xã chủ trì)",
      "",
      "1.2. Nghiên cứu, rà soát, đề xuất sửa đổi, bổ sung các quy định",
      "",
      "- Chủ động triển khai",
      "",
    ]);
  });

  it("reads text in two columns column by column, puts a tab in a lone line of two columns, and drops page numbers at the top or foot", () => {
    const lines = pageText(
      [
        at("- 3 -", 280, 800),
        at("ỦY BAN NHÂN DÂN", 60, 760),
        at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 260, 760),
        at("Số: 12/KH-UBND", 60, 740),
        at("Huế, ngày 06 tháng 6 năm 2026", 280, 740),
        at("Nơi nhận:", 60, 600),
        at("TM. ỦY BAN NHÂN DÂN", 280, 600),
        at("Trang 3", 280, 30),
      ],
      [],
    );
    expect(lines.filter(Boolean)).toEqual(["ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Huế, ngày 06 tháng 6 năm 2026", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN"]);
  });

  it("joins pieces of one line with a space only where there is a gap", () => {
    expect(pageText([at("Kế ho", 50, 700), at("ạch", 75, 700), at("số", 95, 700)], [])).toEqual(["Kế hoạch số", ""]);
  });
});

describe("pageText on any page", () => {
  const letters = (text: string) => [...text.replace(/\s/g, "")].sort().join("");
  const word = fc.array(fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyKẾHOẠCHĐỀÁN,.;:()-–“”"), { minLength: 1, maxLength: 12 }).map((c) => c.join(""));
  const piece = fc
    .record({ text: word, x: fc.integer({ min: 0, max: 500 }), y: fc.integer({ min: 0, max: 800 }), size: fc.constantFrom(8, 10, 12) })
    .map((p) => ({ ...p, width: p.text.length * p.size * 0.5 }));
  const rule = fc.oneof(
    fc.record({ y: fc.integer({ min: 0, max: 800 }), x1: fc.integer({ min: 0, max: 250 }), x2: fc.integer({ min: 260, max: 520 }) }).map(({ y, x1, x2 }) => h(y, x1, x2)),
    fc.record({ x: fc.integer({ min: 0, max: 520 }), y1: fc.integer({ min: 0, max: 400 }), y2: fc.integer({ min: 410, max: 800 }) }).map(({ x, y1, y2 }) => v(x, y1, y2)),
  );
  it("keeps every character of the text: nothing dropped, nothing doubled (no page numbers among it)", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(rule, { maxLength: 12 }), (pieces, rules) => {
        expect(letters(pageText(pieces, rules).join("\n"))).toBe(letters(pieces.map((p) => p.text).join("")));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a row number and a dash far apart at the foot of a page (a table row, not a page number '- 1 -')", () => {
    const pieces = [
      { text: "–", x: 140, y: 592, size: 10, width: 5 },
      { text: "1", x: 50, y: 592, size: 10, width: 5 },
    ];
    expect(letters(pageText(pieces, []).join("\n"))).toBe(letters("1–"));
  });

  it("keeps every character of text laid out in columns, as tables without rules are read", () => {
    const aligned = fc
      .record({ text: fc.oneof(word, fc.constantFrom("1", "2", "12", "IV")), column: fc.integer({ min: 0, max: 4 }), line: fc.integer({ min: 0, max: 30 }) })
      .map(({ text, column, line }) => ({ text, x: 50 + 90 * column, y: 700 - 12 * line, size: 10, width: Math.min(text.length * 5, 80) }));
    fc.assert(
      fc.property(fc.array(aligned, { maxLength: 80 }), (pieces) => {
        fc.pre(new Set(pieces.map((p) => `${p.x},${p.y}`)).size === pieces.length);
        const input = pieces;
        const lines = pageText(input, []);
        // page numbers alone at the top or foot are the only text left out
        const dropped = input.filter(
          (p) => /^\d+$/.test(p.text) && !input.some((q) => q !== p && q.y === p.y) && (p.y === Math.max(...input.map((q) => q.y)) || p.y === Math.min(...input.map((q) => q.y))),
        );
        expect(letters(lines.join("\n"))).toBe(
          letters(
            input
              .filter((p) => !dropped.includes(p))
              .map((p) => p.text)
              .join(""),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });
});
