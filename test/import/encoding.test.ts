import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EncodingError } from "../../src/import/document-errors";
import { decodePlanText, detectTextEncoding, invalidUtf8Offset, legacyFontEncoding, looksDoubleEncoded } from "../../src/import/encoding";

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + 2 * text.length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
};
/** Text read as Windows-1252/Latin-1 (one character per byte, 0x80–0x9F as C1 controls) and saved again as UTF-8. */
const doubleEncoded = (text: string) => String.fromCharCode(...utf8(text));

/** Vietnamese-like text: words of letters with and without diacritics, đ/Đ, digits, punctuation, tabs and line ends. */
const vietnamese = fc
  .array(fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789 ,.;:()/-–“”\t\n"), { maxLength: 200 })
  .map((chars) => chars.join("").normalize("NFC"));

describe("decodePlanText", () => {
  it("reads UTF-8 with and without a byte-order mark and UTF-16 LE/BE with one, as the same text", () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese, fc.string({ unit: "grapheme", maxLength: 80 })), (text) => {
        fc.pre(!text.startsWith("\ufeff") && !text.includes("\0") && !looksDoubleEncoded(text) && legacyFontEncoding(text) === null);
        expect(decodePlanText(utf8(text))).toBe(text);
        expect(decodePlanText(utf8(`\ufeff${text}`))).toBe(text);
        expect(decodePlanText(utf16(text, true))).toBe(text);
        expect(decodePlanText(utf16(text, false))).toBe(text);
      }),
    );
  });

  it("refuses any byte string that is not UTF-8, naming the first bad byte, and never decodes it", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), (bytes) => {
        fc.pre(!bytes.includes(0) && bytes[0] !== 0xff && bytes[0] !== 0xfe);
        const bad = invalidUtf8Offset(bytes, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        // the hand-written check agrees with the platform's decoder
        expect(bad === -1).toBe(valid);
        if (bad >= 0) {
          expect(() => decodePlanText(bytes)).toThrow(EncodingError);
          expect(() => decodePlanText(bytes)).toThrow(expect.objectContaining({ code: "UNSUPPORTED_ENCODING", offset: bad }));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("refuses Vietnamese text written in a legacy 8-bit encoding (a byte per letter, as Windows-1258, TCVN3 and VNI write it)", () => {
    fc.assert(
      fc.property(vietnamese, fc.uint8Array({ minLength: 1, maxLength: 20 }), (text, letters) => {
        const accented = [...letters].map((b) => 0xc0 | (b & 0x3f)); // a letter byte such as 0xE0 "à", 0xEA "ê", 0xF4 "ô"
        const ascii = [...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x61));
        const bytes = new Uint8Array([...ascii.slice(0, 20), ...accented.flatMap((b) => [b, 0x20]), ...ascii.slice(20)]);
        expect(() => decodePlanText(bytes)).toThrow(/not UTF-8.*legacy 8-bit encoding/);
      }),
    );
  });

  it("refuses mojibake: UTF-8 once read as Latin-1 and saved again", () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        const marks = [...text].filter((c) => c.charCodeAt(0) > 0xff || /[àáâãèéêìíòóôõùúýăđ]/i.test(c)).length;
        fc.pre(marks >= 2);
        expect(() => decodePlanText(utf8(doubleEncoded(text)))).toThrow(expect.objectContaining({ encoding: expect.stringMatching(/mojibake/) }));
      }),
    );
    expect(decodePlanText(utf8("Hợp đồng “thuê” và “Ô”; °C, ½, «a»"))).toBe("Hợp đồng “thuê” và “Ô”; °C, ½, «a»");
  });

  it("refuses text typed in a legacy Vietnamese font encoding (TCVN3, VNI), which decodes but is mojibake", () => {
    const tcvn3 = "KÕ ho¹ch triÓn khai thùc hiÖn §Ò ¸n 06 cña UBND tØnh vÒ d÷ liÖu d©n c­";
    expect(legacyFontEncoding(tcvn3)).toBe("TCVN3");
    expect(() => decodePlanText(utf8(tcvn3))).toThrow(expect.objectContaining({ code: "UNSUPPORTED_ENCODING", encoding: expect.stringMatching(/^TCVN3/) }));
    const vni = "Keá hoaïch trieån khai thöïc hieän Ñeà aùn 06 cuûa UBND tænh veà döõ lieäu daân cö";
    expect(legacyFontEncoding(vni)).toBe("VNI");
    expect(() => decodePlanText(utf8(vni))).toThrow(/legacy Vietnamese font encoding VNI/);
    // Unicode Vietnamese with the signs it does use is not taken for either
    fc.assert(
      fc.property(vietnamese, fc.constantFrom("°C", "«", "»", "½", "§ 3", "©"), (text, sign) => {
        expect(legacyFontEncoding(`${text} ${sign} ${text}`)).toBeNull();
      }),
    );
  });

  it("names UTF-16 without a byte-order mark, UTF-32, binary data and broken UTF-16", () => {
    const withoutBom = utf16("Kế hoạch số 12", true).subarray(2);
    expect(() => decodePlanText(withoutBom)).toThrow(expect.objectContaining({ encoding: "UTF-16 without a byte-order mark" }));
    expect(() => decodePlanText(new Uint8Array([0xff, 0xfe, 0, 0, 0x4b, 0, 0, 0]))).toThrow(expect.objectContaining({ encoding: "UTF-32" }));
    expect(() => decodePlanText(new Uint8Array([0x4b, 0x65, 0, 0x01, 0x02, 0x03, 0x68, 0x6f, 0x61, 0x63, 0x68, 0x20, 0x73, 0x6f]))).toThrow(expect.objectContaining({ encoding: "binary" }));
    expect(() => decodePlanText(new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0x65]))).toThrow(expect.objectContaining({ encoding: "invalid UTF-16LE" }));
    expect(() => decodePlanText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x4b, 0x00]))).toThrow(EncodingError);
  });

  it("tells which encoding it read", () => {
    expect(detectTextEncoding(utf8("Kế hoạch"))).toBe("utf-8");
    expect(detectTextEncoding(utf8("\ufeffKế hoạch"))).toBe("utf-8-bom");
    expect(detectTextEncoding(utf16("Kế hoạch", true))).toBe("utf-16le");
    expect(detectTextEncoding(utf16("Kế hoạch", false))).toBe("utf-16be");
    expect(detectTextEncoding(new Uint8Array())).toBe("utf-8");
  });
});
