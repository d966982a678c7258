import type { ImportWarning } from "../model/plan";

/**
 * Collects what an importer could not read, with the line and the text concerned.
 *
 * @example
 * const warnings = new WarningList();
 * warnings.add(12, "row without a task text was not read", "3 | | ");
 */
export class WarningList {
  readonly items: ImportWarning[] = [];

  /** Adds a warning; text is collapsed to one line and cut to 200 characters. */
  add(line: number | null, message: string, text = ""): void {
    const shown = text.replace(/\s+/g, " ").trim();
    this.items.push({ line: line && line > 0 ? line : null, message, text: shown.length > 200 ? `${shown.slice(0, 199)}…` : shown });
  }
}
