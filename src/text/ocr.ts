import levenshtein from "fast-levenshtein";
import { STOPWORDS } from "./stopwords";
import { isVietnameseSyllable } from "./syllable";

/**
 * Words and adjacent word pairs a text is expected to use (matching form): what OCR repair
 * may turn a damaged word into.
 *
 * @example
 * const vocabulary: Vocabulary = buildVocabulary([["ket", "noi"]]);
 * vocabulary.pairs.has("ket noi") // true
 */
export interface Vocabulary {
  /** Every folded word of the texts. */
  words: ReadonlySet<string>;
  /** Every two-word sequence of the texts ("du lieu"), folded. */
  pairs: ReadonlySet<string>;
  /**
   * Word → its spellings with tones (`tonedForm`) in the texts, most used first, when the texts
   * were given with them: what a repaired word is compared as in texts with diacritics.
   */
  toned?: ReadonlyMap<string, readonly string[]>;
  /**
   * The adjacent pairs of the texts' content words (function words dropped, as the matcher reads
   * them), when `words` and `pairs` were read from the texts as written: what tells a folded
   * function word from a content syllable in a text without diacritics.
   */
  contentPairs?: ReadonlySet<string>;
}

/**
 * Collects the words and adjacent pairs of texts already in matching form (an empty token breaks
 * the pairs, as between clauses), with each word's spellings with tones when `tonedLists` are
 * given.
 *
 * @example
 * const vocabulary = buildVocabulary([["co", "so", "du", "lieu"], ["ket", "noi"]]);
 * vocabulary.words.has("lieu") // true
 * vocabulary.pairs.has("so du") // true
 */
export function buildVocabulary(tokenLists: Iterable<readonly string[]>, tonedLists?: readonly (readonly string[])[]): Vocabulary {
  const words = new Set<string>();
  const pairs = new Set<string>();
  const uses = new Map<string, Map<string, number>>();
  let list = 0;
  for (const tokens of tokenLists) {
    const toned = tonedLists?.[list++];
    tokens.forEach((token, i) => {
      if (!token) return;
      words.add(token);
      if (i > 0 && tokens[i - 1]) pairs.add(`${tokens[i - 1]} ${token}`);
      const spelling = toned?.[i];
      if (spelling === undefined) return;
      let counts = uses.get(token);
      if (!counts) uses.set(token, (counts = new Map()));
      counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    });
  }
  if (!tonedLists) return { words, pairs };
  const toned = new Map([...uses].map(([word, counts]) => [word, [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([spelling]) => spelling)]));
  return { words, pairs, toned };
}

const toneOf = (toned: string) => (/\d$/.test(toned) ? toned.slice(-1) : "");

/**
 * The spelling with tones a repaired word takes: of the vocabulary's spellings of the word, the
 * one with the damaged word's tone (`damaged` in `tonedForm`: the tone is its last digit) when
 * the damaged word has any mark, else the one most used; the word itself when the vocabulary has
 * none.
 *
 * @example
 * const vocabulary = buildVocabulary([["du", "lieu"]], [["dư4", "liêu5"]]);
 * tonedRepair("lieu", "llêu5", vocabulary) // "liêu5"
 * tonedRepair("du", "dir", vocabulary) // "dư4"
 */
export function tonedRepair(word: string, damaged: string, vocabulary: Vocabulary): string {
  const spellings = vocabulary.toned?.get(word);
  if (!spellings?.length) return word;
  if (/^[a-z]*$/.test(damaged)) return spellings[0]!;
  const tone = toneOf(damaged);
  return spellings.find((spelling) => toneOf(spelling) === tone) ?? spellings[0]!;
}

/**
 * Repairs OCR damage in a word sequence (matching form): a word that is not shaped like a
 * Vietnamese syllable and not in the vocabulary is replaced by the closest vocabulary word
 * (fast-levenshtein edit distance ≤ 2, where a glyph pair OCR reads for one letter — "ir" for
 * "ư", "ri" for "n", "rn" for "m", "li" for "h", "cl" for "d" — counts as one edit) that forms
 * a known pair with a neighbour, or by the single vocabulary word at distance 1. In a sequence
 * that reads as a scan (at least two words, and 5%, damaged), OCR also makes well-formed
 * syllables of other words ("quốc" read "quéc", "nối" read "néi"): there a well-formed word the
 * vocabulary lacks (a function word aside) is replaced by the one vocabulary word at distance 1
 * (not a function word) that forms a known pair with a neighbour that is not a function word.
 * Other well-formed words are never changed. `marked`, for a text written with diacritics, tells
 * which tokens carry marks: there only a marked word counts as damage (a word without marks is a
 * loanword: "app", "email", "zalo").
 *
 * @example
 * const vocabulary = buildVocabulary([["co", "so", "du", "lieu", "quoc", "gia"], ["ket", "noi"]]);
 * repairOcrTokens(["co", "so", "dir", "lieu", "qudc", "gia", "ket", "ndi"], vocabulary)
 * // ["co", "so", "du", "lieu", "quoc", "gia", "ket", "noi"]
 */
export function repairOcrTokens(tokens: readonly string[], vocabulary: Vocabulary, marked?: readonly boolean[]): string[] {
  return repairTokens(tokens, vocabulary, marked, null);
}

/**
 * What a caller that reads many texts remembers of each token against a vocabulary: whether the
 * vocabulary has a word near it (`hasRepairCandidates`), and whether the vocabulary has it.
 *
 * @example
 * const known: TokenKnowledge = { candidates: [false, true], known: [true, false] };
 */
export interface TokenKnowledge {
  candidates: readonly boolean[];
  known: readonly boolean[];
}

/**
 * {@link repairOcrTokens}, told what the caller remembers of each token (`knowledge`): a token
 * without repair candidates is left as it is without a lookup unless the text reads as a scan,
 * and, when the vocabulary has it, even then (only a word the vocabulary lacks can change).
 *
 * @example
 * repairTokens(["ket", "ndi"], vocabulary, undefined, { candidates: [false, true], known: [true, false] }) // ["ket", "noi"]
 */
export function repairTokens(tokens: readonly string[], vocabulary: Vocabulary, marked: readonly boolean[] | undefined, knowledge: TokenKnowledge | null): string[] {
  const candidates = knowledge?.candidates;
  const known = knowledge?.known;
  const out = [...tokens];
  const lookup = repairLookup(vocabulary);
  const scanned = isScanned(tokens, lookup, marked, candidates);
  // a function word is context for a repair one edit away; for a guess two edits away only in a
  // scan ("email và zalo" is no damage of "và đào tạo"); never for replacing a well-formed word
  const content = (word: string | undefined) => (word === undefined || STOPWORDS.folded.has(word) ? undefined : word);
  out.forEach((token, i) => {
    // no vocabulary word near it: near is null or empty, and only a scan's well-formed words the vocabulary lacks change
    if (candidates && !candidates[i] && (!scanned || known![i])) return;
    const near = lookup.near(token);
    if (near === null) {
      // a well-formed word of a scanned text that the vocabulary lacks ("quec gia", "ket nei"):
      // the one vocabulary word at distance 1 that forms a known pair with a neighbour (never a
      // function word: "một" is a word the target may not use, not damage)
      if (!scanned || !token || vocabulary.words.has(token) || STOPWORDS.folded.has(token) || !/^[a-z]+$/.test(token)) return;
      const hit = lookup.inContext(lookup.nearWellFormed(token), null, content(out[i - 1]), content(tokens[i + 1]));
      if (hit.count === 1) out[i] = hit.word!;
      return;
    }
    // The closest word wins: cost = distance, less 1.5 for a word that forms a known pair with a
    // neighbour ("in context"); a word at distance 2 counts only in context; a tie changes
    // nothing. So: the one word at distance 1 in context, else the one at distance 2 in context,
    // else the one word at distance 1 — only when it is the only one of its kind.
    const previous = out[i - 1];
    const next = tokens[i + 1];
    const one = lookup.inContext(near.one, null, previous, next);
    if (one.count) {
      if (one.count === 1) out[i] = one.word!;
      return;
    }
    const two = lookup.inContext(near.two, lookup.set(near), scanned ? previous : content(previous), scanned ? next : content(next));
    if (two.count) {
      if (two.count === 1) out[i] = two.word!;
      return;
    }
    if (near.one.length === 1) out[i] = near.one[0]!;
  });
  return out;
}

/** The share of a text's words that must look damaged for it to be read as a scan (see {@link isScanned}). */
const SCANNED_SHARE = 0.05;

/**
 * Whether a word sequence reads as OCR'd: at least two words, and 5% of them, are damaged
 * vocabulary words (not well-formed, and within reach of a repair). A two-letter word without a
 * vowel does not count: it is a document code ("KH", "NQ", "CP" in "02-KH/BCĐTW"), not damage
 * ("thdng", "cdng", "s" are). Nor, in a text written with diacritics (`marked` given), does a word
 * without marks: there it is a loanword ("app", "email", "zalo"), while damage keeps the marks.
 */
function isScanned(tokens: readonly string[], lookup: RepairLookup, marked: readonly boolean[] | undefined, candidates: readonly boolean[] | undefined): boolean {
  let words = 0;
  let damaged = 0;
  tokens.forEach((token, i) => {
    if (!token) return;
    words++;
    if ((token.length !== 2 || /[aeiouy]/.test(token)) && (!marked || marked[i]) && (candidates ? candidates[i] : lookup.hasNear(token))) damaged++;
  });
  return damaged >= 2 && damaged >= SCANNED_SHARE * words;
}

/**
 * Glyph pairs OCR reads in place of one letter: the scan of Bắc Giang's plan reads "dữ" as "dir"
 * and "chức" as "chirc"; "ri" for "n", "rn" for "m", "li" for "h" and "cl" for "d" are the
 * classic confusions of Latin-script OCR. Undoing one of them counts as a single edit.
 */
const GLYPH_SPLITS: readonly (readonly [string, string])[] = [
  ["ir", "u"],
  ["ri", "n"],
  ["rn", "m"],
  ["li", "h"],
  ["cl", "d"],
];

/** The token with one glyph pair of {@link GLYPH_SPLITS} read back as its letter, each way it has. */
function glyphJoins(token: string): string[] {
  const joins: string[] = [];
  for (const [pair, letter] of GLYPH_SPLITS) {
    for (let at = token.indexOf(pair); at >= 0; at = token.indexOf(pair, at + 1)) joins.push(token.slice(0, at) + letter + token.slice(at + pair.length));
  }
  return joins;
}

/**
 * Edit distance between a damaged token and a word, capped at 3: fast-levenshtein's, or one more
 * than the distance from one of the token's `joins` (a glyph pair read back as one letter), when
 * that is less.
 */
function ocrDistance(token: string, joins: readonly string[], word: string): number {
  let distance = levenshtein.get(token, word);
  for (const join of joins) {
    if (distance <= 1) break;
    if (Math.abs(join.length - word.length) > distance - 2) continue;
    distance = Math.min(distance, 1 + levenshtein.get(join, word));
  }
  return Math.min(distance, 3);
}

/**
 * The characters of a word as a 32-bit set (each by its code unit's last five bits): a character
 * of one word whose bit the other's set lacks is absent from the other word, so the number of
 * such bits is a lower bound of the edit distance between the two.
 */
function letterMask(word: string): number {
  let mask = 0;
  for (let k = 0; k < word.length; k++) mask |= 1 << (word.charCodeAt(k) & 31);
  return mask;
}

function bitCount(bits: number): number {
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A lower bound of the edit distance between words with character sets (`letterMask`) a and b. */
const distanceBound = (a: number, b: number) => Math.max(bitCount(a & ~b), bitCount(b & ~a));

/**
 * A test that passes every vocabulary word (by its `letterMask`) within {@link ocrDistance} 2 of
 * the token (and may pass others): it fails a word only when the bound of `distanceBound` puts it,
 * and its distance from each of the token's joins plus one, at 3 or more.
 */
function reachOf(token: string, joins: readonly string[]): (mask: number) => boolean {
  const own = letterMask(token);
  const joined = joins.map(letterMask);
  return (mask) => {
    if (distanceBound(own, mask) <= 2) return true;
    for (const join of joined) if (distanceBound(join, mask) <= 1) return true;
    return false;
  };
}

/** Whether OCR repair has any vocabulary word near the token (remembered as a yes or no, lighter than the words). */
export function hasRepairCandidates(token: string, vocabulary: Vocabulary): boolean {
  return repairLookup(vocabulary).hasNear(token);
}

/**
 * An object that stays the same as long as the words OCR repair could put in place of a token for this
 * vocabulary do (to remember per-word results against it).
 */
export function repairVersion(vocabulary: Vocabulary): number {
  return repairLookup(vocabulary).version;
}

/** The vocabulary words near a damaged token: at distance 1, at distance 2. */
interface Near {
  one: readonly string[];
  two: readonly string[];
}

interface RepairLookup {
  /** A number of its own (a memo marked with it keeps no lookup alive). */
  readonly version: number;
  /** The vocabulary words within distance 2 of a token, or null when the token needs no repair. */
  near(token: string): Near | null;
  /** The vocabulary words at edit distance 1 of a well-formed token the vocabulary lacks, function words aside. */
  nearWellFormed(token: string): readonly string[];
  /** Whether `near(token)` has any word. */
  hasNear(token: string): boolean;
  /** The words of `near.two` as a set (made when first needed). */
  set(near: Near): ReadonlySet<string>;
  /** How many of `words` (0, 1, or 2 for "several") form a known pair with a neighbour, and the word when one does. */
  inContext(words: readonly string[], set: ReadonlySet<string> | null, previous: string | undefined, next: string | undefined): { count: number; word: string | null };
}

const NO_WORDS: readonly string[] = Object.freeze([]);

/** A damaged token with no vocabulary word near it (most of them): one shared answer. */
const NOTHING_NEAR: Near = Object.freeze({ one: [], two: [] });

let lookupCount = 0;
const LOOKUP_LIMIT = 50_000;
const lookups = new WeakMap<Vocabulary, { size: number; pairs: number; lookup: RepairLookup }>();

/**
 * The repair lookup of a vocabulary, cached per vocabulary object (rebuilt if its word count
 * changes). Scanning only the words whose length is within 2 of the token, and remembering the
 * result per token, gives the same near words as scanning the whole vocabulary every time: the
 * choice among them depends only on their distances and on the neighbours, never on order.
 */
function repairLookup(vocabulary: Vocabulary): RepairLookup {
  const cached = lookups.get(vocabulary);
  if (cached && cached.size === vocabulary.words.size && cached.pairs === vocabulary.pairs.size) return cached.lookup;
  // The words by length, made when a token first needs them.
  let byLength: Map<number, string[]> | null = null;
  let masksByLength: Map<number, number[]> | null = null;
  const wordsOfLength = (length: number): readonly string[] => {
    if (!byLength) {
      byLength = new Map();
      masksByLength = new Map();
      for (const word of vocabulary.words) {
        const list = byLength.get(word.length);
        if (list) {
          list.push(word);
          masksByLength.get(word.length)!.push(letterMask(word));
        } else {
          byLength.set(word.length, [word]);
          masksByLength.set(word.length, [letterMask(word)]);
        }
      }
    }
    return byLength.get(length) ?? [];
  };
  /** The {@link letterMask} of each word of `wordsOfLength(length)`, in its order. */
  const masksOfLength = (length: number): readonly number[] => (wordsOfLength(length), masksByLength!.get(length) ?? []);
  // The pairs by their first and by their second word, made when a repair first needs them, if
  // every pair is two words joined by one space (as buildVocabulary makes them from tokens
  // without spaces): then `${a} ${b}` is a pair exactly when b follows a in one, and no pair
  // string needs building.
  // (Lists, not sets: a word has few neighbours, and a vocabulary has many words.)
  let neighbours: { following: Map<string, string[]>; preceding: Map<string, string[]> } | null | undefined;
  const neighboursOf = () => {
    if (neighbours !== undefined) return neighbours;
    const following = new Map<string, string[]>();
    const preceding = new Map<string, string[]>();
    for (const pair of vocabulary.pairs) {
      const space = pair.indexOf(" ");
      if (space < 0 || pair.indexOf(" ", space + 1) >= 0) return (neighbours = null);
      const first = pair.slice(0, space);
      const second = pair.slice(space + 1);
      const after = following.get(first);
      if (after) after.push(second);
      else following.set(first, [second]);
      const before = preceding.get(second);
      if (before) before.push(first);
      else preceding.set(second, [first]);
    }
    return (neighbours = { following, preceding });
  };
  const pair = (a: string, b: string): boolean => {
    const byWord = neighboursOf();
    if (!byWord) return vocabulary.pairs.has(`${a} ${b}`);
    return a.includes(" ") || b.includes(" ") ? false : byWord.following.get(a)?.includes(b) === true;
  };
  const memo = new Map<string, Near | null>();
  const needsRepair = (token: string) => /^[a-z]+$/.test(token) && !vocabulary.words.has(token) && !isVietnameseSyllable(token);
  const some = new Map<string, boolean>();
  const sets = new WeakMap<Near, ReadonlySet<string>>();
  const wellFormedMemo = new Map<string, readonly string[]>();
  const lookup: RepairLookup = {
    version: ++lookupCount,
    nearWellFormed(token) {
      let words = wellFormedMemo.get(token);
      if (words === undefined) {
        const found: string[] = [];
        for (let length = token.length - 1; length <= token.length + 1; length++) {
          for (const word of wordsOfLength(length)) if (!STOPWORDS.folded.has(word) && levenshtein.get(token, word) === 1) found.push(word);
        }
        words = found.length ? found : NO_WORDS;
        if (wellFormedMemo.size >= LOOKUP_LIMIT) wellFormedMemo.clear();
        wellFormedMemo.set(token, words);
      }
      return words;
    },
    set(near) {
      let set = sets.get(near);
      if (!set) sets.set(near, (set = new Set(near.two)));
      return set;
    },
    hasNear(token) {
      let found = some.get(token);
      if (found === undefined) {
        const near = memo.get(token);
        if (near !== undefined) found = near !== null && near.one.length + near.two.length > 0;
        else {
          found = false;
          if (needsRepair(token)) {
            const joins = glyphJoins(token);
            const reach = reachOf(token, joins);
            search: for (let length = token.length - 2; length <= token.length + 2; length++) {
              const words = wordsOfLength(length);
              const masks = masksOfLength(length);
              for (let w = 0; w < words.length; w++) {
                const word = words[w]!;
                if (!reach(masks[w]!)) continue;
                if (ocrDistance(token, joins, word) <= 2) {
                  found = true;
                  break search;
                }
              }
            }
          }
        }
        if (some.size >= LOOKUP_LIMIT) some.clear();
        some.set(token, found);
      }
      return found;
    },
    near(token) {
      let near = memo.get(token);
      if (near !== undefined) return near;
      if (!needsRepair(token)) near = null;
      else {
        const one: string[] = [];
        const two: string[] = [];
        const joins = glyphJoins(token);
        const reach = reachOf(token, joins);
        for (let length = token.length - 2; length <= token.length + 2; length++) {
          const words = wordsOfLength(length);
          const masks = masksOfLength(length);
          for (let w = 0; w < words.length; w++) {
            const word = words[w]!;
            if (!reach(masks[w]!)) continue;
            const distance = ocrDistance(token, joins, word);
            if (distance === 1) one.push(word);
            else if (distance === 2) two.push(word);
          }
        }
        near = one.length + two.length === 0 ? NOTHING_NEAR : { one, two };
      }
      if (memo.size >= LOOKUP_LIMIT) memo.clear();
      memo.set(token, near);
      return near;
    },
    inContext(words, set, previous, next) {
      let count = 0;
      let found: string | null = null;
      const note = (word: string) => {
        if (found !== word) {
          count++;
          found = word;
        }
      };
      const byWord = neighboursOf();
      const after = byWord && previous !== undefined && !previous.includes(" ") ? byWord.following.get(previous) : undefined;
      const before = byWord && next !== undefined && !next.includes(" ") ? byWord.preceding.get(next) : undefined;
      if (set && byWord && (after?.length ?? 0) + (before?.length ?? 0) < words.length) {
        // fewer neighbours than words: go through the neighbours (a word in both counts once)
        for (const word of after ?? []) {
          if (set.has(word) && !word.includes(" ")) note(word);
          if (count > 1) return { count, word: null };
        }
        for (const word of before ?? []) {
          if (set.has(word) && !word.includes(" ") && !after?.includes(word)) note(word);
          if (count > 1) return { count, word: null };
        }
        return { count, word: found };
      }
      for (const word of words) {
        if ((previous !== undefined && pair(previous, word)) || (next !== undefined && pair(word, next))) note(word);
        if (count > 1) return { count, word: null };
      }
      return { count, word: found };
    },
  };
  lookups.set(vocabulary, { size: vocabulary.words.size, pairs: vocabulary.pairs.size, lookup });
  return lookup;
}
