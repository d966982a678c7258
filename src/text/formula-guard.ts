// Spreadsheet formula injection (CSV injection): Excel, LibreOffice and Google Sheets run a cell
// that starts with = + - @ (or their full-width forms), tab or carriage return as a formula (a line
// feed is guarded too: a CSV reader turns a leading CRLF into one), even
// when the CSV quotes it, and even after leading spaces and quotes. OWASP's remedy: prefix such a
// cell with a single quote, which makes the spreadsheet read it as text. dean06's CSV writers guard
// every cell; its CSV reader removes the guard, so a plan written as CSV reads back unchanged.

/** A cell a spreadsheet would read as a formula: a trigger character, perhaps after spaces and quotes. */
const FORMULA = /^[\s"']*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A plain number ("-30", "+0.5", "1e3"): a spreadsheet reads it as that number, not a formula. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Whether a spreadsheet would read a cell as a formula (plain numbers such as "-30" are not).
 *
 * @example
 * isFormulaLike("=HYPERLINK(\"http://x\")") // true
 * isFormulaLike(" @SUM(A1)")                 // true
 * isFormulaLike("-30")                       // false
 */
export function isFormulaLike(cell: string): boolean {
  return FORMULA.test(cell) && !NUMBER.test(cell);
}

/**
 * A cell a spreadsheet reads as text: prefixed with a single quote when it would be read as a
 * formula. {@link unguardFormula} undoes it exactly.
 *
 * @example
 * guardFormula("=1+1")     // "'=1+1"
 * guardFormula("- Kết nối") // "'- Kết nối"
 * guardFormula("Kết nối")   // "Kết nối"
 */
export function guardFormula(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}

/**
 * A cell as written before {@link guardFormula}: the leading single quote removed when what follows
 * is formula-like. `unguardFormula(guardFormula(x)) === x` for every string.
 *
 * @example
 * unguardFormula("'=1+1")  // "=1+1"
 * unguardFormula("'Quý I") // "'Quý I"
 */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && isFormulaLike(cell.slice(1)) ? cell.slice(1) : cell;
}
