import type { ImportWarning } from "../model/plan";

/**
 * Collects what an importer could not read, with the line and the text concerned, and which input
 * lines each warning reports.
 *
 * @example
 * const warnings = new WarningList();
 * warnings.add(12, "row without a task text was not read", "3 | | ");
 * warnings.add(40, "lines 40–42 are outside any task table and were not imported", "Ghi chú", [40, 41, 42]);
 * warnings.reported.get(41) // 1
 */
export class WarningList {
  readonly items: ImportWarning[] = [];
  /** Input line → index of the first warning that reports it. */
  readonly reported = new Map<number, number>();

  /**
   * Adds a warning; text is collapsed to one line and cut to 200 characters. It reports the input
   * lines `lines` (by default its own line).
   */
  add(line: number | null, message: string, text = "", lines: Iterable<number> = line && line > 0 ? [line] : []): void {
    const shown = text.replace(/\s+/g, " ").trim();
    for (const n of lines) if (!this.reported.has(n)) this.reported.set(n, this.items.length);
    this.items.push({ line: line && line > 0 ? line : null, message, text: shown.length > 200 ? `${shown.slice(0, 199)}…` : shown });
  }
}
