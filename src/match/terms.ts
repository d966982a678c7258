/**
 * The terms of a word sequence: every word, and every pair of neighbouring words in the same
 * clause (joined by a space), which carries the meaning of Vietnamese two-syllable words
 * ("dữ liệu", "dân cư"). Without `clauses`, all words are one clause.
 *
 * @example
 * termsOf(["ket", "noi", "tich", "hop"], [0, 0, 1, 1]) // ["ket", "noi", "tich", "hop", "ket noi", "tich hop"]
 */
export function termsOf(words: readonly string[], clauses?: readonly number[]): string[] {
  const terms = [...words];
  for (let i = 1; i < words.length; i++) {
    if (!clauses || clauses[i] === clauses[i - 1]) terms.push(`${words[i - 1]} ${words[i]}`);
  }
  return terms;
}

/**
 * Character trigrams of a word sequence (with word boundaries), tolerant of typos and OCR
 * damage that whole-word matching misses.
 *
 * @example
 * trigramsOf(["so", "hoa"]).has(" so") // true
 */
export function trigramsOf(words: readonly string[]): Set<string> {
  const text = ` ${words.join(" ")} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) grams.add(text.slice(i, i + 3));
  return grams;
}

/**
 * A word sequence (words as strings, or as term ids) with the clause each word stands in.
 *
 * @example
 * const text: ClausedWords = { words: ["ket", "noi"], clauses: [0, 0] };
 */
export interface ClausedWords<W = string> {
  words: ArrayLike<W>;
  clauses: ArrayLike<number>;
}

/**
 * The runs of consecutive words of `a` (within a clause) that `b` also has consecutively (within
 * a clause), as start and length in `a`: at each word, the longest run starting there, kept when
 * it reaches past the runs kept before it (so no run lies inside another). `positions` are
 * `wordPositions(b.words)`, when the caller keeps them.
 *
 * @example
 * const words = (s: string) => ({ words: s.split(" "), clauses: s.split(" ").map(() => 0) });
 * sharedRuns(words("ket noi co so du lieu thue"), words("co so du lieu quoc gia ve thue ket"))
 * // [{ start: 0, length: 1 }, { start: 2, length: 4 }, { start: 6, length: 1 }]: "ket", "co so du lieu", "thue"
 */
export function sharedRuns<W>(a: ClausedWords<W>, b: ClausedWords<W>, positions: ReadonlyMap<W, readonly number[]> = wordPositions(b.words)): { start: number; length: number }[] {
  const runs: { start: number; length: number }[] = [];
  let reached = 0;
  for (let s = 0; s < a.words.length; s++) {
    const at = positions.get(a.words[s]!);
    if (at === undefined) continue;
    let longest = 0;
    for (const p of at) {
      let k = 1;
      while (s + k < a.words.length && p + k < b.words.length && a.clauses[s + k] === a.clauses[s] && b.clauses[p + k] === b.clauses[p] && a.words[s + k] === b.words[p + k]) k++;
      if (k > longest) longest = k;
    }
    if (s + longest > reached) {
      runs.push({ start: s, length: longest });
      reached = s + longest;
    }
  }
  return runs;
}

/**
 * Where each word of a sequence stands (its indexes, ascending).
 *
 * @example
 * wordPositions(["du", "lieu", "du"]).get("du") // [0, 2]
 */
export function wordPositions<W>(words: ArrayLike<W>): Map<W, number[]> {
  const positions = new Map<W, number[]>();
  for (let p = 0; p < words.length; p++) {
    const list = positions.get(words[p]!);
    if (list) list.push(p);
    else positions.set(words[p]!, [p]);
  }
  return positions;
}

/**
 * Orders two strings by their UTF-16 code units: the same order under every locale (unlike
 * `localeCompare()` without a locale, which follows the host's), for breaking ties.
 *
 * @example
 * ["b", "B", "a"].sort(compareCodeUnits) // ["B", "a", "b"]
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
