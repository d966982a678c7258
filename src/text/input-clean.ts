// The one input-sanitising step of dean06's importers: text read from a document, a spreadsheet
// or a JSON plan is put in NFC and rid of the control characters no document means to contain.

/**
 * The characters an imported text may not keep: C0 controls other than tab, line feed and carriage
 * return, DEL, the C1 controls, the noncharacters U+FFFE and U+FFFF, and lone surrogates. They are
 * what XML 1.0 forbids (so SVG and GEXF stay well-formed), what Graphviz refuses (NUL), and what a
 * terminal runs as commands (ESC starts CSI and OSC sequences).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What {@link cleanInput} did to a text.
 *
 * @example
 * const { text, removed, lines }: CleanedInput = cleanInput("a\u0007b");
 */
export interface CleanedInput {
  /** The text in NFC without control characters. */
  text: string;
  /** How many characters were removed or replaced. */
  removed: number;
  /** The 1-based lines they were on, in order, each once. */
  lines: number[];
  /** The code points removed, as "U+001B", each once. */
  codes: string[];
}

/** What a control character becomes: vertical tab and form feed (Word's line break, a PDF page break) a space, a lone surrogate U+FFFD, the others nothing. */
const replacement = (char: string) => (char === "\u000B" || char === "\u000C" ? " " : char.length === 1 && char >= "\uD800" && char <= "\uDFFF" ? "\uFFFD" : "");

const codeOf = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * A text as dean06 keeps it: in Unicode NFC, with the control characters no document means to
 * contain removed (vertical tab and form feed become a space, a lone surrogate U+FFFD), and an
 * account of what was removed for a warning. Tabs and line breaks are kept, so line numbers stay
 * those of the input.
 *
 * @example
 * cleanInput("Kết nối\u001b]0;owned\u0007 dữ liệu") // { text: "Kết nối]0;owned dữ liệu", removed: 2, lines: [1], codes: ["U+001B", "U+0007"] }
 */
export function cleanInput(input: string): CleanedInput {
  const nfc = input.normalize("NFC");
  let removed = 0;
  const codes = new Set<string>();
  const offsets: number[] = [];
  const text = nfc.replace(CONTROL, (char: string, offset: number) => {
    removed++;
    codes.add(codeOf(char));
    offsets.push(offset);
    return replacement(char);
  });
  return { text, removed, lines: removed ? linesOf(nfc, offsets) : [], codes: [...codes] };
}

/** The 1-based line numbers of ascending offsets in a text (CRLF, LF and CR end a line), each once. */
function linesOf(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) {
      const char = text.charCodeAt(at);
      if (char === 0x0a || (char === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) line++;
    }
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

/**
 * Every string inside a JSON value cleaned by {@link cleanInput} (object keys too), and how many
 * characters that removed in all; the value is copied only where a string changed.
 *
 * @example
 * cleanStrings({ tasks: [{ text: "a\u0000b" }] }) // { value: { tasks: [{ text: "ab" }] }, removed: 1, codes: ["U+0000"] }
 */
export function cleanStrings(value: unknown): { value: unknown; removed: number; codes: string[] } {
  let removed = 0;
  const codes = new Set<string>();
  const clean = (text: string) => {
    const result = cleanInput(text);
    removed += result.removed;
    for (const code of result.codes) codes.add(code);
    return result.text;
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return clean(node);
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === "object" && node !== null) return Object.fromEntries(Object.entries(node).map(([k, v]) => [clean(k), walk(v)]));
    return node;
  };
  const cleaned = walk(value);
  return { value: removed ? cleaned : value, removed, codes: [...codes] };
}

/**
 * The warning message for characters {@link cleanInput} removed, or null when none were.
 *
 * @example
 * cleanedMessage({ removed: 2, lines: [3, 9], codes: ["U+001B"] })
 * // "2 control characters (U+001B) were removed from the input, on lines 3, 9"
 */
export function cleanedMessage(cleaned: Pick<CleanedInput, "removed" | "codes"> & { lines?: readonly number[] }): string | null {
  if (!cleaned.removed) return null;
  const where = cleaned.lines?.length ? `, on line${cleaned.lines.length > 1 ? "s" : ""} ${cleaned.lines.slice(0, 10).join(", ")}${cleaned.lines.length > 10 ? " …" : ""}` : "";
  const codes = cleaned.codes.slice(0, 8).join(", ") + (cleaned.codes.length > 8 ? " …" : "");
  return `${cleaned.removed} control character${cleaned.removed > 1 ? "s" : ""} (${codes}) ${cleaned.removed > 1 ? "were" : "was"} removed from the input${where}`;
}
