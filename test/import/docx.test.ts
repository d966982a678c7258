import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxToText } from "../../src/import/docx";
import { formatListNumber } from "../../src/import/docx-numbering";
import { parsePlanFile } from "../../src/import/plan-file";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const run = (t: string) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const p = (t: string, props = "") => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${run(t)}</w:p>`;
const listed = (t: string, numId: number, ilvl: number) => p(t, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const tc = (content: string, props = "") => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;

/** A DOCX of its body XML, numbering definitions and styles, zipped as Word does (only the parts read). */
function docx(body: string, numbering = "", styles = ""): Uint8Array {
  const enc = (s: string) => new TextEncoder().encode(s);
  return zipSync({
    "[Content_Types].xml": enc('<?xml version="1.0"?><Types/>'),
    "word/document.xml": enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
    ...(numbering ? { "word/numbering.xml": enc(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`) } : {}),
    ...(styles ? { "word/styles.xml": enc(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`) } : {}),
  });
}
const lvl = (ilvl: number, fmt: string, text: string, start = 1) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

describe("docxToText", () => {
  it("writes Word's automatic list numbers in front of their paragraphs, in each level's format", async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%2.")}${lvl(2, "lowerLetter", "%3)")}${lvl(3, "bullet", "\uF0B7")}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2.")}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;
    const styles = `<w:style w:styleId="Task"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style><w:style w:styleId="Task2"><w:basedOn w:val="Task"/></w:style>`;
    const body = [
      listed("MỤC TIÊU", 1, 0),
      listed("NHIỆM VỤ", 1, 0),
      listed("Chuyển đổi số", 1, 1),
      listed("Kết nối dữ liệu", 1, 2),
      listed("Chia sẻ dữ liệu", 1, 2),
      listed("một ý", 1, 3),
      listed("Hạ tầng", 1, 1),
      listed("Rà soát", 1, 2),
      listed("Nhóm một", 2, 0),
      p("Nhiệm vụ theo kiểu", '<w:pStyle w:val="Task2"/>'),
      p("Nhiệm vụ theo kiểu nữa", '<w:pStyle w:val="Task"/>'),
      p("Không số", '<w:pStyle w:val="Task"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      listed("Nhóm năm", 3, 0),
    ].join("");
    const lines = (await docxToText(docx(body, numbering, styles))).split("\n").filter(Boolean);
    expect(lines).toEqual([
      "I. MỤC TIÊU",
      "II. NHIỆM VỤ",
      "1. Chuyển đổi số",
      "a) Kết nối dữ liệu",
      "b) Chia sẻ dữ liệu",
      "• một ý",
      "2. Hạ tầng",
      "a) Rà soát",
      "1. Nhóm một",
      "1.1. Nhiệm vụ theo kiểu",
      "1.2. Nhiệm vụ theo kiểu nữa",
      "Không số",
      "5. Nhóm năm",
    ]);
  });

  it("numbers lists that take their levels from a list style (w:numStyleLink), as Word's multilevel list styles do", async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="DeMuc"/>${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%2.")}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="DeMuc"/></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = `<w:style w:type="numbering" w:styleId="DeMuc"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    const text = await docxToText(docx(listed("MỤC TIÊU", 2, 0) + listed("NHIỆM VỤ", 2, 0) + listed("Kết nối", 2, 1), numbering, styles));
    expect(text.split("\n").filter(Boolean)).toEqual(["I. MỤC TIÊU", "II. NHIỆM VỤ", "1. Kết nối"]);
  });

  it("reads tables as tab-separated rows: spans, vertical merges and a two-row header in their columns", async () => {
    const cell = (t: string, props = "") => tc(p(t), props);
    const table =
      "<w:tbl>" +
      tr(
        cell("STT", '<w:vMerge w:val="restart"/>'),
        cell("Nhiệm vụ", '<w:vMerge w:val="restart"/>'),
        cell("Cơ quan thực hiện", '<w:gridSpan w:val="2"/>'),
        cell("Thời gian thực hiện", '<w:vMerge w:val="restart"/>'),
      ) +
      tr(cell("", "<w:vMerge/>"), cell("", "<w:vMerge/>"), cell("Chủ trì"), cell("Phối hợp"), cell("", "<w:vMerge/>")) +
      tr(cell("I"), cell("Hoàn thiện thể chế", '<w:gridSpan w:val="4"/>')) +
      tr(cell("1"), tc(p("Rà soát văn bản") + p("quy phạm pháp luật")), cell("Sở Tư pháp", '<w:vMerge w:val="restart"/>'), cell("Công an tỉnh"), cell("Quý II/2024")) +
      tr(cell("2"), cell("Tuyên truyền <Đề án 06> & hướng dẫn"), cell("", "<w:vMerge/>"), cell(""), cell("Năm 2024")) +
      "</w:tbl>";
    const text = await docxToText(docx(p("Phụ lục") + table));
    expect(text.split("\n").filter((l) => l.includes("\t"))).toEqual([
      "STT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian thực hiện",
      "I\tHoàn thiện thể chế\t\t\t",
      "1\tRà soát văn bản quy phạm pháp luật\tSở Tư pháp\tCông an tỉnh\tQuý II/2024",
      "2\tTuyên truyền <Đề án 06> & hướng dẫn\tSở Tư pháp\t\tNăm 2024",
    ]);
    const plan = await parsePlanFile(docx(p("Phụ lục") + table), { id: "vi-du-2024" });
    expect(plan.tasks.map((t) => [t.ref, t.section, t.text, t.lead, t.deadline.raw])).toEqual([
      ["1", "I", "Rà soát văn bản quy phạm pháp luật", ["Sở Tư pháp"], "Quý II/2024"],
      ["2", "I", "Tuyên truyền <Đề án 06> & hướng dẫn", ["Sở Tư pháp"], "Năm 2024"],
    ]);
  });

  it("leaves out deleted revisions, field codes and drawings, keeps insertions, tabs and line breaks", async () => {
    const body =
      `<w:p><w:r><w:t>Kết nối </w:t></w:r><w:del><w:r><w:delText>xóa bỏ </w:delText></w:r></w:del><w:ins><w:r><w:t>thêm vào</w:t></w:r></w:ins></w:p>` +
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
      `<w:p><w:r><w:t>Số: 12/KH-UBND</w:t><w:tab/><w:t>Huế</w:t><w:br/><w:t>dòng hai</w:t></w:r><w:r><w:drawing><w:t>hình</w:t></w:drawing></w:r></w:p>`;
    expect((await docxToText(docx(body))).split("\n").filter(Boolean)).toEqual(["Kết nối thêm vào", "3", "Số: 12/KH-UBND\tHuế", "dòng hai"]);
  });

  it("refuses a document typed in the TCVN3 font encoding (.VnTime) rather than importing mojibake", async () => {
    const body = p("KÕ ho¹ch triÓn khai thùc hiÖn §Ò ¸n 06") + p("1. KÕt nèi c¬ së d÷ liÖu quèc gia vÒ d©n c­ víi hÖ thèng cña tØnh");
    await expect(parsePlanFile(docx(body), { id: "vi-du-2024" })).rejects.toMatchObject({
      code: "UNSUPPORTED_ENCODING",
      message: expect.stringMatching(/^the DOCX's text is in the legacy Vietnamese font encoding TCVN3/),
    });
  });

  it("refuses a damaged zip and a zip without a Word document", async () => {
    await expect(docxToText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toMatchObject({ code: "UNREADABLE_DOCUMENT" });
    await expect(docxToText(zipSync({ "content.xml": new Uint8Array([60, 97, 47, 62]) }))).rejects.toThrow(/not a Word document/);
  });
});

describe("formatListNumber", () => {
  it("writes numbers as Word's formats do", () => {
    expect([1, 4, 26, 27, 28].map((n) => formatListNumber(n, "lowerLetter"))).toEqual(["a", "d", "z", "aa", "bb"]);
    expect([1, 9, 14].map((n) => formatListNumber(n, "upperRoman"))).toEqual(["I", "IX", "XIV"]);
    expect(formatListNumber(3, "lowerRoman")).toBe("iii");
    expect(formatListNumber(7, "decimalZero")).toBe("07");
    expect(formatListNumber(120, "decimal")).toBe("120");
    expect(formatListNumber(5, "ordinalText")).toBe("5");
  });
});
