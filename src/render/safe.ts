// The output-safety layer: every renderer writes text that came from a plan through one of these,
// so no output carries active content from its input — no spreadsheet formula (CSV), no HTML or
// link (Markdown), no directive or comment (Mermaid), no character XML 1.0 forbids (SVG, GEXF,
// DOT, which Graphviz turns into SVG) and no terminal control sequence (text and Markdown).
import { guardFormula } from "../text/formula-guard";

/** Characters XML 1.0 forbids: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with the characters XML 1.0 forbids removed (C0 controls but tab, line feed and carriage
 * return, NUL among them; U+FFFE, U+FFFF; lone surrogates), so that SVG, GEXF and DOT stay
 * well-formed and Graphviz accepts them.
 *
 * @example
 * xmlChars("a\u0000b\u0007c\uFFFF") // "abc"
 */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Controls a terminal acts on: C0 but tab and line feed (CR too: it rewrites the line), DEL, C1; and lone surrogates. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The visible stand-in of a control: its Control Pictures symbol (U+2400 …, "␛" for ESC, "␡" for DEL), U+FFFD for C1 controls and lone surrogates. */
function controlPicture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return "\uFFFD";
}

/**
 * Text a terminal shows as written: every control character it would act on (ESC, which starts
 * CSI and OSC sequences, BEL, backspace, CR, the C1 controls …) replaced by a visible symbol, one
 * character for one so table columns stay aligned. Tabs and line feeds are kept.
 *
 * @example
 * terminalText("a\u001b]0;title\u0007b") // "a␛]0;title␇b"
 */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_CONTROL, controlPicture);
}

/**
 * Text for inline Markdown (a table cell, a list item, a heading): terminal controls made visible
 * ({@link terminalText}), `&`, `<` and `>` as HTML entities (so no raw HTML: `<img onerror=…>`
 * shows as text), backslash, backtick, `[`, `]` and `|` backslash-escaped (no code span, link,
 * image or table cell is opened), line breaks as spaces.
 *
 * @example
 * markdownText('<img src=x onerror="alert(1)"> | [x](javascript:y)')
 * // '&lt;img src=x onerror="alert(1)"&gt; \\| \\[x\\](javascript:y)'
 */
export function markdownText(text: string): string {
  return terminalText(text.replace(/\r\n|\r|\n/g, " "))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`[\]|])/g, "\\$1");
}

/**
 * Options of every CSV that dean06 writes.
 *
 * @example
 * const options: CsvOptions = { bom: true, delimiter: ";" }; // Excel in a locale with a decimal comma
 * writeFileSync("coverage.csv", coverage("hue-2022").toCSV(options));
 */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, so that Excel opens the file as UTF-8 (default false). */
  bom?: boolean;
  /** Cell delimiter: "," (default), ";" or tab. */
  delimiter?: "," | ";" | "\t";
}

/**
 * A value of a CSV cell: text, a number, a boolean, or nothing (an empty cell).
 *
 * @example
 * const row: CsvValue[] = ["hue-2022:I.1", 0.82, true, null];
 */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV cell (RFC 4180) that a spreadsheet reads as text: a cell that would be read as a formula
 * (it starts with `=`, `+`, `-`, `@`, tab or CR, also after spaces or quotes) is prefixed with a
 * single quote, as OWASP recommends, and quoted; a cell holding the delimiter, a quote, a line
 * break, or leading or trailing whitespace is quoted. Numbers are written as they are.
 *
 * @example
 * csvField('Quý I, "2022"')     // '"Quý I, ""2022"""'
 * csvField('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 * csvField(-30)                  // "-30"
 */
export function csvField(value: CsvValue, delimiter = ","): string {
  const raw = value === null || value === undefined ? "" : String(value);
  const text = typeof value === "number" ? raw : guardFormula(raw);
  const quote = text !== raw || text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: rows of {@link csvField} cells joined by the delimiter, lines ending in "\n",
 * with a UTF-8 byte-order mark first when `bom` is set.
 *
 * @example
 * csvDocument([["plan", "tasks"], ["hue-2022", 52]], { bom: true }) // "\ufeffplan,tasks\nhue-2022,52"
 */
export function csvDocument(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  return (options.bom ? "\ufeff" : "") + rows.map((row) => row.map((cell) => csvField(cell, delimiter)).join(delimiter)).join("\n");
}

/**
 * Text for a quoted Mermaid label: characters XML forbids removed, `#`, `"`, `<`, `>`, `&`, `%`
 * (Mermaid reads `%%{…}%%` anywhere as a directive, `%%` at a line start as a comment) and backticks
 * as Mermaid entity codes (`#quot;` …), line breaks and other whitespace as one space. Each character
 * becomes its own code, so cutting the text before escaping it never cuts an escape.
 *
 * @example
 * mermaidText('Kế hoạch "A" <B>') // "Kế hoạch #quot;A#quot; #lt;B#gt;"
 * mermaidText("%%{init: {}}%%")   // "#37;#37;{init: {}}#37;#37;"
 */
export function mermaidText(text: string): string {
  return terminalText(xmlChars(text).replace(/\s+/g, " "))
    .replace(/#/g, "#35;")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/&/g, "#amp;")
    .replace(/%/g, "#37;")
    .replace(/`/g, "#96;");
}

/**
 * Text for a DOT quoted string: characters XML forbids removed (Graphviz rejects NUL and writes the
 * others into SVG, which then is not XML), `&` written `&amp;` (Graphviz passes an entity such as
 * `&nbsp;` into SVG as it is, undefined in XML; it shows `&amp;` as "&"), backslashes and quotes
 * escaped; line breaks become `lineBreak`.
 *
 * @example
 * dotText('Kế hoạch "A" & B\u0000') // 'Kế hoạch \\"A\\" &amp; B'
 */
export function dotText(text: string, lineBreak = "\\n"): string {
  return xmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, lineBreak);
}

/**
 * Text for XML content and attribute values (SVG, GEXF, HTML-like Graphviz labels): characters XML
 * forbids removed, `& < > " '` escaped.
 *
 * @example
 * xmlText('a < b & "c"\u0001') // "a &lt; b &amp; &quot;c&quot;"
 */
export function xmlText(text: string): string {
  return xmlChars(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
