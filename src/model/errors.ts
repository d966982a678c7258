import type { z } from "zod";

/**
 * The `code` of each error dean06 throws on purpose, stable for programs to test:
 * `PLAN_NOT_FOUND` ({@link PlanNotFoundError}), `PLAN_INVALID` ({@link PlanValidationError}),
 * `IMPORT_FAILED` ({@link ImportError}), `TASK_NOT_FOUND` ({@link TaskNotFoundError}),
 * `INVALID_REVIEW` ({@link ReviewError}), `INVALID_LINK_OPTIONS` ({@link LinkOptionsError}), `NODE_NOT_FOUND` (`LineageNodeNotFoundError`),
 * `SECTION_NOT_FOUND` (`sectionLineage` for a section the graph lacks), `RENDER_FAILED`
 * (Graphviz could not render a picture), `LINKS_MISMATCH` (coverage given the links of another
 * pair of plans), `UNSUPPORTED_ENCODING` (`EncodingError`), `PDF_NO_TEXT_LAYER`
 * (`NoTextLayerError`), `UNREADABLE_DOCUMENT` (`DocumentFormatError`) and `USAGE` (the CLI's
 * command-line errors).
 *
 * @example
 * const code: Dean06ErrorCode = "PLAN_NOT_FOUND";
 */
export type Dean06ErrorCode =
  | "PLAN_NOT_FOUND"
  | "PLAN_INVALID"
  | "IMPORT_FAILED"
  | "TASK_NOT_FOUND"
  | "INVALID_REVIEW"
  | "INVALID_LINK_OPTIONS"
  | "NODE_NOT_FOUND"
  | "SECTION_NOT_FOUND"
  | "RENDER_FAILED"
  | "LINKS_MISMATCH"
  | "UNSUPPORTED_ENCODING"
  | "PDF_NO_TEXT_LAYER"
  | "UNREADABLE_DOCUMENT"
  | "USAGE";

/**
 * Base class of every error dean06 throws on purpose; `code` (one of {@link Dean06ErrorCode}) is
 * stable for programs to test. Each subclass narrows `code` to its own.
 *
 * @example
 * try { getPlan("hue-2023"); } catch (e) { if (e instanceof Dean06Error) console.log(e.code); } // "PLAN_NOT_FOUND"
 */
export class Dean06Error<Code extends Dean06ErrorCode = Dean06ErrorCode> extends Error {
  /** What went wrong, as a stable identifier. */
  readonly code: Code;
  constructor(code: Code, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * Thrown by {@link getPlan} (and every function taking a plan id) for an id the corpus does not
 * know; the message lists the known ids.
 *
 * @example
 * try { getPlan("nope"); } catch (e) { if (e instanceof PlanNotFoundError) console.log(e.knownIds); }
 */
export class PlanNotFoundError extends Dean06Error<"PLAN_NOT_FOUND"> {
  /** The id asked for. */
  readonly id: string;
  /** The ids of the built-in plans. */
  readonly knownIds: readonly string[];
  constructor(id: string, knownIds: readonly string[]) {
    super("PLAN_NOT_FOUND", `Unknown plan id "${id}". Known plan ids: ${knownIds.join(", ")}.`);
    this.id = id;
    this.knownIds = knownIds;
  }
}

/**
 * One invalid field: its path in the input and what is wrong with it.
 *
 * @example
 * try { validatePlan({ id: "x" }); } catch (e) {
 *   if (e instanceof PlanValidationError) for (const issue of e.issues) console.log(issue.path, issue.message);
 * } // "code" "Invalid input: expected string, received undefined" …
 */
export interface ValidationIssue {
  /** Where in the input: `tasks[3].deadline`, or empty for the input as a whole. */
  path: string;
  /** What is wrong there. */
  message: string;
}

/**
 * Thrown when a plan (or seed file) does not match {@link PlanSchema}; `issues` gives the path of
 * each bad field.
 *
 * @example
 * try { validatePlan({ id: "x" }); } catch (e) { if (e instanceof PlanValidationError) console.log(e.issues); }
 */
export class PlanValidationError extends Dean06Error<"PLAN_INVALID"> {
  /** Every invalid field (the message shows the first five). */
  readonly issues: readonly ValidationIssue[];
  constructor(what: string, issues: readonly ValidationIssue[]) {
    const shown = issues.slice(0, 5).map((i) => `${i.path || "(root)"}: ${i.message}`);
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : "";
    super("PLAN_INVALID", `${what} is not a valid plan: ${shown.join("; ")}${more}`);
    this.issues = issues;
  }

  /** Builds the error from a zod error, keeping each issue's path as `a.b[2].c`. */
  static fromZod(what: string, error: z.ZodError): PlanValidationError {
    return new PlanValidationError(
      what,
      error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`)).join("");
}

/**
 * Thrown by the importers for input they cannot read as a plan at all: invalid `meta` (a bad plan
 * id), a CSV without a task column, a file the CLI cannot read. `line` is the 1-based line of the
 * input concerned, or null when it concerns the whole input. Text that is merely not a plan does
 * not throw: {@link parsePlan} returns an empty plan whose `warnings` say why.
 *
 * @example
 * try { parsePlanCSV("a;b\n1;2", { id: "x" }); } catch (e) { if (e instanceof ImportError) console.log(e.line, e.message); }
 */
export class ImportError extends Dean06Error<"IMPORT_FAILED"> {
  /** The 1-based line of the input concerned, or null for the whole input. */
  readonly line: number | null;
  constructor(message: string, line: number | null = null) {
    super("IMPORT_FAILED", line === null ? message : `line ${line}: ${message}`);
    this.line = line;
  }
}

/**
 * Thrown for a task id that names a plan's task the plan does not have: an override pinning or
 * forbidding a link from `hue-2026:99` or to `qd-06-2022:II.99`. `plan` is the plan searched.
 *
 * @example
 * try { link("hue-2026", { overrides: { pin: [{ local: "hue-2026:99", national: "qd-06-2022:II.4" }] } }); }
 * catch (e) { if (e instanceof TaskNotFoundError) console.log(e.id, e.plan); } // "hue-2026:99" "hue-2026"
 */
export class TaskNotFoundError extends Dean06Error<"TASK_NOT_FOUND"> {
  /** The task id that was not found. */
  readonly id: string;
  /** The id of the plan searched. */
  readonly plan: string;
  constructor(id: string, plan: string, what: string) {
    super("TASK_NOT_FOUND", `${what}: plan ${plan} has no task "${id}"`);
    this.id = id;
    this.plan = plan;
  }
}

/**
 * Thrown by {@link reviewedOverrides} for a reviewed links CSV it cannot read as corrections (a
 * missing `local`, `national` or `review` column, a review other than `pin`, `forbid` or empty, a
 * decision without both tasks, an unclosed quote), and by it and {@link overridesWithIds} for a
 * local task ref with no plan to read it in. `line` is the 1-based line of the CSV concerned, or
 * null when it concerns the whole input.
 *
 * @example
 * try { reviewedOverrides("local,national\nhue-2026:19,II.4"); } catch (e) { if (e instanceof ReviewError) console.log(e.message); }
 * // "the review has no review column (columns: local, national)"
 */
export class ReviewError extends Dean06Error<"INVALID_REVIEW"> {
  /** The 1-based line of the CSV concerned, or null for the whole input. */
  readonly line: number | null;
  constructor(message: string, line: number | null = null) {
    super("INVALID_REVIEW", line === null ? message : `line ${line}: ${message}`);
    this.line = line;
  }
}

/**
 * Thrown by `link` (and the functions that pass options to it) for options it cannot use: a
 * threshold that is not a finite number in its range (NaN, -1, 2, "0.4", Infinity), an unknown
 * threshold, malformed overrides, a pair both pinned and forbidden, a pin from one of the plan's
 * tasks to a task that is not the target's. `option` names the option concerned.
 *
 * @example
 * try { link("hue-2022", { thresholds: { link: Number.NaN } }); }
 * catch (e) { if (e instanceof LinkOptionsError) console.log(e.code, e.option); } // "INVALID_LINK_OPTIONS" "thresholds.link"
 */
export class LinkOptionsError extends Dean06Error<"INVALID_LINK_OPTIONS"> {
  /** The option concerned (`thresholds.link`, `overrides.pin` …). */
  readonly option: string;
  constructor(option: string, message: string) {
    super("INVALID_LINK_OPTIONS", `${option}: ${message}`);
    this.option = option;
  }
}
