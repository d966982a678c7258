import { toNFC } from "../text/fold";
import { stripMarkup } from "../text/markup";

/** One line of an imported text: its 1-based number and its text without formatting. */
export interface SourceLine {
  /** 1-based line number in the input. */
  n: number;
  /** The line without markup (HTML tags, markdown emphasis), NFC, tabs and leading spaces kept. */
  text: string;
  /** The line as written (NFC). */
  raw: string;
}

/**
 * Splits an imported text into lines for the importer: NFC, byte-order mark removed, CRLF and CR
 * line ends, markdown pipe tables turned into tab-separated cells (their `|---|` rules dropped),
 * formatting stripped with {@link stripMarkup}. Line numbers are those of the input.
 *
 * @example
 * toSourceLines("\ufeffSố: 12/KH-UBND\r\n| STT | Nhiệm vụ |").map((l) => l.text) // ["Số: 12/KH-UBND", "STT\tNhiệm vụ"]
 */
export function toSourceLines(input: string): SourceLine[] {
  const text = toNFC(input).replace(/^\ufeff/, "");
  return text.split(/\r\n|\r|\n/).map((raw, i) => ({ n: i + 1, text: clean(raw), raw }));
}

function clean(raw: string): string {
  const pipe = /^\s*\|(.*)\|\s*$/.exec(raw);
  if (pipe) {
    const cells = pipe[1]!.split(/(?<!\\)\|/).map((c) => c.trim());
    if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === "")) return "";
    return cells.map(stripMarkup).join("\t");
  }
  return stripMarkup(raw);
}

/**
 * Whether a line is blank (or missing).
 *
 * @example
 * isBlank({ n: 1, text: " \t", raw: " \t" }) // true
 */
export const isBlank = (line: SourceLine | undefined): boolean => !line || line.text.trim() === "";
