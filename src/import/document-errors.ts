import { Dean06Error } from "../model/errors";

/**
 * Thrown when a plan file's bytes are not text in an encoding the importer reads: UTF-8 (with or
 * without a byte-order mark) or UTF-16 with a byte-order mark. `encoding` names what was found
 * ("not UTF-8 (a legacy 8-bit encoding such as Windows-1258, TCVN3 or Latin-1?)", "UTF-16 without a
 * byte-order mark", "UTF-32", "UTF-8 read as Latin-1 and saved again (mojibake)", "binary"), and
 * `offset` the first byte concerned, or null. The importer never guesses: a file it cannot decode
 * exactly is refused rather than imported as mojibake.
 *
 * @example
 * try { decodePlanText(new Uint8Array([0x4b, 0xe9])); } catch (e) { if (e instanceof EncodingError) console.log(e.code, e.encoding); }
 * // "UNSUPPORTED_ENCODING" "not UTF-8 (…)"
 */
export class EncodingError extends Dean06Error<"UNSUPPORTED_ENCODING"> {
  /** What the bytes were found to be, in words, e.g. "UTF-16 without a byte-order mark" or "not UTF-8 (…)". */
  readonly encoding: string;
  /** Zero-based byte offset of the first byte that could not be decoded, or null when no single byte is to blame. */
  readonly offset: number | null;
  constructor(encoding: string, message: string, offset: number | null = null) {
    super("UNSUPPORTED_ENCODING", message);
    this.encoding = encoding;
    this.offset = offset;
  }
}

/**
 * Thrown for a PDF whose pages carry no text layer (a scanned or photographed document): there is
 * no text to import until it is run through OCR. The message says how (Debian's `ocrmypdf` and
 * `tesseract-ocr-vie`). `pages` is the PDF's page count.
 *
 * @example
 * try { await importPlanFile("scan.pdf"); } catch (e) { if (e instanceof NoTextLayerError) console.log(e.code, e.pages); } // "PDF_NO_TEXT_LAYER" 3
 */
export class NoTextLayerError extends Dean06Error<"PDF_NO_TEXT_LAYER"> {
  /** The PDF's page count (pages of images only, none with a text layer). */
  readonly pages: number;
  constructor(pages: number, what = "the PDF") {
    super(
      "PDF_NO_TEXT_LAYER",
      `${what} has no text layer (${pages} page${pages === 1 ? "" : "s"} of images only: a scan?); run it through OCR first, e.g. ` +
        "`ocrmypdf -l vie in.pdf out.pdf` (Debian: apt-get install ocrmypdf tesseract-ocr-vie) and import out.pdf, " +
        "or `tesseract page.png out -l vie` and import out.txt",
    );
    this.pages = pages;
  }
}

/**
 * Thrown for a document file the importer cannot read: not a format it knows (a Word 97–2003 `.doc`,
 * RTF, a zip that is not a Word document), or a DOCX or PDF that is damaged or encrypted. `format`
 * is the format found ("doc", "rtf", "zip", "docx", "pdf", …).
 *
 * @example
 * try { await importPlanFile("old.doc"); } catch (e) { if (e instanceof DocumentFormatError) console.log(e.code, e.format); } // "UNREADABLE_DOCUMENT" "doc"
 */
export class DocumentFormatError extends Dean06Error<"UNREADABLE_DOCUMENT"> {
  /** The document format found, lower-case: "doc", "rtf", "zip", "docx", "pdf", …. */
  readonly format: string;
  constructor(format: string, message: string) {
    super("UNREADABLE_DOCUMENT", message);
    this.format = format;
  }
}
