import { ImportError } from "../model/errors";
import { DocumentFormatError, NoTextLayerError } from "./document-errors";
import { type PlacedText, pageText, type Rule } from "./pdf-layout";

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number) => ({ x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] });

/** pdf.js's operator codes this reader follows (its `OPS`), and its path operators (`DrawOPS`). */
interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  endPath: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/**
 * The straight lines a page's operators draw (strokes and filled shapes; not clipping paths), in
 * page space, and whether it paints an image. Reads pdf.js's operator list: `constructPath` with
 * a painting operator and its path data (pdf.js 5: move/line/curve/close codes and coordinates).
 */
function drawnRules(fnArray: number[], argsArray: unknown[], OPS: Ops): { rules: Rule[]; images: number } {
  const rules: Rule[] = [];
  let images = 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) images++;
    else if (fn === OPS.constructPath && args && args[0] !== OPS.endPath) {
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || typeof data.length !== "number") continue;
      let start: { x: number; y: number } | null = null;
      let at: { x: number; y: number } | null = null;
      for (let k = 0; k < data.length; ) {
        const op = data[k++];
        if (op === MOVE_TO) start = at = apply(ctm, data[k++]!, data[k++]!);
        else if (op === LINE_TO) {
          const to = apply(ctm, data[k++]!, data[k++]!);
          if (at) rules.push({ x1: at.x, y1: at.y, x2: to.x, y2: to.y });
          at = to;
        } else if (op === CURVE_TO) {
          at = apply(ctm, data[k + 4]!, data[k + 5]!);
          k += 6;
        } else if (op === QUADRATIC_CURVE_TO) {
          at = apply(ctm, data[k + 2]!, data[k + 3]!);
          k += 4;
        } else if (op === CLOSE_PATH) {
          if (at && start) rules.push({ x1: at.x, y1: at.y, x2: start.x, y2: start.y });
          at = start;
        } else break;
      }
    }
  }
  return { rules, images };
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * What reading a PDF found: its text (see {@link pdfToText}) and its page count.
 *
 * @example
 * const { text, pages }: PdfText = await pdfToText(readFileSync("ke-hoach.pdf"));
 */
export interface PdfText {
  text: string;
  pages: number;
}

/**
 * pdf.js, loaded on first use. In Node its module needs `DOMMatrix`, which it takes from
 * `@napi-rs/canvas` (an optional dependency of pdfjs-dist, prebuilt for the usual platforms);
 * where that is missing, the import fails and the error says how to fix it. The warnings pdf.js
 * prints while loading are kept off the console (a CLI's stderr is one line).
 */
async function loadPdfjs() {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await import("pdfjs-dist/legacy/build/pdf.mjs");
  } catch (error) {
    throw new ImportError(
      `cannot read PDFs here: pdf.js did not load (${error instanceof Error ? error.message : String(error)}); it needs @napi-rs/canvas, an optional dependency of pdfjs-dist: install dean06 without --omit=optional, or convert the PDF to text first (\`pdftotext -layout in.pdf out.txt\`)`,
    );
  } finally {
    console.warn = warn;
  }
}

/** Fewer characters of text than this per page, on pages with images, is a scan (at most a stamp or a page number on it). */
const SCAN_CHARACTERS_PER_PAGE = 20;

/**
 * The text of a PDF's text layer as the text importer reads it best, rebuilt from where each
 * piece of text and each ruling line is on the page (see {@link pageText}): paragraphs on one line
 * each, table rows on one line each with their cells separated by tabs, a cell wrapped over
 * several lines joined back into one cell, page numbers dropped. Reads with pdf.js (pdfjs-dist),
 * loaded only when a PDF is read. Throws {@link NoTextLayerError} for a PDF of images without text
 * (a scan: OCR it first) and {@link DocumentFormatError} for a damaged or password-protected one.
 *
 * @example
 * const { text } = await pdfToText(readFileSync("ke-hoach.pdf"));
 * text.split("\n").find((l) => l.startsWith("STT\t")) // "STT\tNhiệm vụ\tCơ quan chủ trì\t…"
 */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  // pdf.js takes the buffer over: give it a copy
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") throw new DocumentFormatError("pdf", "the PDF is password-protected; remove the password (or print it to a new PDF) and import that");
    throw new DocumentFormatError("pdf", `the PDF cannot be read (${error instanceof Error ? error.message : String(error)}); is it damaged?`);
  }
  try {
    const lines: string[] = [];
    let characters = 0;
    let images = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: PlacedText[] = [];
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str !== "string" || !item.str) continue;
        const [, , c, d, x, y] = item.transform as Matrix;
        pieces.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height || 10 });
        characters += item.str.replace(/\s/g, "").length;
      }
      const operators = await page.getOperatorList();
      const drawn = drawnRules(operators.fnArray, operators.argsArray, pdfjs.OPS as unknown as Ops);
      images += drawn.images;
      lines.push(...pageText(pieces, drawn.rules));
      page.cleanup();
    }
    if (characters === 0 || (images > 0 && characters < SCAN_CHARACTERS_PER_PAGE * doc.numPages)) throw new NoTextLayerError(doc.numPages);
    return {
      text: `${lines
        .join("\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim()}\n`,
      pages: doc.numPages,
    };
  } finally {
    await doc.destroy();
  }
}
