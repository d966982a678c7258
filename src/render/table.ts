/**
 * A column of a text table: its heading and whether its cells align right (numbers).
 *
 * @example
 * const columns: Column[] = [{ heading: "plan" }, { heading: "tasks", align: "right" }];
 * textTable(columns, [["hue-2022", "52"], ["hcmc-2024", "47"]]);
 */
export interface Column {
  heading: string;
  align?: "left" | "right";
}

/** Display width of a string: NFC code points (Vietnamese letters are one column each). */
const width = (text: string) => [...text.normalize("NFC")].length;

const pad = (text: string, size: number, align: "left" | "right" = "left") =>
  align === "right" ? " ".repeat(size - width(text)) + text : text + " ".repeat(size - width(text));

/**
 * A plain-text table with aligned columns, for terminals and `toString()`.
 *
 * @example
 * textTable([{ heading: "plan" }, { heading: "tasks", align: "right" }], [["hue-2022", "52"]])
 * // "plan      tasks\n--------  -----\nhue-2022     52"
 */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const sizes = columns.map((column, i) => Math.max(width(column.heading), ...rows.map((row) => width(row[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    columns.map((column, i) => pad(cells[i] ?? "", sizes[i]!, column.align)).join("  ").trimEnd();
  return [line(columns.map((c) => c.heading)), sizes.map((s) => "-".repeat(s)).join("  "), ...rows.map(line)].join("\n");
}

/**
 * A GitHub-flavoured markdown table; pipes inside cells are escaped.
 *
 * @example
 * markdownTable([{ heading: "plan" }], [["hue-2022"]]) // "| plan |\n| --- |\n| hue-2022 |"
 */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const header = `| ${columns.map((c) => cell(c.heading)).join(" | ")} |`;
  const rule = `| ${columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
  return [header, rule, ...rows.map((row) => `| ${columns.map((_, i) => cell(row[i] ?? "")).join(" | ")} |`)].join("\n");
}
