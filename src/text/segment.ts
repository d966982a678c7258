/**
 * Vietnamese writes a word of several syllables as several space-separated syllables ("dữ liệu",
 * "vi phạm"), so two neighbouring matching words are either one lexical word or the end of one
 * word and the start of the next ("xử lý | vi phạm" makes "lý vi"). Which is which is learnt from
 * how often syllables go together in a body of texts, with no dictionary: the association of a
 * pair is how often its syllables stand side by side, out of the occurrences of the rarer one
 * (`count(a b) / min(count(a), count(b))`); at each place in a text the pair that overlaps a more
 * strongly associated neighbouring pair ("xử lý" and "vi phạm" around "lý vi") straddles a word
 * boundary there. A pair that straddles a boundary in most of the places it occurs is not a word,
 * unless it is a fixed collocation across words, its syllables side by side in at least a quarter
 * of the rarer one's occurrences: the name of an object ("cơ sở dữ liệu | thuế" makes "liệu thuế").
 */

/** The association from which a pair across a word boundary is a fixed collocation, not chance. */
const COLLOCATION = 0.25;

/** The words of a text and the clause each stands in (pairs never cross a clause). */
export interface SegmentText {
  words: readonly string[];
  clauses: readonly number[];
}

/**
 * The two-word terms ("a b") of a body of texts that are mostly formed across a word boundary,
 * not lexical words.
 *
 * @example
 * const t = (s: string) => ({ words: s.split(" "), clauses: s.split(" ").map(() => 0) });
 * const texts = ["xu ly vi pham", "quan ly dan cu", "quan ly nha nuoc", "xu ly ho so", "vi pham phap luat", "hanh vi trai phep", "quan ly dat dai", "xu ly tin", "vi pham quy dinh", "vi pham hanh chinh"];
 * const pairs = crossWordPairs(texts.map(t));
 * pairs.has("ly vi")   // true: "xử lý | vi phạm"
 * pairs.has("vi pham") // false
 */
export function crossWordPairs(texts: readonly SegmentText[]): Set<string> {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, number>();
  for (const { words, clauses } of texts) {
    for (let i = 0; i < words.length; i++) {
      unigrams.set(words[i]!, (unigrams.get(words[i]!) ?? 0) + 1);
      if (i > 0 && clauses[i] === clauses[i - 1]) {
        const pair = `${words[i - 1]} ${words[i]}`;
        bigrams.set(pair, (bigrams.get(pair) ?? 0) + 1);
      }
    }
  }
  const association = (a: string, b: string) => (bigrams.get(`${a} ${b}`) ?? 0) / Math.min(unigrams.get(a)!, unigrams.get(b)!);
  const places = new Map<string, { word: number; all: number }>();
  for (const { words, clauses } of texts) {
    const joined = (i: number) => i > 0 && i < words.length && clauses[i] === clauses[i - 1];
    for (let i = 1; i < words.length; i++) {
      if (!joined(i)) continue;
      const strength = association(words[i - 1]!, words[i]!);
      const left = joined(i - 1) ? association(words[i - 2]!, words[i - 1]!) : 0;
      const right = joined(i + 1) ? association(words[i]!, words[i + 1]!) : 0;
      const pair = `${words[i - 1]} ${words[i]}`;
      let counts = places.get(pair);
      if (!counts) places.set(pair, (counts = { word: 0, all: 0 }));
      counts.all++;
      if (strength >= left && strength >= right) counts.word++;
    }
  }
  const result = new Set<string>();
  for (const [pair, { word, all }] of places) {
    if (word * 2 >= all) continue;
    const space = pair.indexOf(" ");
    if (association(pair.slice(0, space), pair.slice(space + 1)) < COLLOCATION) result.add(pair);
  }
  return result;
}
