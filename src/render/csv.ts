import { type CsvOptions, type CsvValue, csvDocument, csvField } from "./safe";

/**
 * One CSV cell (RFC 4180) a spreadsheet reads as text: quoted when it holds a comma, quote, line
 * break or leading or trailing whitespace; a cell a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`, tab or CR first, also after spaces or quotes) is prefixed with a single quote and quoted.
 *
 * @example
 * csvCell('Quý I, "2022"') // '"Quý I, ""2022"""'
 * csvCell("=1+1")          // "\"'=1+1\""
 */
export function csvCell(value: CsvValue): string {
  return csvField(value);
}

/**
 * A CSV document from a header row and data rows, lines ending in "\n", every cell as
 * {@link csvCell} writes it; `options.bom` starts it with a UTF-8 byte-order mark (for Excel),
 * `options.delimiter` sets the delimiter.
 *
 * @example
 * toCsv(["plan", "tasks"], [["hue-2022", 52]]) // "plan,tasks\nhue-2022,52"
 * toCsv(["plan"], [["hue-2022"]], { bom: true, delimiter: ";" }) // "\ufeffplan\nhue-2022"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  return csvDocument([header, ...rows], options);
}
