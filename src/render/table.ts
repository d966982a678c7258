import { markdownText, terminalText } from "./safe";

/**
 * A column of a text table: its heading and whether its cells align right (numbers).
 *
 * @example
 * const columns: Column[] = [{ heading: "plan" }, { heading: "tasks", align: "right" }];
 * textTable(columns, [["hue-2022", "52"], ["hcmc-2024", "47"]]);
 */
export interface Column {
  /** The column's heading, shown as given (escaped for Markdown or the terminal). */
  heading: string;
  /** How its cells align: "left" (default) for text, "right" for numbers. */
  align?: "left" | "right";
}

/** Display width of a string: NFC code points (Vietnamese letters are one column each). */
const width = (text: string) => [...text.normalize("NFC")].length;

const pad = (text: string, size: number, align: "left" | "right" = "left") => (align === "right" ? " ".repeat(size - width(text)) + text : text + " ".repeat(size - width(text)));

/**
 * A plain-text table with aligned columns, for terminals and `toString()`; control characters in
 * cells are made visible ({@link terminalText}), one character for one.
 *
 * @example
 * textTable([{ heading: "plan" }, { heading: "tasks", align: "right" }], [["hue-2022", "52"]])
 * // "plan      tasks\n--------  -----\nhue-2022     52"
 */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const shown = (cells: readonly string[]) => columns.map((_, i) => terminalText((cells[i] ?? "").replace(/\r\n|\r|\n/g, " ")));
  const body = rows.map(shown);
  const sizes = columns.map((column, i) => Math.max(width(column.heading), ...body.map((row) => width(row[i]!))));
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => pad(cells[i] ?? "", sizes[i]!, column.align))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.heading)), sizes.map((s) => "-".repeat(s)).join("  "), ...body.map(line)].join("\n");
}

/**
 * A GitHub-flavoured markdown table; each cell is {@link markdownText}: no raw HTML, link or code
 * span from its text, pipes escaped, control characters visible.
 *
 * @example
 * markdownTable([{ heading: "plan" }], [["hue-2022"]]) // "| plan |\n| --- |\n| hue-2022 |"
 */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cell = markdownText;
  const header = `| ${columns.map((c) => cell(c.heading)).join(" | ")} |`;
  const rule = `| ${columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
  return [header, rule, ...rows.map((row) => `| ${columns.map((_, i) => cell(row[i] ?? "")).join(" | ")} |`)].join("\n");
}

/**
 * A task's ref from its id ("hue-2022:VI.12" → "VI.12"), for table cells.
 *
 * @example
 * taskRef("qd-06-2022:II.4") // "II.4"
 */
export const taskRef = (id: string): string => id.slice(id.indexOf(":") + 1);

/**
 * A text cut to at most `max` characters (code points), ending in "…" when cut.
 *
 * @example
 * shorten("Kết nối dữ liệu dân cư", 10) // "Kết nối d…"
 */
export const shorten = (text: string, max: number): string => ([...text].length > max ? `${[...text].slice(0, max - 1).join("")}…` : text);

/**
 * A number of days with its sign ("+366", "-30", "0"), empty when unknown.
 *
 * @example
 * signedDays(366) // "+366"
 */
export const signedDays = (days: number | null): string => (days === null ? "" : days > 0 ? `+${days}` : String(days));
