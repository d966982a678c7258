import { foldForMatch } from "./fold";

/** A run of letters, marks and digits: a word as a text writes it. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Spells matching terms as a text writes them, for people to read: a folded term ("du lieu dan
 * cu") becomes the first run of the text's words whose matching forms are the term's words ("dữ
 * liệu dân cư"), in lower case. A term the text does not hold word for word (an expanded
 * abbreviation, a concept token such as `vneid`, a pair formed across a dropped function word)
 * stays as it is. The text is read once, on the first term asked for. Internal (the linker spells
 * its evidence in the target task's wording).
 *
 * @example
 * termSpeller("Kết nối Cơ sở dữ liệu quốc gia về dân cư")("du lieu quoc") // "dữ liệu quốc"
 */
export function termSpeller(text: string): (term: string) => string {
  let words: string[] | null = null;
  let folded: string[] = [];
  const spelled = new Map<string, string>();
  return (term) => {
    let spelling = spelled.get(term);
    if (spelling !== undefined) return spelling;
    if (words === null) {
      words = text.match(WORD) ?? [];
      folded = words.map((word) => foldForMatch(word));
    }
    spelling = term;
    const parts = term.split(" ");
    search: for (let i = 0; i + parts.length <= folded.length; i++) {
      for (let k = 0; k < parts.length; k++) if (folded[i + k] !== parts[k]) continue search;
      spelling = words.slice(i, i + parts.length).join(" ").toLowerCase();
      break;
    }
    spelled.set(term, spelling);
    return spelling;
  };
}
