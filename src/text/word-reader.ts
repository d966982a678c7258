import { expansionOf, joinedAbbreviation, startsConcept } from "./concepts";
import { foldDiacritics } from "./fold";
import { tonedRepair, type Vocabulary } from "./ocr";
import { type Segment, SegmentTable, segmentHash } from "./segments";
import { byFirstWord, STOPWORDS } from "./stopwords";
import { tonedForm } from "./tone";

export type { Segment } from "./segments";

// What reading text into matching words remembers: one object per reader (the linker owns one),
// never module state. What depends only on a word or on a piece of text between spaces is
// computed once per reader and remembered (bounded: each memo is cleared when full, so results
// never depend on it), and every distinct word is one shared WordForms object.

/**
 * A word in its two matching forms, with what the pipeline asks of it precomputed, and a memo
 * slot a consumer (the linker's ranker) may use for what it derives from the word. One object per
 * distinct word, shared by every text that uses it.
 *
 * @example
 * const [word] = matchWords("Kết nối").words;
 * word.folded // "ket"
 */
export interface WordForms {
  readonly folded: string;
  readonly toned: string;
  /** {@link ABBREVIATION} | {@link CONCEPT_START} | {@link STOP_TONED} | {@link STOP_FOLDED} */
  readonly flags: number;
  /** 32-bit hashes (FNV-1a) of the folded and toned forms: what a consumer mixes to hash a sequence of words without reading their characters again. */
  readonly foldedHash: number;
  readonly tonedHash: number;
  /**
   * One consumer's record of this word (whoever set it last): `memoOwner` is the consumer's mark
   * (an object it owns), `memoId` the word's number among its records while that mark is the
   * consumer's (the linker's task reader keeps what it derives from a word in typed arrays by it).
   */
  memoOwner: object | null;
  memoId: number;
  /** Whether OCR repair has a vocabulary word near this one (`hasRepairCandidates`), and whether the vocabulary has it, for the repair vocabulary version `repairFor` (0: not asked). */
  repairable: boolean;
  known: boolean;
  repairFor: number;
}

/**
 * The folded form is an abbreviation (expandAbbreviations expands it).
 *
 * @example
 * (word.flags & ABBREVIATION) !== 0 // the word is an abbreviation that expands
 */
export const ABBREVIATION = 1;
/**
 * A concept phrase can start with the folded form.
 *
 * @example
 * (word.flags & CONCEPT_START) !== 0 // a concept phrase may start here
 */
export const CONCEPT_START = 2;
/**
 * The toned form is a function word (dropped in accented texts).
 *
 * @example
 * (word.flags & STOP_TONED) !== 0 // a function word in a text with diacritics
 */
export const STOP_TONED = 4;
/**
 * The folded form is a function word (dropped in texts without diacritics).
 *
 * @example
 * (word.flags & STOP_FOLDED) !== 0 // a function word in a text without them
 */
export const STOP_FOLDED = 8;

function wordForms(folded: string, toned: string): WordForms {
  const flags =
    (expansionOf(folded) ? ABBREVIATION : 0) | (startsConcept(folded) ? CONCEPT_START : 0) | (STOPWORDS.toned.has(toned) ? STOP_TONED : 0) | (STOPWORDS.folded.has(folded) ? STOP_FOLDED : 0);
  return { folded, toned, flags, foldedHash: hashOf(folded), tonedHash: hashOf(toned), memoOwner: null, memoId: 0, repairable: false, known: false, repairFor: 0 };
}

/** FNV-1a of a string's code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash;
}

/**
 * Scratch arrays a word reader lends to `matchWords` (reused for every text it reads: what they
 * hold is valid until the next text; only the first `count` entries are the text's).
 *
 * @example
 * const scratch: WordScratch = { words: [], clauses: [], count: 0 };
 */
export interface WordScratch {
  words: WordForms[];
  clauses: number[];
  count: number;
}

/** Each memo of a reader holds at most this many entries (cleared all at once when full). */
const CACHE_LIMIT = 50_000;

/**
 * Reads text into shared {@link WordForms}, remembering what it read (words, tokens, pieces of
 * text between spaces). Create one per consumer that reads many texts (a linker owns one); two
 * readers never share state. `matchText` without a reader reads with a fresh one.
 *
 * @example
 * const reader = createWordReader();
 * matchWords("Kết nối CSDLQG", undefined, reader).words[0] === matchWords("kết nối", undefined, reader).words[0] // true: one object per word
 */
export class WordReader {
  private readonly forms = new Map<string, WordForms>();
  /** raw token (a maximal run of word characters) → the matching forms it contributes (zero, one or several words) */
  private readonly tokens = new Map<string, readonly WordForms[]>();
  /** word put in by OCR repair or a concept token (both forms alike) → its forms */
  private readonly plain = new Map<string, WordForms>();
  private readonly repairs = new Map<string, WordForms>();
  private readonly expansions = new Map<string, readonly WordForms[]>();
  /** vocabulary → its content pairs by first word ({@link pairsByFirst}) */
  private readonly pairIndexes = new WeakMap<Vocabulary, Map<string, Set<string>>>();
  /** The pieces of text between spaces it has read (`matchWords` reads them by slot). */
  readonly segments = new SegmentTable(this);
  /** Scratch of `matchWords`: the words as split, and as expanded, and the matching words before they are copied out. */
  readonly split: WordScratch = { words: [], clauses: [], count: 0 };
  readonly expanded: WordScratch = { words: [], clauses: [], count: 0 };
  readonly matched: WordScratch = { words: [], clauses: [], count: 0 };

  /** The forms of a word as written. */
  formsOf(word: string): WordForms {
    let forms = this.forms.get(word);
    if (forms === undefined) {
      if (this.forms.size >= CACHE_LIMIT) this.forms.clear();
      forms = wordForms(foldDiacritics(word).toLowerCase(), tonedForm(word));
      this.forms.set(word, forms);
    }
    return forms;
  }

  /** The forms of a word that is the same in both forms (a concept token, a repaired word). */
  plainForms(word: string): WordForms {
    let forms = this.plain.get(word);
    if (forms === undefined) {
      if (this.plain.size >= CACHE_LIMIT) this.plain.clear();
      forms = wordForms(word, word);
      this.plain.set(word, forms);
    }
    return forms;
  }

  /** The forms of a word OCR repair put in: folded as repaired, toned as the vocabulary spells it (`tonedRepair`). */
  repairedForms(word: string, damaged: string, vocabulary: Vocabulary): WordForms {
    const toned = tonedRepair(word, damaged, vocabulary);
    if (toned === word) return this.plainForms(word);
    const key = `${word} ${toned}`;
    let forms = this.repairs.get(key);
    if (forms === undefined) {
      if (this.repairs.size >= CACHE_LIMIT) this.repairs.clear();
      this.repairs.set(key, (forms = wordForms(word, toned)));
    }
    return forms;
  }

  /**
   * A vocabulary's content pairs (`contentPairs`, else `pairs`) by first word: the second words
   * each takes, so that a pair is looked up without writing it. Made once per vocabulary.
   */
  pairsByFirst(vocabulary: Vocabulary): ReadonlyMap<string, ReadonlySet<string>> {
    let byFirst = this.pairIndexes.get(vocabulary);
    if (!byFirst) this.pairIndexes.set(vocabulary, (byFirst = byFirstWord(vocabulary.contentPairs ?? vocabulary.pairs)));
    return byFirst;
  }

  /** The forms of an abbreviation's expansion words. */
  expansionForms(folded: string): readonly WordForms[] {
    let forms = this.expansions.get(folded);
    if (!forms) this.expansions.set(folded, (forms = expansionOf(folded)!.map((word) => this.formsOf(word))));
    return forms;
  }

  /** The matching forms of one token: "TT&TT" is one abbreviation, "HĐND&UBND" two words; a token with a digit gives none. */
  tokenForms(token: string): readonly WordForms[] {
    let forms = this.tokens.get(token);
    if (forms === undefined) {
      if (this.tokens.size >= CACHE_LIMIT) this.tokens.clear();
      const words = !token || /\d/.test(token) ? [] : token.includes("&") && !joinedAbbreviation(token) ? token.split("&").filter(Boolean) : [token.replace(/&/g, "")];
      // a word is letters and digits only: tested as "no other code point" (/^[\p{L}\p{N}]+$/u overflows the stack on a word of millions of letters)
      forms = words.map((word) => this.formsOf(word)).filter((w) => w.folded !== "" && !/[^\p{L}\p{N}]/u.test(w.folded));
      this.tokens.set(token, forms);
    }
    return forms;
  }

  /** The segment of text[from, to) (a piece without spaces), read and remembered when new; `hash` is the piece's {@link segmentHash} when the caller has it. */
  segment(text: string, from: number, to: number, hash = segmentHash(text, from, to)): Segment {
    return this.segments.get(text, from, to, hash);
  }
}

/**
 * A new {@link WordReader}, with nothing remembered.
 *
 * @example
 * const reader = createWordReader();
 * matchText("Kết nối VNeID", undefined, reader).folded // ["ket", "noi", "vneid"]
 */
export function createWordReader(): WordReader {
  return new WordReader();
}
