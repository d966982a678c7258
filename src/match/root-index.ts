import { rootIndex as STORED_ROOT_INDEX } from "../../seeds/index.cjs";
import { rootPlan } from "../corpus/index";
import type { Plan } from "../model/plan";
import { DEFAULT_WORD_BOUNDARIES, type WordBoundaries } from "../text/word-boundaries";
import { fromTaggedJson, type TaggedJson, toTaggedJson } from "./tagged-json";
import { buildTargetIndex, type IndexOptions, type TargetIndex } from "./target-index";

// The national root's index is the same in every process: scripts/derived.ts writes it to
// seeds/derived/root-index.json (read on first use, like the plans), and a linker of the built-in
// root with the default word boundaries reads it instead of building it, which is most of a cold
// first link(). test/match/root-index.test.ts checks that the file is what buildTargetIndex makes.

/**
 * A {@link TargetIndex} as stored in a JSON file: the index but its plan, the plan's tasks and the
 * word boundaries (which the reader supplies), in tagged JSON (`toTaggedJson`).
 *
 * @example
 * const stored = storeTargetIndex(buildTargetIndex(rootPlan), "…");
 * stored.tasks.length // 52
 */
export interface StoredTargetIndex {
  /** The script that wrote it. */
  writtenBy: string;
  /** The id of the indexed plan. */
  plan: string;
  /** SHA-256 of the data it was built from (the plan's seed file and the word boundaries), in hex. */
  inputs: string;
  /** The ids of the plan's tasks, in order: an index is read only for a plan with these tasks. */
  tasks: string[];
  /** The rest of the index. */
  index: TaggedJson;
}

/**
 * The stored form of a target index built with the default word boundaries, `inputs` naming the
 * data it was built from (see {@link StoredTargetIndex}).
 *
 * @example
 * const stored = storeTargetIndex(buildTargetIndex(rootPlan), hash);
 * JSON.stringify(stored) // what seeds/derived/root-index.json holds
 */
export function storeTargetIndex(index: TargetIndex, inputs: string): StoredTargetIndex {
  const { plan, tasks, crossWord, ...rest } = index;
  return { writtenBy: "scripts/derived.ts", plan: plan.id, inputs, tasks: tasks.map(({ task }) => task.id), index: toTaggedJson(rest, "index") };
}

/**
 * The target index of a plan read back from its stored form (a new object each time), or
 * `undefined` when the stored index is of another plan or other tasks.
 *
 * @example
 * restoreTargetIndex(stored, rootPlan)?.tasks.length // 52
 */
export function restoreTargetIndex(stored: StoredTargetIndex, plan: Plan, wordBoundaries: WordBoundaries = DEFAULT_WORD_BOUNDARIES): TargetIndex | undefined {
  if (stored.plan !== plan.id || stored.tasks.length !== plan.tasks.length || stored.tasks.some((id, i) => plan.tasks[i]!.id !== id)) return undefined;
  const rest = fromTaggedJson(stored.index) as Omit<TargetIndex, "plan" | "tasks" | "crossWord">;
  return { plan, crossWord: { toned: wordBoundaries.toned, folded: wordBoundaries.folded }, tasks: plan.tasks.map((task) => ({ task })), ...rest };
}

/**
 * The index a linker of `plan` uses: for the built-in national root (`rootPlan` itself) with the
 * default word boundaries, the stored one (seeds/derived/root-index.json, what
 * {@link buildTargetIndex} makes of it, read in a few milliseconds); else `buildTargetIndex`.
 *
 * @example
 * targetIndexFor(rootPlan).tasks.length // 52, read from the stored index
 * targetIndexFor(getPlan("hue-2022")).tasks.length // 52, built
 */
export function targetIndexFor(plan: Plan, options: IndexOptions = {}): TargetIndex {
  const boundaries = options.wordBoundaries ?? DEFAULT_WORD_BOUNDARIES;
  const stored = plan === rootPlan && boundaries === DEFAULT_WORD_BOUNDARIES ? restoreTargetIndex(STORED_ROOT_INDEX.load() as StoredTargetIndex, plan, boundaries) : undefined;
  return stored ?? buildTargetIndex(plan, options);
}
