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
