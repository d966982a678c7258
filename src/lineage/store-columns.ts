// The columns of a link store (src/lineage/store.ts): typed arrays that grow while a corpus is
// linked and are trimmed once it is done, a string table, and the evidence of every link kept as
// columns of numbers and string ids (no object per link).
import type { LinkEvidence } from "../model/link";

type Typed = Int32Array | Float64Array | Uint8Array | Uint16Array;
type TypedConstructor<T extends Typed> = { new (length: number): T };

/**
 * A typed array that grows by half its size as values are pushed (then `trim()` to its length:
 * a view of the values, so that finishing a store copies nothing — a copy of every column at
 * once was the peak of a corpus's memory — and keeps at most a third more than its values).
 *
 * @example
 * const scores = new Column(Float64Array);
 * scores.push(0.91);
 * scores.trim(); // Float64Array [0.91]
 */
export class Column<T extends Typed> {
  #data: T;
  length = 0;
  constructor(
    private readonly type: TypedConstructor<T>,
    capacity = 1024,
  ) {
    this.#data = new type(capacity);
  }
  /** Room for `more` values. */
  reserve(more: number): T {
    if (this.length + more > this.#data.length) {
      const grown = new this.type(Math.max(Math.ceil(this.#data.length * 1.5), this.length + more));
      grown.set(this.#data as never);
      this.#data = grown;
    }
    return this.#data;
  }
  push(value: number): void {
    this.reserve(1)[this.length++] = value;
  }
  get data(): T {
    return this.#data;
  }
  /** The values pushed, in an array of their exact length (a view of the column's buffer; the column keeps using it). */
  trim(): T {
    if (this.#data.length !== this.length) this.#data = this.#data.subarray(0, this.length) as T;
    return this.#data;
  }
  /** Bytes held (the whole buffer, also what a trimmed column does not use). */
  get bytes(): number {
    return this.#data.buffer.byteLength;
  }
}

/**
 * Strings by number: each distinct string is kept once.
 *
 * @example
 * const table = new StringTable();
 * table.id("CSDL") === table.id("CSDL"); // true
 * table.get(table.id("CSDL"));            // "CSDL"
 */
export class StringTable {
  readonly #ids = new Map<string, number>();
  readonly #strings: string[] = [];
  id(text: string): number {
    let id = this.#ids.get(text);
    if (id === undefined) {
      id = this.#strings.length;
      this.#ids.set(text, id);
      this.#strings.push(text);
    }
    return id;
  }
  get(id: number): string {
    return this.#strings[id]!;
  }
  get size(): number {
    return this.#strings.length;
  }
  /** Bytes held, roughly: two per character and a few words per entry (the map and the array). */
  get bytes(): number {
    let chars = 0;
    for (const s of this.#strings) chars += s.length;
    return chars * 2 + this.#strings.length * 40;
  }
}

// Numbers of the evidence (component values, runner-up scores) are thousandths in 0..1 as the
// linker rounds them: kept as a Uint16 count of thousandths when that is exact, any other number
// behind an escape value in a side table (so every number reads back as it was written).
const ESCAPE = 0xffff;
/** The count of thousandths that `value` is exactly, or -1. */
const thousandths = (value: number) => {
  if (Object.is(value, -0)) return -1;
  const k = Math.round(value * 1000);
  return k >= 0 && k < ESCAPE && k / 1000 === value ? k : -1;
};

/** A column of numbers, compact for thousandths, exact for every number. */
class NumberColumn {
  readonly #values = new Column(Uint16Array);
  readonly #others = new Map<number, number>();
  get length(): number {
    return this.#values.length;
  }
  push(value: number): void {
    const k = thousandths(value);
    if (k >= 0) this.#values.push(k);
    else {
      this.#others.set(this.#values.length, value);
      this.#values.push(ESCAPE);
    }
  }
  get(i: number): number {
    const v = this.#values.data[i]!;
    return v === ESCAPE ? this.#others.get(i)! : v / 1000;
  }
  trim(): void {
    this.#values.trim();
  }
  get bytes(): number {
    return this.#values.bytes + this.#others.size * 40;
  }
}

/** Splits a summary into quoted phrases and the text between them (joined, the pieces give it back). */
const QUOTED = /("[^"]*")/u;

/** Where each row's values start in a pool: row r has values [starts[r], starts[r + 1]). */
class Offsets {
  readonly starts = new Column(Int32Array);
  constructor() {
    this.starts.push(0);
  }
  close(end: number): void {
    this.starts.push(end);
  }
  range(row: number): [number, number] {
    const s = this.starts.data;
    return [s[row]!, s[row + 1]!];
  }
}

/**
 * The evidence of every link of a store, row by row (row = the link's position in the store):
 * shared terms as string ids, components as a key-list id and values, runners-up as target task
 * indexes and scores, origin, and the summary as string ids of its pieces (the quoted phrases and
 * the text between them: "score 0.95: shares ", "\"phòng chống lộ lọt dữ liệu\"", "; covers …", which
 * many links share). `get(row)` gives back the
 * {@link LinkEvidence} that was added, equal to it.
 *
 * @example
 * const table = new EvidenceTable((id) => index.get(id)!, (i) => target.tasks[i]!.id);
 * const row = table.add(link.evidence);
 * table.get(row); // deep-equals link.evidence
 */
export class EvidenceTable {
  readonly #strings = new StringTable();
  readonly #terms = new Column(Int32Array);
  readonly #termRows = new Offsets();
  readonly #componentKeys = new Column(Int32Array);
  readonly #componentValues = new NumberColumn();
  readonly #componentRows = new Offsets();
  readonly #runnerTargets = new Column(Int32Array);
  readonly #runnerScores = new NumberColumn();
  readonly #runnerRows = new Offsets();
  readonly #pinned = new Column(Uint8Array);
  readonly #summary = new Column(Int32Array);
  readonly #summaryRows = new Offsets();
  rows = 0;

  /** `targetIndex` gives a target task's index from its id (-1 for none), `targetId` the reverse. */
  constructor(
    private readonly targetIndex: (id: string) => number,
    private readonly targetId: (index: number) => string,
  ) {}

  /** Adds a link's evidence; returns its row. */
  add(evidence: LinkEvidence): number {
    for (const term of evidence.sharedTerms) this.#terms.push(this.#strings.id(term));
    this.#termRows.close(this.#terms.length);
    const names = Object.keys(evidence.components);
    this.#componentKeys.push(this.#strings.id(names.join("\u0000")));
    for (const name of names) this.#componentValues.push(evidence.components[name]!);
    this.#componentRows.close(this.#componentValues.length);
    for (const runner of evidence.runnersUp) {
      this.#runnerTargets.push(this.targetIndex(runner.national));
      this.#runnerScores.push(runner.score);
    }
    this.#runnerRows.close(this.#runnerTargets.length);
    this.#pinned.push(evidence.origin === "pinned" ? 1 : 0);
    for (const piece of evidence.summary.split(QUOTED)) if (piece) this.#summary.push(this.#strings.id(piece));
    this.#summaryRows.close(this.#summary.length);
    return this.rows++;
  }

  /** The evidence of a row, as it was added. */
  get(row: number): LinkEvidence {
    const [t0, t1] = this.#termRows.range(row);
    const sharedTerms: string[] = [];
    for (let i = t0; i < t1; i++) sharedTerms.push(this.#strings.get(this.#terms.data[i]!));
    const [c0] = this.#componentRows.range(row);
    const keys = this.#strings.get(this.#componentKeys.data[row]!);
    const components: Record<string, number> = {};
    if (keys !== "") keys.split("\u0000").forEach((name, k) => (components[name] = this.#componentValues.get(c0 + k)));
    const [r0, r1] = this.#runnerRows.range(row);
    const runnersUp: LinkEvidence["runnersUp"] = [];
    for (let i = r0; i < r1; i++) runnersUp.push({ national: this.targetId(this.#runnerTargets.data[i]!), score: this.#runnerScores.get(i) });
    const [s0, s1] = this.#summaryRows.range(row);
    let summary = "";
    for (let i = s0; i < s1; i++) summary += this.#strings.get(this.#summary.data[i]!);
    return { sharedTerms, components, runnersUp, origin: this.#pinned.data[row] ? "pinned" : "matched", summary };
  }

  /** Trims every column to its length (once the corpus is linked). */
  trim(): void {
    for (const column of [this.#terms, this.#componentKeys, this.#runnerTargets, this.#pinned, this.#summary]) column.trim();
    for (const rows of [this.#termRows, this.#componentRows, this.#runnerRows, this.#summaryRows]) rows.starts.trim();
    this.#componentValues.trim();
    this.#runnerScores.trim();
  }

  /** Bytes held by the columns and the string table. */
  get bytes(): number {
    const columns = [this.#terms, this.#componentKeys, this.#runnerTargets, this.#pinned, this.#summary];
    const rows = [this.#termRows, this.#componentRows, this.#runnerRows, this.#summaryRows];
    return columns.reduce((sum, c) => sum + c.bytes, 0) + rows.reduce((sum, r) => sum + r.starts.bytes, 0) + this.#componentValues.bytes + this.#runnerScores.bytes + this.#strings.bytes;
  }
}
