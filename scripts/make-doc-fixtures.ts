/**
 * Writes the DOCX and PDF fixtures of test/fixtures/documents/ from two built-in plans, as a
 * province would publish them:
 * - `hue-2026` (a task table): Phụ lục II as a real table, columns STT, Nhiệm vụ, Cơ quan chủ trì,
 *   Cơ quan phối hợp, Kết quả/sản phẩm, Thời gian thực hiện; section rows spanning the columns;
 *   in the PDF, cells wrap over several lines, a row that does not fit breaks across the page
 *   (as Word's "allow row to break across pages") or moves to the next, the header repeated on
 *   each page, page numbers at the foot;
 * - `ninh-hoa-2022` (paragraphs): the national-motto header as a borderless two-column table,
 *   the body's sections and tasks as Word's automatic numbering ("1.", "1.1.": the numbers are
 *   in numbering.xml, not in the text) in the DOCX and as literal numbers in the PDF, each task
 *   followed by its "(Giao … chủ trì, phối hợp với …)" line;
 * - `hue-2026-borderless.pdf`: the same table without rules, as a borderless table or the text
 *   layer of an OCR'd scan (whose rules are in the image) gives it;
 * - `scan.pdf`: two pages of images only, as a scanner makes them (no text layer).
 *
 * The PDF font is DejaVu Sans (the dejavu-fonts-ttf package), embedded as a subset. Run with
 * `npx tsx scripts/make-doc-fixtures.ts`; the output is committed, so the tests need neither the
 * generators nor the font.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import { AlignmentType, BorderStyle, Document, LevelFormat, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import { getPlan } from "../src/corpus/index";
import type { Plan } from "../src/model/plan";
import type { Task } from "../src/model/task";

const OUT = new URL("../test/fixtures/documents/", import.meta.url);
const require = createRequire(import.meta.url);
const fontFile = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));

const HEADINGS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả, sản phẩm", "Thời gian thực hiện"];
const dateWords = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `ngày ${d} tháng ${m} năm ${y}`;
};
const cells = (t: Task) => [t.ref, t.text, t.lead.join(", "), t.coordinating.join(", "), t.product ?? "", t.deadline.raw];
const assignment = (t: Task) =>
  t.lead.length
    ? `(Giao ${t.lead.join(", ")} chủ trì${t.coordinating.length ? `, phối hợp với ${t.coordinating.join(", ")}` : ""})`
    : t.coordinating.length
      ? `(${t.coordinating.join(", ")} thực hiện)`
      : "";

/** The lines of a plan's head: issuer and national motto, number, place and date. */
function head(plan: Plan, issuerLine: string): [string[], string[]] {
  return [
    ["ỦY BAN NHÂN DÂN", issuerLine, `Số: ${plan.code}`],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", `${plan.place?.split(",")[0]}, ${dateWords(plan.issuedOn!)}`],
  ];
}

// ------------------------------------------------------------------------------------------ DOCX

const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const para = (text: string, options: { bold?: boolean; center?: boolean } = {}) =>
  new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, children: [new TextRun({ text, bold: options.bold ?? false })] });

/** The national-motto header as Word documents have it: a borderless table of two columns. */
function docxHead(plan: Plan, issuerLine: string): Table {
  const [left, right] = head(plan, issuerLine);
  const row = (a: string, b: string) =>
    new TableRow({ children: [a, b].map((text) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [para(text, { center: true, bold: !/^Số|ngày/.test(text) })] })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders, rows: left!.map((a, k) => row(a, right![k]!)) });
}

function tableDocx(plan: Plan): Document {
  const widths = [6, 34, 14, 18, 14, 14];
  const cell = (text: string, k: number, bold = false, span = 1) =>
    new TableCell({ columnSpan: span, width: { size: widths[k]!, type: WidthType.PERCENTAGE }, children: [para(text, { bold, center: k === 0 })] });
  const rows = [new TableRow({ tableHeader: true, children: HEADINGS.map((h, k) => cell(h, k, true)) })];
  for (const section of plan.sections) {
    rows.push(new TableRow({ children: [cell(section.ref, 0, true), cell(section.title, 1, true, 5)] }));
    for (const task of plan.tasks.filter((t) => t.section === section.ref)) rows.push(new TableRow({ children: cells(task).map((c, k) => cell(c, k)) }));
  }
  return new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          para("Phụ lục II", { bold: true, center: true }),
          para(plan.title.toUpperCase(), { bold: true, center: true }),
          para(`(Kèm theo Kế hoạch số ${plan.code} ngày ${plan.issuedOn!.split("-").reverse().join("/")} của ${plan.issuer})`, { center: true }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
        ],
      },
    ],
  });
}

/** The body of a paragraph plan: headings I., II. and sections and tasks in Word's automatic numbering. */
function paragraphDocx(plan: Plan, preamble: string): Document {
  const numbered = (text: string, reference: string, level: number, bold = false) => new Paragraph({ numbering: { reference, level }, children: [new TextRun({ text, bold })] });
  const body: Paragraph[] = [];
  for (const section of plan.sections) {
    body.push(numbered(section.title, "tasks", 0, true));
    for (const task of plan.tasks.filter((t) => t.section === section.ref)) {
      body.push(numbered(task.text, "tasks", 1));
      if (assignment(task)) body.push(para(assignment(task)));
    }
  }
  return new Document({
    numbering: {
      config: [
        { reference: "parts", levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1.", alignment: AlignmentType.LEFT }] },
        {
          reference: "tasks",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2.", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          docxHead(plan, "THỊ XÃ NINH HÒA"),
          para("KẾ HOẠCH", { bold: true, center: true }),
          para(plan.title, { bold: true, center: true }),
          para(preamble),
          numbered("MỤC TIÊU", "parts", 0, true),
          para("Ứng dụng Cơ sở dữ liệu quốc gia về dân cư trong công cuộc chuyển đổi số quốc gia một cách linh hoạt, sáng tạo."),
          numbered("NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG TRÁCH NHIỆM", "parts", 0, true),
          ...body,
          numbered("TỔ CHỨC THỰC HIỆN", "parts", 0, true),
          para("Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc phát sinh, các cơ quan, đơn vị kịp thời có văn bản gửi Công an thị xã để tổng hợp. /."),
        ],
      },
    ],
  });
}

// ------------------------------------------------------------------------------------------- PDF

/** Lines of `text` no wider than `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/** Pages written top to bottom, a new page when the next block does not fit, page numbers at the foot. */
class PdfWriter {
  page!: PDFPage;
  y = 0;
  pages = 0;
  constructor(
    readonly pdf: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
    readonly size: [number, number],
    readonly margin = 50,
  ) {
    this.newPage();
  }
  newPage(): void {
    this.page = this.pdf.addPage(this.size);
    this.pages++;
    this.y = this.size[1] - this.margin;
    if (this.pages > 1) this.page.drawText(String(this.pages), { x: this.size[0] / 2, y: 25, size: 10, font: this.font });
  }
  fits(height: number): boolean {
    return this.y - height >= this.margin;
  }
  /** A paragraph, wrapped, centred or from the left margin; then a gap. */
  text(text: string, options: { bold?: boolean; center?: boolean; size?: number; x?: number; width?: number } = {}): void {
    const size = options.size ?? 11;
    const font = options.bold ? this.bold : this.font;
    const x0 = options.x ?? this.margin;
    const width = options.width ?? this.size[0] - this.margin - x0;
    for (const line of wrap(text, font, size, width)) {
      if (!this.fits(size * 1.3)) this.newPage();
      this.y -= size * 1.3;
      const x = options.center ? x0 + (width - font.widthOfTextAtSize(line, size)) / 2 : x0;
      this.page.drawText(line, { x, y: this.y, size, font });
    }
    this.y -= size * 0.5;
  }
}

async function pdfFonts(pdf: PDFDocument): Promise<[PDFFont, PDFFont]> {
  pdf.registerFontkit(fontkit);
  return [await pdf.embedFont(fontFile("DejaVuSans.ttf"), { subset: true }), await pdf.embedFont(fontFile("DejaVuSans-Bold.ttf"), { subset: true })];
}

/** The table plan as a PDF, its table drawn with rules, or without (a borderless table, or what an OCR'd scan's text layer gives). */
async function tablePdf(plan: Plan, rules = true): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const [font, bold] = await pdfFonts(pdf);
  const w = new PdfWriter(pdf, font, bold, [842, 595], 40);
  w.text("Phụ lục II", { bold: true, center: true });
  w.text(plan.title.toUpperCase(), { bold: true, center: true });
  w.text(`(Kèm theo Kế hoạch số ${plan.code} ngày ${plan.issuedOn!.split("-").reverse().join("/")} của ${plan.issuer})`, { center: true });
  const widths = [36, 250, 110, 150, 110, 106];
  const size = 9;
  const leading = size * 1.25;
  const pad = 4;
  const x0 = w.margin;
  const drawRow = (texts: string[], boldRow: boolean, spans: number[]) => {
    const f = boldRow ? bold : font;
    let x = x0;
    const laid = texts.map((text, k) => {
      const width = widths.slice(k, k + spans[k]!).reduce((a, b) => a + b, 0);
      const lines = wrap(text, f, size, width - 2 * pad);
      const cell = { x, width, lines };
      x += width;
      return cell;
    });
    const height = Math.max(...laid.map((c) => c.lines.length)) * leading + 2 * pad;
    return { laid, height, f };
  };
  const paint = (row: ReturnType<typeof drawRow>) => {
    const top = w.y;
    const bottom = top - row.height;
    for (const cell of row.laid) {
      cell.lines.forEach((line, i) => w.page.drawText(line, { x: cell.x + pad, y: top - pad - (i + 1) * leading + 2, size, font: row.f }));
      if (rules) w.page.drawLine({ start: { x: cell.x, y: top }, end: { x: cell.x, y: bottom }, thickness: 0.5 });
    }
    if (!rules) {
      w.y = bottom;
      return;
    }
    const right = x0 + widths.reduce((a, b) => a + b, 0);
    w.page.drawLine({ start: { x: right, y: top }, end: { x: right, y: bottom }, thickness: 0.5 });
    w.page.drawLine({ start: { x: x0, y: top }, end: { x: right, y: top }, thickness: 0.5 });
    w.page.drawLine({ start: { x: x0, y: bottom }, end: { x: right, y: bottom }, thickness: 0.5 });
    w.y = bottom;
  };
  const header = drawRow(HEADINGS, true, [1, 1, 1, 1, 1, 1]);
  paint(header);
  const put = (row: ReturnType<typeof drawRow>) => {
    if (!w.fits(row.height)) {
      // as Word does by default, a row that does not fit breaks across the page when three of its lines fit
      const room = Math.floor((w.y - w.margin - 2 * pad) / leading);
      const tallest = Math.max(...row.laid.map((c) => c.lines.length));
      if (room >= 3 && tallest > room) {
        const part = (from: number, to: number) => ({ ...row, laid: row.laid.map((c) => ({ ...c, lines: c.lines.slice(from, to) })) });
        const first = part(0, room);
        paint({ ...first, height: room * leading + 2 * pad });
        w.newPage();
        paint(header);
        const rest = part(room, tallest);
        paint({ ...rest, height: (tallest - room) * leading + 2 * pad });
        return;
      }
      w.newPage();
      paint(header);
    }
    paint(row);
  };
  for (const section of plan.sections) {
    put(drawRow([section.ref, section.title], true, [1, 5]));
    for (const task of plan.tasks.filter((t) => t.section === section.ref)) put(drawRow(cells(task), false, [1, 1, 1, 1, 1, 1]));
  }
  return pdf.save();
}

async function paragraphPdf(plan: Plan, preamble: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const [font, bold] = await pdfFonts(pdf);
  const w = new PdfWriter(pdf, font, bold, [595, 842], 60);
  const [left, right] = head(plan, "THỊ XÃ NINH HÒA");
  const top = w.y;
  // the head in two columns, 40% and 60% of the width, as Vietnamese administrative documents set it
  const split = (w.size[0] - 2 * w.margin) * 0.4;
  left!.forEach((text, k) => w.text(text, { bold: k < 2, center: true, x: w.margin - 20, width: split, size: 10 }));
  w.y = top;
  right!.forEach((text, k) => w.text(text, { bold: k < 2, center: true, x: w.margin + split, width: w.size[0] - w.margin - split - 30, size: 10 }));
  w.y -= 10;
  w.text("KẾ HOẠCH", { bold: true, center: true });
  w.text(plan.title, { bold: true, center: true });
  w.text(preamble);
  w.text("I. MỤC TIÊU", { bold: true });
  w.text("Ứng dụng Cơ sở dữ liệu quốc gia về dân cư trong công cuộc chuyển đổi số quốc gia một cách linh hoạt, sáng tạo.");
  w.text("II. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG TRÁCH NHIỆM", { bold: true });
  for (const section of plan.sections) {
    w.text(`${section.ref}. ${section.title}`, { bold: true });
    for (const task of plan.tasks.filter((t) => t.section === section.ref)) {
      w.text(`${task.ref}. ${task.text}`);
      if (assignment(task)) w.text(assignment(task));
    }
  }
  w.text("III. TỔ CHỨC THỰC HIỆN", { bold: true });
  w.text("Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc phát sinh, các cơ quan, đơn vị kịp thời có văn bản gửi Công an thị xã để tổng hợp. /.");
  return pdf.save();
}

/** A greyscale PNG of a page of "print": rows of dark bars, as a scanner would give without OCR. */
function scanPng(width: number, height: number): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = y % 12 < 4 && x > 20 && x < width - 20 && (x * 7 + y) % 23 > 3 ? 40 : 235;
  }
  const crc = (bytes: Buffer) => {
    let c = ~0;
    for (const b of bytes) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

async function scanPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(scanPng(300, 420));
  for (let k = 0; k < 2; k++) pdf.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  pdf.getPages()[0]!.drawRectangle({ x: 40, y: 40, width: 515, height: 762, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 1 });
  return pdf.save();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const table = getPlan("hue-2026");
  const paragraphs = getPlan("ninh-hoa-2022");
  const preamble =
    "Thực hiện Kế hoạch số 1403/KH-UBND ngày 18/02/2022 của UBND tỉnh Khánh Hòa về triển khai thực hiện Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030” (sau đây gọi tắt là Đề án 06); UBND thị xã Ninh Hòa xây dựng kế hoạch triển khai thực hiện trên địa bàn thị xã, cụ thể như sau:";
  const write = (name: string, bytes: Uint8Array) => {
    writeFileSync(new URL(name, OUT), bytes);
    console.log(`${name}: ${bytes.length} bytes`);
  };
  write("hue-2026.docx", await Packer.toBuffer(tableDocx(table)));
  write("ninh-hoa-2022.docx", await Packer.toBuffer(paragraphDocx(paragraphs, preamble)));
  write("hue-2026.pdf", await tablePdf(table));
  write("hue-2026-borderless.pdf", await tablePdf(table, false));
  write("ninh-hoa-2022.pdf", await paragraphPdf(paragraphs, preamble));
  write("scan.pdf", await scanPdf());
}

await main();
