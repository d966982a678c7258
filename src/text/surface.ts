import { CONCEPTS, conceptAt, conceptName, expansionOf, joinedAbbreviation } from "./concepts";
import { foldForMatch } from "./fold";
import { STOPWORDS } from "./stopwords";
import { tonedForm } from "./tone";

/** A run of letters, marks and digits: a word as a text writes it. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Words joined by hyphens or "&": one abbreviation ("KT-XH", "TT&TT") or several words ("Kế hoạch-Đầu tư"). */
const JOINED_WORDS = /[\p{L}\p{M}\p{N}]+(?:[-&][\p{L}\p{M}\p{N}]+)*/gu;
/** How many phrases a speller remembers (then it forgets them all): a target task's speller lives as long as its index. */
const REMEMBERED_PHRASES = 4096;
/** A letter in upper case. */
const UPPER = /\p{Lu}/u;

/** A word of a text as written, with where it stands. */
interface WrittenWord {
  from: number;
  to: number;
  /** Its matching form (`foldForMatch`). */
  folded: string;
  /** Whether matching drops it (a function word: "về", "của", "và" …). */
  functionWord: boolean;
}

/** One word of a written word's matching words (an abbreviation stands for several), and the written word it comes from. */
interface ReadWord {
  folded: string;
  written: number;
  /** Whether it is the first / last of its written word's matching words. */
  first: boolean;
  last: boolean;
}

/**
 * Spells phrases in matching form (folded words, concept tokens such as `vneid`, function words
 * dropped, abbreviations expanded: what the linker compares) as a text writes them, for people to
 * read: the first span of the text's words that reads as the phrase, where an abbreviation reads
 * as its expansion ("CSDLQG"), a synonym of a programme concept as its token ("Cổng Dịch vụ công
 * quốc gia" as `congdvc`) and the function words inside the span are read past ("cơ sở dữ liệu
 * quốc gia về dân cư"). The span is given as written, each word in lower case unless it has a
 * capital after its first letter ("TTHC", "VNeID"). Gives null when the text holds no such span.
 * The text is read once, on the first phrase asked for. Internal (the linker spells its evidence).
 *
 * @example
 * const spell = phraseSpeller("Kết nối Cơ sở dữ liệu quốc gia về dân cư với Cổng DVC quốc gia");
 * spell(["du", "lieu", "quoc", "gia", "dan", "cu"]) // "dữ liệu quốc gia về dân cư"
 * spell(["congdvc"])                                // "cổng DVC quốc gia"
 * spell(["dan", "cu", "ket"])                       // null
 */
export function phraseSpeller(text: string): (words: readonly string[]) => string | null {
  let read: ReadWord[] | null = null;
  let written: WrittenWord[] = [];
  const spelled = new Map<string, string | null>();
  return (words) => {
    const key = words.join(" ");
    let spelling = spelled.get(key);
    if (spelling !== undefined) return spelling;
    if (read === null) {
      written = writtenWordsOf(text);
      read = readWordsOf(written);
    }
    spelling = null;
    for (let start = 0; start < read.length && spelling === null; start++) {
      if (!read[start]!.first) continue;
      const end = readAs(read, start, words, written);
      if (end > start && read[end - 1]!.last) spelling = display(text.slice(written[read[start]!.written]!.from, written[read[end - 1]!.written]!.to));
    }
    if (spelled.size >= REMEMBERED_PHRASES) spelled.clear();
    spelled.set(key, spelling);
    return spelling;
  };
}

/**
 * A phrase in matching form for people to read, when no text at hand writes it: its concept
 * tokens named (`conceptName`), its other words as they are.
 *
 * @example
 * namedPhrase(["ket", "noi", "congdvc"]) // "ket noi Cổng Dịch vụ công"
 */
export const namedPhrase = (words: readonly string[]): string => words.map(conceptName).join(" ");

function writtenWordsOf(text: string): WrittenWord[] {
  const words: WrittenWord[] = [];
  for (const joined of text.matchAll(JOINED_WORDS)) {
    const from = joined.index;
    const abbreviation = /[-&]/.test(joined[0]) ? joinedAbbreviation(joined[0]) : null;
    if (abbreviation) {
      words.push({ from, to: from + joined[0].length, folded: abbreviation, functionWord: false });
      continue;
    }
    for (const match of joined[0].matchAll(WORD)) {
      const word = match[0].toLowerCase();
      const folded = foldForMatch(word);
      words.push({ from: from + match.index, to: from + match.index + match[0].length, folded, functionWord: isFunctionWord(word, folded) });
    }
  }
  return words;
}

/**
 * Whether a written word (lower case) is a function word, by its toned form when it has marks.
 * A word whose toned form is a function word's folds to that word's folded form (folding drops
 * what the toned form keeps, the tone digit aside, and a mark folding keeps is in no function
 * word), so a word whose folded form is none is none, and its toned form is not made.
 */
function isFunctionWord(word: string, folded: string): boolean {
  if (!STOPWORDS.folded.has(folded)) return false;
  return folded === word || STOPWORDS.toned.has(tonedForm(word));
}

function readWordsOf(written: readonly WrittenWord[]): ReadWord[] {
  const read: ReadWord[] = [];
  written.forEach((word, i) => {
    // an expansion's function words ("Thông tin và Truyền thông") are dropped, as matching drops them
    const expansion = expansionOf(word.folded)
      ?.filter((w) => !STOPWORDS.toned.has(tonedForm(w.toLowerCase())))
      .map((w) => foldForMatch(w)) ?? [word.folded];
    expansion.forEach((folded, k) => read.push({ folded, written: i, first: k === 0, last: k === expansion.length - 1 }));
  });
  return read;
}

/** The end (exclusive, in `read`) of the span from `start` that reads as `words`, or -1. */
function readAs(read: readonly ReadWord[], start: number, words: readonly string[], written: readonly WrittenWord[]): number {
  let at = start;
  for (let k = 0; k < words.length; ) {
    if (at >= read.length) return -1;
    const word = words[k]!;
    const concept = CONCEPTS.has(word) ? conceptAt(read, at) : undefined;
    if (concept?.concept === word) {
      at += concept.length;
      k++;
    } else if (read[at]!.folded === word) {
      at++;
      k++;
    } else if (k > 0 && written[read[at]!.written]!.functionWord) at++;
    else return -1;
  }
  return at;
}

/** A span of text as evidence shows it: spaces collapsed, each word in lower case unless it has a capital after its first letter. */
function display(span: string): string {
  return span
    .split(/\s+/)
    .map((word) => (UPPER.test(word.slice(1)) ? word : word.toLowerCase()))
    .join(" ");
}
