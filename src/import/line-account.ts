import type { LineAccount } from "../model/plan";
import type { WarningList } from "./import-warnings";

/** What a line read for the plan's metadata told the importer (see {@link LineAccount}). */
export type MetadataKind = Extract<LineAccount, { use: "metadata" }>["what"];

/** A non-empty line of an imported input: its 1-based number and its text as written. */
export interface InputLine {
  n: number;
  text: string;
}

/** The task, service or target a line is part of. */
export type LineOwner = { use: "task" | "service" | "target"; id: string };

/**
 * The input lines an importer read for the plan's metadata, with what each told it; the first
 * mark of a line is kept.
 *
 * @example
 * const metadata = new LineMetadata();
 * metadata.mark("section heading", [3]);
 * metadata.mark("preamble", [1, 2, 3]);
 * metadata.byLine.get(3) // "section heading"
 */
export class LineMetadata {
  readonly byLine = new Map<number, MetadataKind>();

  /** Marks lines as read for `what`, unless they are marked already. */
  mark(what: MetadataKind, lines: Iterable<number>): void {
    for (const n of lines) if (!this.byLine.has(n)) this.byLine.set(n, what);
  }
}

/**
 * Groups consecutive line numbers into "a–b" ranges.
 *
 * @example
 * ranges([3, 4, 5, 9]) // "3–5, 9"
 */
export function ranges(numbers: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    out.push(i === j ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
    i = j;
  }
  return out.join(", ");
}

/**
 * The task, service or target each input line is part of (the first one that claims it).
 *
 * @example
 * lineOwners([{ use: "task", id: "x:1", lines: [4, 5] }]).get(5) // { use: "task", id: "x:1" }
 */
export function lineOwners(items: readonly (LineOwner & { lines: readonly number[] })[]): Map<number, LineOwner> {
  const owners = new Map<number, LineOwner>();
  for (const { use, id, lines } of items) for (const n of lines) if (!owners.has(n)) owners.set(n, { use, id });
  return owners;
}

/**
 * Reports the non-empty lines that no task, service, target, metadata or warning accounts for, one warning
 * per run of them ("lines 12–15 not used: …"), so that no line is dropped silently.
 *
 * @example
 * const warnings = new WarningList();
 * reportUnused([{ n: 1, text: "Xin chào" }], new Map(), new LineMetadata(), warnings);
 * warnings.items[0].message // "line 1 not used: it is not part of a task, a target, a table or the plan's head"
 */
export function reportUnused(input: readonly InputLine[], owners: ReadonlyMap<number, LineOwner>, metadata: LineMetadata, warnings: WarningList): void {
  const accounted = (line: InputLine) => owners.has(line.n) || metadata.byLine.has(line.n) || warnings.reported.has(line.n);
  for (let i = 0; i < input.length; i++) {
    if (accounted(input[i]!)) continue;
    let j = i;
    while (j + 1 < input.length && !accounted(input[j + 1]!)) j++;
    const run = input.slice(i, j + 1).map((l) => l.n);
    const where = run.length === 1 ? `line ${run[0]}` : `lines ${ranges(run)}`;
    warnings.add(run[0]!, `${where} not used: ${run.length === 1 ? "it is" : "they are"} not part of a task, a target, a table or the plan's head`, input[i]!.text, run);
    i = j;
  }
}

/**
 * The account of every non-empty input line: part of a task, service or target, else metadata, else the
 * warning that reports it. Lines nothing accounts for are missing; {@link reportUnused} first
 * leaves none.
 *
 * @example
 * accountLines([{ n: 1, text: "1. Kết nối" }], new Map([[1, { use: "task", id: "x:1" }]]), new LineMetadata(), new WarningList())
 * // [{ line: 1, use: "task", id: "x:1" }]
 */
export function accountLines(input: readonly InputLine[], owners: ReadonlyMap<number, LineOwner>, metadata: LineMetadata, warnings: WarningList): LineAccount[] {
  const accounts: LineAccount[] = [];
  for (const { n } of input) {
    const owner = owners.get(n);
    const what = metadata.byLine.get(n);
    const warning = warnings.reported.get(n);
    if (owner) accounts.push({ line: n, ...owner });
    else if (what) accounts.push({ line: n, use: "metadata", what });
    else if (warning !== undefined) accounts.push({ line: n, use: "warning", warning });
  }
  return accounts;
}
