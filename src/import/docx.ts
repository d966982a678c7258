import { DocumentFormatError } from "./document-errors";
import { DocxNumbering } from "./docx-numbering";
import { attribute, child, children, localName, textOf, XML_OPTIONS, type XmlNode } from "./ooxml";
import { columnKind, isTableHeader } from "./table-header";

/** Subtrees whose text is not the document's running text: deleted revisions, field codes, drawings, notes' marks. */
const SKIPPED = new Set([
  "del",
  "delText",
  "instrText",
  "drawing",
  "pict",
  "object",
  "AlternateContent",
  "footnoteReference",
  "endnoteReference",
  "commentReference",
  "rPr",
  "pPr",
  "tcPr",
  "trPr",
  "tblPr",
  "tblGrid",
  "sectPr",
  "bookmarkStart",
  "bookmarkEnd",
]);

/** The text of a paragraph's runs: tabs as "\t", line breaks as "\n". */
function runText(node: XmlNode): string {
  let out = "";
  for (const c of children(node)) {
    const name = localName(c);
    if (name === "#text") out += textOf(c);
    else if (SKIPPED.has(name)) continue;
    else if (name === "tab" || name === "ptab") out += "\t";
    else if (name === "br" || name === "cr") out += "\n";
    else if (name === "noBreakHyphen") out += "-";
    else if (name === "softHyphen") continue;
    else out += runText(c);
  }
  return out;
}

/** Reads the body of a DOCX in order, numbering its lists as Word shows them. One object per document. */
class BodyReader {
  constructor(private readonly numbering: DocxNumbering) {}

  /** A paragraph's text with its list label ("1.2. …"). */
  paragraph(p: XmlNode): string {
    const list = this.numbering.paragraphList(child(p, "pPr"));
    const label = list ? this.numbering.label(list) : "";
    const text = runText(p);
    return label && text.trim() ? `${label} ${text.replace(/^\s+/, "")}` : text;
  }

  /** The block-level content of a body, a cell or a content control, as lines: paragraphs, then a blank line; tables as tab-separated rows. */
  blocks(container: XmlNode, out: string[]): void {
    for (const node of children(container)) {
      const name = localName(node);
      if (name === "p") out.push(...this.paragraph(node).split("\n"), "");
      else if (name === "tbl") out.push(...this.table(node), "");
      else if (name === "sdt") this.blocks(child(node, "sdtContent") ?? {}, out);
      else if (name === "customXml" || name === "ins") this.blocks(node, out);
    }
  }

  /** A cell's text on one line: its paragraphs (and nested tables) joined by spaces. */
  private cellText(tc: XmlNode): string {
    const lines: string[] = [];
    this.blocks(tc, lines);
    return lines
      .map((l) => l.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join(" ");
  }

  /**
   * A table's rows, one line each, cells separated by tabs and placed in their grid columns: a
   * cell spanning columns (w:gridSpan) is followed by empty cells; a cell merged down (w:vMerge)
   * gives its text to the rows it covers, except in the first column (the row number), which stays
   * empty there; header rows bound by merged cells are read as one header line, a column's heading
   * being its lowest text. A layout table of one or two columns without a table header (the
   * national-motto head, a signature block) is read column by column, a cell a paragraph.
   */
  table(tbl: XmlNode): string[] {
    const rows: { cells: string[]; merged: boolean[] }[] = [];
    const open = new Map<number, string>();
    for (const tr of children(tbl).filter((n) => localName(n) === "tr")) {
      const cells: string[] = [];
      const merged: boolean[] = [];
      const before = Number(attribute(child(child(tr, "trPr"), "gridBefore"), "val") ?? 0);
      for (let k = 0; k < before; k++) cells.push(""), merged.push(false);
      for (const tc of children(tr).filter((n) => localName(n) === "tc" || localName(n) === "sdt")) {
        const cell = localName(tc) === "sdt" ? (children(child(tc, "sdtContent") ?? {}).find((n) => localName(n) === "tc") ?? {}) : tc;
        const props = child(cell, "tcPr");
        const span = Math.max(1, Number(attribute(child(props, "gridSpan"), "val") ?? 1));
        const vMerge = child(props, "vMerge");
        const column = cells.length;
        let text = this.cellText(cell);
        const continues = vMerge !== undefined && attribute(vMerge, "val") !== "restart";
        if (continues) text = open.get(column) ?? "";
        else if (vMerge !== undefined) open.set(column, text);
        else open.delete(column);
        cells.push(text), merged.push(continues);
        for (let k = 1; k < span; k++) cells.push(""), merged.push(false);
      }
      rows.push({ cells, merged });
    }
    // a header over several rows: row 0 and the rows below it that a header cell is merged down into
    const numbered = (r: number) => /^\s*[0-9IVXivx]+[.)]?\s*$/.test(rows[r]!.cells[0] ?? "");
    let headerEnd = 1;
    while (headerEnd < Math.min(rows.length, 3) && !numbered(0) && !numbered(headerEnd) && rows[headerEnd]!.merged.some(Boolean)) headerEnd++;
    const lines: string[] = [];
    // a layout table of one or two columns (the national-motto head, a signature block) is read
    // column by column, as one reads it: "Số: …" under "ỦY BAN NHÂN DÂN", the place and date under the motto
    const width = Math.max(0, ...rows.map((r) => r.cells.length));
    if (width <= 2 && !isTableHeader(rows[0]!.cells.map((c) => columnKind(c)))) {
      for (let k = 0; k < width; k++) for (const row of rows) if (row.cells[k]?.trim() && !row.merged[k]) lines.push(row.cells[k]!, "");
      return lines;
    }
    if (headerEnd > 1) {
      const width = Math.max(...rows.slice(0, headerEnd).map((r) => r.cells.length));
      const header = Array.from({ length: width }, (_, k) => {
        for (let r = headerEnd - 1; r >= 0; r--) if (rows[r]!.cells[k] && !rows[r]!.merged[k]) return rows[r]!.cells[k]!;
        return rows[0]!.cells[k] ?? "";
      });
      lines.push(header.join("\t"));
    }
    for (const row of rows.slice(headerEnd > 1 ? headerEnd : 0)) lines.push(row.cells.map((c, k) => (k === 0 && row.merged[k] ? "" : c)).join("\t"));
    return lines;
  }
}

/** The XML of a part of the zip, parsed, or null when the part is absent. */
async function parsePart(files: Record<string, Uint8Array>, name: string): Promise<XmlNode[] | null> {
  const bytes = files[name];
  if (!bytes) return null;
  const { XMLParser } = await import("fast-xml-parser");
  return new XMLParser(XML_OPTIONS).parse(new TextDecoder().decode(bytes)) as XmlNode[];
}

/**
 * The text of a Word document (DOCX) as the text importer reads it best: each paragraph on its own
 * line followed by a blank line, with its list number as Word shows it ("1.2. …", "a) …", from
 * the document's numbering definitions, which the paragraph's text does not carry); each table row
 * on one line with its cells separated by tabs, a cell's paragraphs joined by spaces, merged cells
 * placed in their columns. Deleted revisions, field codes, drawings and text boxes are not read;
 * headers, footers and notes neither. Throws {@link DocumentFormatError} for a file that is not a
 * readable DOCX.
 *
 * @example
 * const text = await docxToText(readFileSync("ke-hoach.docx"));
 * text.split("\n").find((l) => l.includes("\t")) // "STT\tNhiệm vụ\tCơ quan chủ trì\t…"
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { unzipSync } = await import("fflate");
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /^word\/(?:document|numbering|styles)\.xml$/.test(f.name) });
  } catch (error) {
    throw new DocumentFormatError("docx", `the DOCX file is damaged: its zip cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const document = await parsePart(files, "word/document.xml").catch(() => null);
  if (!document) {
    throw new DocumentFormatError(
      "zip",
      "the file is a zip archive without word/document.xml: not a Word document (an .xlsx, .odt or other archive?); save the plan as .docx, .pdf, .csv or UTF-8 text",
    );
  }
  const reader = new BodyReader(new DocxNumbering(await parsePart(files, "word/numbering.xml"), await parsePart(files, "word/styles.xml")));
  const body = child(
    document.find((n) => localName(n) === "document"),
    "body",
  );
  if (!body) throw new DocumentFormatError("docx", "the DOCX file has no document body");
  const lines: string[] = [];
  reader.blocks(body, lines);
  return (
    lines
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim() + "\n"
  );
}
