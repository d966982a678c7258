import { matchText } from "./match-form";
import { crossWordPairs } from "./segment";
import { WORD_BOUNDARY_DATA } from "./word-boundaries-data";
import { createWordReader } from "./word-reader";

/**
 * Word statistics the linker reads: the two-word terms ("a b", in each word form) that mostly stand
 * across a word boundary rather than forming a word (`crossWordPairs`: "xử lý | vi phạm" makes
 * "lý vi"). Learnt from a body of texts ({@link learnWordBoundaries}); the linker takes them as an
 * option, {@link DEFAULT_WORD_BOUNDARIES} by default, so what a plan links to never depends on
 * which other plans happen to be in the corpus.
 *
 * @example
 * DEFAULT_WORD_BOUNDARIES.folded.has("ly vi") // true: "xử lý | vi phạm"
 */
export interface WordBoundaries {
  /** Two-word terms with their tones that mostly stand across a word boundary. */
  toned: ReadonlySet<string>;
  /** The same, folded (for texts without diacritics). */
  folded: ReadonlySet<string>;
}

/**
 * Learns {@link WordBoundaries} from task texts (a few hundred are enough: how often syllables go
 * together decides, see `crossWordPairs`). Pure.
 *
 * @example
 * const boundaries = learnWordBoundaries(plans.flatMap((plan) => plan.tasks.map((task) => task.text)));
 * createLinker(rootPlan, { wordBoundaries: boundaries });
 */
export function learnWordBoundaries(texts: readonly string[]): WordBoundaries {
  const reader = createWordReader();
  const read = texts.map((text) => matchText(text, undefined, reader));
  return {
    toned: crossWordPairs(read.map((text) => ({ words: text.toned, clauses: text.clauses }))),
    folded: crossWordPairs(read.map((text) => ({ words: text.folded, clauses: text.clauses }))),
  };
}

/**
 * The word boundaries learnt from the task texts of the plans named in
 * `DEFAULT_WORD_BOUNDARIES_SOURCE` (the national plan and five local plans, ~300 tasks):
 * a snapshot, written by `npx tsx scripts/word-boundaries.ts`, that adding a plan to the corpus
 * does not change.
 *
 * @example
 * DEFAULT_WORD_BOUNDARIES.toned.size > 1000 // true
 */
export const DEFAULT_WORD_BOUNDARIES: WordBoundaries = Object.freeze({
  toned: new Set(WORD_BOUNDARY_DATA.toned.split("|")),
  folded: new Set(WORD_BOUNDARY_DATA.folded.split("|")),
});

/**
 * The plans (by id) {@link DEFAULT_WORD_BOUNDARIES} was learnt from.
 *
 * @example
 * DEFAULT_WORD_BOUNDARIES_SOURCE[0] // "qd-06-2022"
 */
export const DEFAULT_WORD_BOUNDARIES_SOURCE: readonly string[] = WORD_BOUNDARY_DATA.plans;
