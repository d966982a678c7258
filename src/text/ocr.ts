import levenshtein from "fast-levenshtein";
import { isVietnameseSyllable } from "./syllable";

/** Words and adjacent word pairs a text is expected to use (matching form). */
export interface Vocabulary {
  words: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
}

/** Collects the words and adjacent pairs of texts already in matching form. */
export function buildVocabulary(tokenLists: Iterable<readonly string[]>): Vocabulary {
  const words = new Set<string>();
  const pairs = new Set<string>();
  for (const tokens of tokenLists) {
    tokens.forEach((token, i) => {
      words.add(token);
      if (i > 0) pairs.add(`${tokens[i - 1]} ${token}`);
    });
  }
  return { words, pairs };
}

/**
 * Repairs OCR damage in a word sequence (matching form): a word that is not shaped like a
 * Vietnamese syllable and not in the vocabulary is replaced by the closest vocabulary word
 * (fast-levenshtein edit distance ≤ 2) that forms a known pair with a neighbour, or by the
 * single vocabulary word at distance 1. Well-formed words are never changed.
 *
 * @example
 * const vocabulary = buildVocabulary([["co", "so", "du", "lieu", "quoc", "gia"], ["ket", "noi"]]);
 * repairOcrTokens(["co", "so", "dir", "lieu", "qudc", "gia", "ket", "ndi"], vocabulary)
 * // ["co", "so", "du", "lieu", "quoc", "gia", "ket", "noi"]
 */
export function repairOcrTokens(tokens: readonly string[], vocabulary: Vocabulary): string[] {
  const out = [...tokens];
  out.forEach((token, i) => {
    if (!/^[a-z]+$/.test(token) || vocabulary.words.has(token) || isVietnameseSyllable(token)) return;
    const previous = out[i - 1];
    const next = tokens[i + 1];
    let best: { word: string; cost: number } | null = null;
    let ties = 0;
    for (const word of vocabulary.words) {
      if (Math.abs(word.length - token.length) > 2) continue;
      const distance = levenshtein.get(token, word);
      if (distance > 2) continue;
      const inContext =
        (previous !== undefined && vocabulary.pairs.has(`${previous} ${word}`)) ||
        (next !== undefined && vocabulary.pairs.has(`${word} ${next}`));
      if (!inContext && distance > 1) continue;
      const cost = distance - (inContext ? 1.5 : 0);
      if (!best || cost < best.cost) {
        best = { word, cost };
        ties = 0;
      } else if (cost === best.cost) ties++;
    }
    if (best && ties === 0) out[i] = best.word;
  });
  return out;
}
