import { EncodingError } from "./document-errors";

/**
 * The encodings {@link decodePlanText} reads: UTF-8 with or without a byte-order mark, UTF-16 with one.
 *
 * @example
 * const encoding: TextEncodingName = detectTextEncoding(readFileSync("ke-hoach.txt")); // "utf-8"
 */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be";

/**
 * The offset of the first byte that breaks UTF-8 (a stray continuation byte, a truncated or
 * overlong sequence, a surrogate, a code point past U+10FFFF), or -1 when all of `bytes` is UTF-8.
 *
 * @example
 * invalidUtf8Offset(new TextEncoder().encode("Kế hoạch")) // -1
 * invalidUtf8Offset(new Uint8Array([0x4b, 0xe9, 0x20])) // 1
 */
export function invalidUtf8Offset(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    // the second byte's range excludes overlong forms, surrogates and code points past U+10FFFF
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** What a UTF-8 lead byte (2 or 3 bytes) followed by continuation bytes looks like once read as Windows-1252 or Latin-1. */
const CONTINUATION =
  "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]";
const DOUBLE_ENCODED = new RegExp(`[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}`, "g");

/**
 * Whether decoded text is UTF-8 that was once read as Windows-1252 or Latin-1 and saved again
 * ("Káº¿ hoáº¡ch" for "Kế hoạch"): at least two spots where a UTF-8 lead byte's Latin-1 letter
 * is followed by what its continuation bytes look like in Latin-1. Vietnamese written correctly
 * never has them.
 *
 * @example
 * looksDoubleEncoded("Káº¿ hoáº¡ch") // true
 * looksDoubleEncoded("Kế hoạch “Thuê”") // false
 */
export function looksDoubleEncoded(text: string): boolean {
  return (text.match(DOUBLE_ENCODED) ?? []).length >= 2;
}

/** TCVN3 (ABC) letters stored as Latin-1 signs ("KÕ ho¹ch", "®Ò ¸n"), beside a letter; not « » ° · which Unicode text uses. */
const TCVN3_SIGN = /\p{L}[\u00A1-\u00AA\u00AC-\u00AF\u00B1-\u00B6\u00B8-\u00BA\u00BC-\u00BF]|[\u00A1-\u00AA\u00AC-\u00AF\u00B1-\u00B6\u00B8-\u00BA\u00BC-\u00BF]\p{L}/gu;
/** VNI tone marks stored as Latin-1 letters Vietnamese never uses ("Keá hoaïch": ï, ø, ù after a vowel …). */
const VNI_LETTER = /[aeiouyAEIOUY][äåæçëîïñöøûüþÿÄÅÆÇËÎÏÑÖØÛÜÞ]/g;

/**
 * The legacy Vietnamese font encoding text was typed in, when its letters are stored as other
 * characters that only the old fonts (.VnTime, VNI-Times) show as Vietnamese: "TCVN3" ("KÕ ho¹ch"
 * for "Kế hoạch") or "VNI" ("Keá hoaïch"); null for Unicode text. Old Word documents, PDFs made
 * from them and text copied out of either carry such text; read as it is, it would import as
 * mojibake.
 *
 * @example
 * legacyFontEncoding("KÕ ho¹ch triÓn khai ®Ò ¸n 06 cña UBND tØnh") // "TCVN3"
 * legacyFontEncoding("Kế hoạch triển khai Đề án 06") // null
 */
export function legacyFontEncoding(text: string): "TCVN3" | "VNI" | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const enough = (hits: number) => hits >= 5 && hits >= letters * 0.005;
  if (enough((text.match(TCVN3_SIGN) ?? []).length)) return "TCVN3";
  if (enough((text.match(VNI_LETTER) ?? []).length)) return "VNI";
  return null;
}

/**
 * Throws {@link EncodingError} when a document's text is mojibake: UTF-8 once read as Latin-1 (see
 * {@link looksDoubleEncoded}) or letters in a legacy Vietnamese font encoding (see
 * {@link legacyFontEncoding}). `what` names the document ("the file", "the PDF's text layer").
 *
 * @example
 * checkVietnameseText("Kế hoạch số 12", "the file") // passes
 */
export function checkVietnameseText(text: string, what: string): void {
  if (looksDoubleEncoded(text)) {
    throw new EncodingError(
      "UTF-8 read as Latin-1 and saved again (mojibake)",
      `${what}'s text is mojibake: UTF-8 that was once read as Windows-1252/Latin-1 and saved again ("${text.match(DOUBLE_ENCODED)![0]}" where a Vietnamese letter should be); convert it back (e.g. \`iconv -f UTF-8 -t WINDOWS-1252 in.txt > out.txt\`) or copy the text again from the original document`,
    );
  }
  const legacy = legacyFontEncoding(text);
  if (legacy) {
    const sample = text.match(legacy === "TCVN3" ? /\S*[\u00A1-\u00BF]\S*/ : /\S*[äåæçëîïñöøûüþÿÄÅÆÇËÎÏÑÖØÛÜÞ]\S*/)?.[0] ?? "";
    throw new EncodingError(
      `${legacy} (a legacy Vietnamese font encoding)`,
      `${what}'s text is in the legacy Vietnamese font encoding ${legacy === "TCVN3" ? "TCVN3 (ABC, .Vn fonts)" : "VNI (VNI- fonts)"}: its letters are stored as other characters ("${sample}"), which only those fonts show as Vietnamese; convert the document to Unicode first (e.g. with UniKey's converter, ${legacy} → Unicode) or, for a PDF, OCR it (\`ocrmypdf -l vie --force-ocr in.pdf out.pdf\`)`,
    );
  }
}

const lineOf = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Whether `bytes` look like UTF-16 without a byte-order mark: NUL in most of the even or the odd bytes. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  return Math.max(even, odd) >= n / 2 / 3;
}

const SAVE_AS_UTF8 = "save it as UTF-8 (in Word or Notepad: Save As, Encoding UTF-8; or `iconv -f WINDOWS-1258 -t UTF-8 in.txt > out.txt`)";

/**
 * The encoding of a plan file's bytes, from its byte-order mark or by checking that it is UTF-8.
 * Throws {@link EncodingError} for anything else: UTF-32, UTF-16 without a byte-order mark, bytes
 * that are not UTF-8 (a legacy Vietnamese 8-bit encoding such as Windows-1258, TCVN3 or VNI, or
 * Latin-1), binary data (NUL bytes).
 *
 * @example
 * detectTextEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x4b])) // "utf-8-bom"
 * detectTextEncoding(new Uint8Array([0xff, 0xfe, 0x4b, 0x00])) // "utf-16le"
 */
export function detectTextEncoding(bytes: Uint8Array): TextEncodingName {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) {
    throw new EncodingError("UTF-32", "the file is in UTF-32, which the importer does not read; save it as UTF-8");
  }
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  const bom = a === 0xef && b === 0xbb && c === 0xbf;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    if (looksUtf16(bytes)) throw new EncodingError("UTF-16 without a byte-order mark", `the file looks like UTF-16 without a byte-order mark; ${SAVE_AS_UTF8}`, nul);
    throw new EncodingError("binary", `the file is not text: it has a NUL byte at line ${lineOf(bytes, nul)} (byte ${nul}); is it a document of another format?`, nul);
  }
  const bad = invalidUtf8Offset(bytes, bom ? 3 : 0);
  if (bad >= 0) {
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, "0");
    throw new EncodingError(
      "not UTF-8 (a legacy 8-bit encoding such as Windows-1258, TCVN3, VNI or Latin-1?)",
      `the file is not UTF-8: byte 0x${hex} at line ${lineOf(bytes, bad)} (byte ${bad}) is not valid UTF-8, so it is probably in a legacy 8-bit encoding (Windows-1258, TCVN3/ABC, VNI or Latin-1); ${SAVE_AS_UTF8}`,
      bad,
    );
  }
  return bom ? "utf-8-bom" : "utf-8";
}

/**
 * A plan file's bytes as text: UTF-8 with or without a byte-order mark, or UTF-16 (LE or BE) with
 * one; the mark is dropped. Throws {@link EncodingError} naming the problem for any other encoding
 * (see {@link detectTextEncoding}), for a UTF-16 file that does not decode, and for UTF-8 that was
 * read as Latin-1 and saved again or text in a legacy Vietnamese font encoding (the letters of
 * VNI or TCVN3 fonts; the same check runs on DOCX and PDF text): the importer never imports mojibake.
 *
 * @example
 * decodePlanText(new TextEncoder().encode("\ufeffKế hoạch")) // "Kế hoạch"
 * decodePlanText(new Uint8Array([0x4b, 0xe9])) // throws EncodingError: the file is not UTF-8 …
 */
export function decodePlanText(bytes: Uint8Array): string {
  const encoding = detectTextEncoding(bytes);
  let text: string;
  try {
    // fatal: a lone surrogate or an odd byte count in UTF-16 is an error, not U+FFFD
    // the decoder drops the byte-order mark
    text = new TextDecoder(encoding === "utf-8-bom" ? "utf-8" : encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new EncodingError(
      `invalid ${encoding.toUpperCase()}`,
      `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} (an odd number of bytes or a broken surrogate pair); save it again as UTF-8`,
    );
  }
  if (encoding.startsWith("utf-16") && text.includes("\0")) throw new EncodingError("binary", "the file is not text: it has NUL characters");
  checkVietnameseText(text, "the file");
  return text;
}
