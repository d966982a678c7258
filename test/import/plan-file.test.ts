import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DocumentFormatError, NoTextLayerError } from "../../src/import/document-errors";
import { detectPlanFormat, importPlanFile, parsePlanFile, readPlanDocument } from "../../src/import/plan-file";
import { ImportError } from "../../src/model/errors";
import { type Recovery, recovery } from "./task-recovery";

/** The documents scripts/make-doc-fixtures.ts wrote from the built-in plans (see test/fixtures/README.md). */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/documents/${name}`, import.meta.url));
const results: Recovery[] = [];

describe("importPlanFile on DOCX and PDF documents generated from built-in plans", () => {
  it.each([
    ["hue-2026", "hue-2026.docx"],
    ["hue-2026", "hue-2026.pdf"],
    // the same table without rules: a borderless table, or the text layer of an OCR'd scan
    ["hue-2026", "hue-2026-borderless.pdf"],
    ["ninh-hoa-2022", "ninh-hoa-2022.docx"],
    ["ninh-hoa-2022", "ninh-hoa-2022.pdf"],
  ] as const)("%s from %s: recovers at least 95% of the tasks (same ref, text overlap ≥ 0.9, same deadline)", async (id, file) => {
    const { plan, lines } = await importPlanFile(fixture(file), { id });
    const result = recovery(id, plan);
    results.push({ ...result, id: file });
    expect(result.share).toBeGreaterThanOrEqual(0.95);
    expect(plan.source.file).toBe(file);
    expect(plan.source.note).toMatch(file.endsWith(".docx") ? /DOCX/ : /PDF of \d+ pages/);
    // every line of the converted text is accounted for
    const { text } = await readPlanDocument(readFileSync(fixture(file)));
    expect(lines.length).toBe(text.split("\n").filter((l) => l.trim()).length);
  });

  it("keeps the table plan's sections and the paragraph plan's numbering", async () => {
    const table = await parsePlanFile(fixture("hue-2026.pdf"));
    expect(table.id).toBe("hue-2026");
    expect(table.sections.map((s) => s.ref)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]);
    const docx = await parsePlanFile(fixture("ninh-hoa-2022.docx"));
    expect(docx.sections.map((s) => s.ref)).toEqual(["1", "2", "3", "4", "5", "6"]);
    // the head, a two-column layout table in the DOCX and two columns of text in the PDF, read column by column
    for (const plan of [docx, await parsePlanFile(fixture("ninh-hoa-2022.pdf"))]) {
      expect(plan).toMatchObject({ code: "1228/KH-UBND", issuer: "UBND thị xã Ninh Hòa", level: "district", issuedOn: "2022-04-07", parents: ["khanh-hoa-1403-2022"] });
    }
  });

  it("reads a table's cells as cells: lead, coordinating agencies and product of a row whose cells wrap", async () => {
    for (const format of ["docx", "pdf"]) {
      const task = (await parsePlanFile(fixture(`hue-2026.${format}`))).tasks.find((t) => t.ref === "5")!;
      expect(task.lead, format).toEqual(["Công an thành phố"]);
      expect(task.coordinating, format).toContain("Ngân hàng Nhà nước Khu vực 9");
      expect(task.product, format).toBe("Văn bản tham gia góp ý");
    }
  });

  it("joins a table row that breaks across a PDF page back into one task", async () => {
    const { text } = await readPlanDocument(readFileSync(fixture("hue-2026.pdf")));
    const lines = text.split("\n");
    // the row's second part opens the next page, under the repeated header, without its row number
    const broken = lines.findIndex((l) => /^\t\S/.test(l));
    expect(broken).toBeGreaterThan(0);
    expect(lines[broken - 1]).toMatch(/^STT\t/);
    const number = lines
      .slice(0, broken)
      .filter((l) => /^\d+\t/.test(l))
      .at(-1)!
      .split("\t")[0]!;
    const plan = await parsePlanFile(fixture("hue-2026.pdf"));
    expect(recovery("hue-2026", { ...plan, tasks: plan.tasks.filter((t) => t.ref === number) }).recovered).toBe(1);
  });

  it("refuses a scanned PDF with an error that says how to OCR it", async () => {
    const error = await importPlanFile(fixture("scan.pdf")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoTextLayerError);
    expect(error).toMatchObject({ code: "PDF_NO_TEXT_LAYER", pages: 2 });
    expect((error as Error).message).toMatch(/no text layer.*ocrmypdf -l vie.*tesseract-ocr-vie/s);
  });

  afterAll(() => {
    const rows = results.map((r) => `| ${r.id} | ${r.recovered}/${r.curated} | ${(100 * r.share).toFixed(1)}% | ${r.refsFound}/${r.curated} | ${r.meanOverlap.toFixed(2)} |`);
    console.log(["Recovery from generated documents:", "| document | recovered | share | refs found | mean word overlap |", "|---|---:|---:|---:|---:|", ...rows].join("\n"));
  });
});

describe("detecting a plan file's format", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it("tells DOCX, PDF, CSV and text apart by their bytes", () => {
    expect(detectPlanFormat(readFileSync(fixture("hue-2026.docx")))).toBe("docx");
    expect(detectPlanFormat(readFileSync(fixture("scan.pdf")))).toBe("pdf");
    expect(detectPlanFormat(utf8("STT;Nhiệm vụ;Cơ quan chủ trì\n1;Kết nối;Công an tỉnh\n"))).toBe("csv");
    expect(detectPlanFormat(utf8("a,b\n1,2\n"), "tasks.csv")).toBe("csv");
    expect(detectPlanFormat(utf8("STT\tNhiệm vụ\tCơ quan chủ trì\n1\tKết nối\tCông an tỉnh\n"))).toBe("text");
    expect(detectPlanFormat(utf8("KẾ HOẠCH\nTriển khai, thực hiện Đề án 06; năm 2024\n"))).toBe("text");
  });

  it("refuses .doc, RTF and zips that are not Word documents with a typed error", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(() => detectPlanFormat(ole)).toThrow(expect.objectContaining({ code: "UNREADABLE_DOCUMENT", format: "doc" }));
    expect(() => detectPlanFormat(new TextEncoder().encode("{\\rtf1\\ansi Kế hoạch}"))).toThrow(DocumentFormatError);
    const { zipSync } = await import("fflate");
    const xlsx = zipSync({ "xl/workbook.xml": new TextEncoder().encode("<workbook/>") });
    await expect(importPlanFile(xlsx, { id: "x" })).rejects.toMatchObject({ code: "UNREADABLE_DOCUMENT", format: "zip" });
    const broken = readFileSync(fixture("hue-2026.docx")).subarray(0, 3000);
    await expect(importPlanFile(broken, { id: "x" })).rejects.toBeInstanceOf(DocumentFormatError);
    await expect(importPlanFile(new TextEncoder().encode("%PDF-1.7\n garbage"), { id: "x" })).rejects.toMatchObject({ code: "UNREADABLE_DOCUMENT", format: "pdf" });
  });

  it("reads text files in UTF-8 and UTF-16 and refuses other encodings and missing files", async () => {
    const text = "KẾ HOẠCH\n\nII. NHIỆM VỤ\n\n1. Kết nối dữ liệu dân cư với hệ thống của tỉnh.\n";
    const utf16le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    const fromUtf8 = await parsePlanFile(utf8(text), { id: "x" });
    const fromUtf16 = await parsePlanFile(utf16le, { id: "x" });
    expect(fromUtf16.tasks).toEqual(fromUtf8.tasks);
    // "Kế hoạch" in Windows-1258: ê (0xEA) and a combining acute (0xEC), then "ạ" as a (0x61) and a combining dot below (0xF2)
    const windows1258 = new Uint8Array([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68, 0x0a, 0x31, 0x2e, 0x20, 0x4b, 0xea, 0xec, 0x74]);
    await expect(importPlanFile(windows1258, { id: "x" })).rejects.toMatchObject({ code: "UNSUPPORTED_ENCODING", offset: 1 });
    await expect(importPlanFile(utf8(text))).rejects.toBeInstanceOf(ImportError);
    await expect(importPlanFile(fixture("no-such-file.docx"))).rejects.toThrow(/cannot read .*no-such-file\.docx \(no such file\)/);
  });
});
