import levenshtein from "fast-levenshtein";

/** Edit distance, a swap of two letters ("jsno" for "json") counting as one edit. */
function distance(a: string, b: string): number {
  const edits = levenshtein.get(a, b);
  if (edits === 2 && a.length === b.length && [...a].sort().join("") === [...b].sort().join("")) {
    const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (differ.length === 2 && differ[1] === differ[0]! + 1) return 1;
  }
  return edits;
}

/**
 * The known words closest to a mistyped one, when close enough to be what was meant: an edit
 * distance (fast-levenshtein, case-insensitive; a swap of two neighbouring letters is one edit) of
 * at most a third of the longer word's length, and at least 1; every word at the least distance
 * (in the candidates' order). Failing that, the one known word the typed one starts ("hcmc" →
 * "hcmc-2024"; "hue" starts two, so none). Empty when nothing is close.
 *
 * @example
 * closest("covrage", ["coverage", "compare"]) // ["coverage"]
 * closest("hue-2025", ["hue-2022", "hue-2026"]) // ["hue-2022", "hue-2026"]
 * closest("zzz", ["coverage", "compare"]) // []
 */
export function closest(word: string, candidates: readonly string[]): string[] {
  const typed = word.toLowerCase();
  let best: string[] = [];
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(typed, candidate.toLowerCase());
    if (d > Math.max(1, Math.floor(Math.max(typed.length, candidate.length) / 3)) || d > bestDistance) continue;
    if (d < bestDistance) [best, bestDistance] = [[], d];
    best.push(candidate);
  }
  if (best.length || typed.length < 2) return best;
  const starting = candidates.filter((c) => c.toLowerCase().startsWith(typed));
  return starting.length === 1 ? starting : [];
}

/**
 * "; did you mean "coverage"?" for a mistyped word ("… "hue-2022" or "hue-2026"?" for a tie, three
 * at most), or "" when no known word is close ({@link closest}). `quote` writes a suggestion
 * (default: in double quotes).
 *
 * @example
 * `unknown command "covrage"${didYouMean("covrage", ["coverage"])}` // 'unknown command "covrage"; did you mean "coverage"?'
 */
export function didYouMean(word: string, candidates: readonly string[], quote = (s: string) => `"${s}"`): string {
  const found = closest(word, candidates).slice(0, 3).map(quote);
  return found.length ? `; did you mean ${found.join(" or ")}?` : "";
}
