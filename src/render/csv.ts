/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break.
 *
 * @example
 * csvCell('Quý I, "2022"') // '"Quý I, ""2022"""'
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document from a header row and data rows, lines ending in CRLF-free "\n".
 *
 * @example
 * toCsv(["plan", "tasks"], [["hue-2022", 52]]) // "plan,tasks\nhue-2022,52"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\n");
}
