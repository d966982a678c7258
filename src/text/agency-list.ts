import {
  AGENCY_HEADS,
  CENTRAL_CITIES,
  COLLECTIVE_WORDS,
  LIST_CONTINUING_WORDS,
  NAME_STOP_WORDS,
  NAMED_GROUP_WORDS,
  NOT_AGENCY_PHRASES,
  PLACE_WORDS,
  QUALIFIER_WORDS,
  TASK_VERBS,
} from "./agency-names";
import { foldForMatch, toNFC } from "./fold";
import { trimEndMatching, trimStartMatching } from "./runs";

/** A word or separator of an agency list, with its span in the text. */
interface Token {
  text: string;
  start: number;
  end: number;
  folded: string;
  /**
   * Lower case without tone marks but with vowel marks and đ ("sở" → "sơ", "số" → "sô", "uỷ" and "ủy"
   * → "uy"): tells apart words whose folded forms collide ("Sở" / "Số", "thị" / "thì") while
   * ignoring where the tone mark is placed.
   */
  key: string;
  /** Lower case with all diacritics, tone marks placed the modern way ("hoà" → "hòa", "uỷ" → "ủy"). */
  exact: string;
  /** Whether the word is written without any diacritics (OCR, ASCII input). */
  plain: boolean;
  capital: boolean;
  separator: boolean;
}

/** One entry of a list: a named agency, a collective phrase, or a continuation of the previous one. */
interface Item {
  start: number;
  end: number;
  kind: "named" | "collective" | "continuation";
}

/** Where and why the reader stopped: at the end, before running text, or on a malformed list. */
type Stop = "end" | "boundary" | "invalid";

interface Scan {
  items: Item[];
  /** Index of the first token not in the list. */
  end: number;
  stop: Stop;
}

/**
 * What the last word of a name was; a capitalised word continues a name only after a head, a
 * capitalised word, a connector ("Khoa học và Công nghệ"), a place word ("thành phố Thủ Đức") or a
 * group that takes names ("các cơ quan Đảng"), not after "các địa phương" or a free lower-case word.
 */
type Last = "head" | "capital" | "connector" | "place" | "named-group" | "other";

/** Lower case, NFC, without the five tone marks (vowel marks and đ kept). */
function toneless(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "")
    .normalize("NFC");
}

/** Lower case, NFC, with the tone mark of "oa", "oe", "uy" on the first vowel ("hoà" → "hòa"). */
function exactForm(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFD")
    .replace(/(?<!q)([ou])([aey])([\u0300\u0301\u0303\u0309\u0323])(?!\p{L})/gu, "$1$3$2")
    .normalize("NFC");
}

/** A phrase as words, each with its toneless key, exact form and folded form. */
interface Phrase {
  words: Word[];
}

interface Word {
  key: string;
  exact: string;
  folded: string;
}

const words = (phrase: string): Word[] =>
  toNFC(phrase)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ({ key: toneless(w), exact: exactForm(w), folded: foldForMatch(w) || w }));
const byLength = <T extends Phrase>(list: T[]) => list.sort((a, b) => b.words.length - a.words.length);

const HEADS = byLength(AGENCY_HEADS.map((h) => ({ words: words(h.words), complement: h.complement })));
const NOT_AGENCY = NOT_AGENCY_PHRASES.map((w) => ({ words: words(w) }));
const COLLECTIVE = byLength(COLLECTIVE_WORDS.map((w) => ({ words: words(w) })));
const CONTINUING = byLength(LIST_CONTINUING_WORDS.map((w) => ({ words: words(w) })));
const QUALIFIERS = byLength(QUALIFIER_WORDS.map((w) => ({ words: words(w) })));
const STOPS = byLength(NAME_STOP_WORDS.map((w) => ({ words: words(w) })));
const VERBS = byLength(TASK_VERBS.map((w) => ({ words: words(w) })));
const CONNECTORS = new Set(["va", "&", "-", "–", "—"]);
const PLACES = byLength(PLACE_WORDS.map((w) => ({ words: words(w) })));
const NAMED_GROUPS = byLength(NAMED_GROUP_WORDS.map((w) => ({ words: words(w) })));
const LEVELS = byLength([...PLACE_WORDS, "cấp"].map((w) => ({ words: words(w) })));
const GOVERNING = byLength(["Chính phủ", "Quốc hội", "UBND", "HĐND", "Ủy ban nhân dân"].map((w) => ({ words: words(w) })));
/**
 * The stop words read in text without diacritics: not those that fold to a syllable of agency
 * names ("thì" as "thi" would end "Chi cuc Thi hanh an" and "thi xa"; "đã" as "da", "Da Nang").
 */
const PLAIN_STOPS = ((): Phrase[] => {
  const phrases = [...HEADS, ...COLLECTIVE, ...CONTINUING, ...QUALIFIERS, ...PLACES, ...NAMED_GROUPS, ...GOVERNING];
  const syllables = new Set([...phrases.flatMap((p) => p.words.map((w) => w.folded)), ...CENTRAL_CITIES.flatMap((c) => words(c.name).map((w) => w.folded))]);
  return STOPS.filter((stop) => stop.words.length > 1 || !syllables.has(stop.words[0]!.folded));
})();

/** A code point that is not part of a name's word: trimmed from both ends of a token. */
const NOT_NAME_CHAR = /[^\p{L}\p{N}&]/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // text written without diacritics (OCR, ASCII) is matched on folded words throughout
  // the runs of letters (split at each other code point: /\p{L}+/gu overflows the stack on a run of millions)
  const letters = text.split(/\P{L}/u).filter(Boolean);
  const marked = letters.filter((w) => foldForMatch(w) !== w.toLowerCase()).length;
  const plain = letters.length > 0 && marked / letters.length < 0.2;
  // without /u: the same tokens (a surrogate pair is never split by \s, "," or ";"), and no stack overflow on a long one
  for (const m of text.matchAll(/[,;]|[^\s,;]+/g)) {
    const word = m[0];
    const bare = trimStartMatching(word, NOT_NAME_CHAR);
    const core = trimEndMatching(bare, NOT_NAME_CHAR);
    tokens.push({
      text: word,
      start: m.index!,
      end: m.index! + word.length,
      folded: word === "&" ? "&" : foldForMatch(word),
      key: toneless(core),
      exact: exactForm(core),
      plain,
      capital: /^\p{Lu}/u.test(bare),
      separator: word === "," || word === ";",
    });
  }
  return tokens;
}

/**
 * Whether a token is the word: the same toneless key (or, `exact`, the same word with its tone),
 * or for a token written without diacritics (OCR) the same folded form.
 */
function same(token: Token | undefined, word: Word, exact = false): boolean {
  if (!token || token.separator) return false;
  if (token.plain) return token.folded === word.folded;
  return exact ? token.exact === word.exact : token.key === word.key;
}

/** Length in tokens of the phrase of `list` that starts at token `i`, or 0. */
function matchPhrase(tokens: Token[], i: number, list: readonly Phrase[], exact = false): number {
  for (const phrase of list) {
    if (phrase.words.every((w, k) => same(tokens[i + k], w, exact))) return phrase.words.length;
  }
  return 0;
}

function matchHead(tokens: Token[], i: number): { length: number; complement: boolean } | null {
  if (matchPhrase(tokens, i, NOT_AGENCY)) return null;
  for (const head of HEADS) {
    if (head.words.every((w, k) => same(tokens[i + k], w))) return { length: head.words.length, complement: head.complement };
  }
  return null;
}

/** Whether the tokens from `i` begin a new entry after "và" / "&" (a head, "các …", a group noun). */
function startsEntry(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.separator) return false;
  if (token.capital && matchHead(tokens, i)) return true;
  return matchPhrase(tokens, i, CONTINUING) > 0;
}

/** What a group noun at `i` lets follow: a name after "thành phố", "các cơ quan"; nothing else. */
function groupLast(tokens: Token[], i: number): Last {
  if (matchPhrase(tokens, i, PLACES)) return "place";
  return matchPhrase(tokens, i, NAMED_GROUPS) ? "named-group" : "other";
}

/** Tries to start an item at token `i`; returns the item kind and the index after its head. */
function startItem(tokens: Token[], i: number, afterSeparator: boolean, previous: Item["kind"] | null = null): { kind: Item["kind"]; next: number; complement: boolean; last: Last } | null {
  const token = tokens[i]!;
  if (token.separator) return null;
  const head = matchHead(tokens, i);
  if (head && (token.capital || (afterSeparator && !head.complement))) {
    const next = tokens[i + head.length];
    if (!head.complement) return { kind: "named", next: i + head.length, complement: false, last: "head" };
    if (next && !next.separator && next.capital) return { kind: "named", next: i + head.length, complement: true, last: "head" };
    // "Sở, ban, ngành": a bare head followed by group nouns is a collective phrase.
    if (next?.separator && tokens[i + head.length + 1] && matchPhrase(tokens, i + head.length + 1, COLLECTIVE)) {
      return { kind: "collective", next: i + head.length, complement: false, last: "other" };
    }
    if (!next && afterSeparator) return { kind: "continuation", next: i + head.length, complement: false, last: "other" };
    return null;
  }
  if (token.key === "cac" || (token.plain && token.folded === "cac")) {
    const next = tokens[i + 1];
    if (!next || next.separator) return null;
    const group = matchPhrase(tokens, i + 1, COLLECTIVE);
    if (group) return { kind: "collective", next: i + 1 + group, complement: false, last: groupLast(tokens, i + 1) };
    if (next.capital) return { kind: "collective", next: i + 2, complement: false, last: "capital" };
    return null;
  }
  if (afterSeparator) {
    const length = matchPhrase(tokens, i, COLLECTIVE);
    // a group noun continues a collective phrase ("các sở, ban, ngành"); after a named agency it is
    // an entry of its own ("Sở Thông tin và Truyền thông và địa phương")
    if (length) {
      const level = matchPhrase(tokens, i, LEVELS) > 0;
      return { kind: previous === "named" && !level ? "collective" : "continuation", next: i + length, complement: false, last: groupLast(tokens, i) };
    }
  }
  return null;
}

/** Reads as much of the tokens as forms an agency list. */
function scan(tokens: Token[]): Scan {
  const items: Item[] = [];
  let i = 0;
  let afterSeparator = false;
  let lastGood = 0;
  while (i < tokens.length) {
    const started = startItem(tokens, i, afterSeparator, items.at(-1)?.kind ?? null);
    if (!started) return { items, end: afterSeparator ? lastGood : i, stop: afterSeparator || items.length === 0 ? "invalid" : "boundary" };
    const item: Item = { start: tokens[i]!.start, end: tokens[started.next - 1]!.end, kind: started.kind };
    let needComplement = started.complement;
    // How many free lower-case syllables may follow: a sector name after a capital ("Tư pháp",
    // "Giao thông vận tải"), a short complement after a head ("Cục thuế"), a group's qualifier.
    let budget = started.kind === "named" ? (started.complement ? 2 : 5) : 4;
    let last: Last = started.last;
    let bareHead = started.kind === "named";
    i = started.next;
    let stop: Stop | null = null;
    while (i < tokens.length) {
      const token = tokens[i]!;
      if (token.separator) break;
      if (i > started.next - 1 && endsSentence(tokens[i - 1]!)) {
        stop = "boundary";
        break;
      }
      if (CONNECTORS.has(token.folded) || token.text === "-" || token.text === "–") {
        if (tokens[i - 1]!.folded === "hdnd" && tokens[i + 1]?.folded === "ubnd") {
          // "Văn phòng HĐND và UBND …" is one office
          item.end = tokens[i + 1]!.end;
          i += 2;
          budget = 2;
          last = "head";
          continue;
        }
        if ((token.folded === "va" || token.folded === "&") && startsEntry(tokens, i + 1)) break;
        budget = Math.max(budget, 2);
        last = "connector";
        i++;
        continue;
      }
      if (needComplement) {
        if (!token.capital) {
          stop = "invalid";
          break;
        }
        needComplement = false;
        budget = 3;
        last = "capital";
        item.end = token.end;
        i++;
        continue;
      }
      if (token.text.startsWith("(")) {
        let j = i;
        while (j < tokens.length && !tokens[j]!.text.includes(")")) j++;
        if (j >= tokens.length) {
          stop = "boundary";
          break;
        }
        item.end = tokens[j]!.end;
        i = j + 1;
        continue;
      }
      const qualifier = matchPhrase(tokens, i, QUALIFIERS);
      if (qualifier) {
        last = matchPhrase(tokens, i, PLACES) ? "place" : "other";
        // after the place ("Công an tỉnh") only its name or another qualifier follows
        if (last === "place") budget = 0;
        item.end = tokens[i + qualifier - 1]!.end;
        i += qualifier;
        bareHead = false;
        continue;
      }
      if (token.capital) {
        const head = matchHead(tokens, i);
        // "Văn phòng Chính phủ", "Thanh tra Chính phủ": a government body completes a bare head
        const governing = head && bareHead && matchPhrase(tokens, i, GOVERNING) > 0;
        if ((head && !governing) || !["head", "capital", "connector", "place", "named-group"].includes(last)) {
          stop = "boundary";
          break;
        }
        budget = last === "place" || (last === "capital" && budget === 0) ? 0 : 3;
        last = "capital";
        bareHead = false;
        item.end = token.end;
        i++;
        continue;
      }
      if (/^\p{N}/u.test(token.text)) {
        item.end = token.end;
        i++;
        continue;
      }
      if (matchPhrase(tokens, i, token.plain ? PLAIN_STOPS : STOPS, true) || matchPhrase(tokens, i, VERBS, true)) {
        stop = "boundary";
        break;
      }
      const group = matchPhrase(tokens, i, COLLECTIVE);
      if (group) {
        last = groupLast(tokens, i);
        item.end = tokens[i + group - 1]!.end;
        i += group;
        bareHead = false;
        continue;
      }
      if (budget > 0) {
        budget--;
        last = /[-–&]$/.test(token.text) ? "connector" : "other";
        bareHead = false;
        item.end = token.end;
        i++;
        continue;
      }
      stop = "boundary";
      break;
    }
    if (needComplement) return { items, end: lastGood, stop: "invalid" };
    items.push(item);
    lastGood = i;
    if (stop) return { items, end: i, stop: stop === "invalid" ? "invalid" : "boundary" };
    if (i >= tokens.length) break;
    // a separator
    afterSeparator = true;
    i++;
    if (i >= tokens.length) return { items, end: lastGood, stop: "invalid" };
  }
  return { items, end: tokens.length, stop: "end" };
}

/** Whether a word ends a sentence or a bracket ("… Chính phủ.", "… Chính phủ)", "… Quốc hội”"). */
function endsSentence(token: Token): boolean {
  if (/^(?:TP|TX|Tp|ĐT|TW)\.$/u.test(token.text)) return false;
  return /[.)”"!?:]$/u.test(token.text) && !(token.text.includes("(") && token.text.endsWith(")"));
}

/** Turns items into entries: continuations ("…, ban, ngành") extend the entry before them. */
function entries(text: string, items: Item[]): string[] {
  const spans: { start: number; end: number }[] = [];
  for (const item of items) {
    const last = spans.at(-1);
    if (item.kind === "continuation" && last) last.end = item.end;
    else spans.push({ start: item.start, end: item.end });
  }
  return spans.map((s) => tidy(text.slice(s.start, s.end))).filter(Boolean);
}

/** Collapses whitespace and drops a trailing full stop, comma or semicolon. */
function tidy(text: string): string {
  // trimEndMatching, not /[.,;:”"]+$/: linear on a long run of punctuation
  let out = trimEndMatching(text.replace(/\s+/g, " ").trim(), /[.,;:”"]/).trim();
  if (out.endsWith(")") && !out.includes("(")) out = trimEndMatching(out.slice(0, -1), /[.,;:]/).trim();
  return out;
}

/**
 * The result of reading a text as a list of agencies.
 *
 * @example
 * const reading: AgencyListReading = readAgencyList("Công an thành phố, Sở Tư pháp");
 * if (reading.ok) console.log(reading.entries); // ["Công an thành phố", "Sở Tư pháp"]
 */
export interface AgencyListReading {
  /** Whether the whole text is a list of agency names and collective phrases. */
  ok: boolean;
  /** One entry per agency, as written (collective phrases kept whole). */
  entries: string[];
}

/**
 * Reads a table cell or phrase as a list of agencies, one entry per agency, keeping collective
 * phrases whole and each name as written. `ok` is false when the text is not (only) agency names.
 *
 * @example
 * readAgencyList("Công an thành phố, Sở Tư pháp và các sở, ngành liên quan")
 * // { ok: true, entries: ["Công an thành phố", "Sở Tư pháp", "các sở, ngành liên quan"] }
 * readAgencyList("Văn bản tham gia góp ý").ok // false
 */
export function readAgencyList(text: string): AgencyListReading {
  const clean = tidy(toNFC(text));
  const tokens = tokenize(clean);
  if (tokens.length === 0) return { ok: false, entries: [] };
  const result = scan(tokens);
  return { ok: result.stop === "end" && result.items.length > 0, entries: entries(clean, result.items) };
}

/**
 * Reads the agency list at the start of a phrase and returns it with the rest of the phrase:
 * "Công an tỉnh, các sở, ngành liên quan tham mưu …" → entries and "tham mưu …".
 *
 * @example
 * readAgencyPrefix("Phòng Tư pháp, Phòng Văn hóa và Thông tin nghiên cứu, tham gia góp ý")
 * // { entries: ["Phòng Tư pháp", "Phòng Văn hóa và Thông tin"], rest: "nghiên cứu, tham gia góp ý" }
 */
export function readAgencyPrefix(text: string): { entries: string[]; rest: string } {
  const clean = toNFC(text).trim();
  const tokens = tokenize(clean);
  const result = scan(tokens);
  if (result.items.length === 0) return { entries: [], rest: clean };
  const cut = result.end < tokens.length ? tokens[result.end]!.start : clean.length;
  const listEnd = result.items.at(-1)!.end;
  return { entries: entries(clean, result.items), rest: clean.slice(Math.max(cut, listEnd)).trim() };
}

/**
 * Splits an agency cell into entries: one per line when the cell has line breaks (an explicit
 * list, as written), else each semicolon-separated part, read by the agency-name grammar ("Công an
 * TP, Phòng Tư pháp và các đơn vị liên quan", collective phrases kept whole), else at commas before
 * a capitalised word, else the whole part as one entry. Empty cells give no entries.
 *
 * @example
 * splitAgencies("Công an TP, Phòng Tư pháp") // ["Công an TP", "Phòng Tư pháp"]
 * splitAgencies("Bộ Công an\nVăn phòng Chính phủ") // ["Bộ Công an", "Văn phòng Chính phủ"]
 * splitAgencies("Các sở, ngành, UBND các địa phương\n") // ["Các sở, ngành, UBND các địa phương"]
 */
export function splitAgencies(cell: string | null | undefined): string[] {
  const raw = toNFC(cell ?? "");
  const text = raw.trim();
  if (!text) return [];
  // line breaks list the agencies explicitly, one per line (a single line ending in a break too)
  if (/\S\s*\r?\n/.test(raw))
    return raw
      .split(/\r?\n/)
      .map((l) => tidy(l.replace(/^\s*[-+•*]\s*/, "")))
      .filter(Boolean);
  if (text.includes(";")) return text.split(";").flatMap((part) => splitAgencies(part));
  const reading = readAgencyList(text);
  if (reading.ok) return reading.entries;
  // whitespace collapsed first (tidy collapses it anyway): a long run of it would make the split quadratic
  const parts = text
    .replace(/\s+/g, " ")
    .split(/\s*[;,]\s*(?=\p{Lu})/u)
    .map(tidy)
    .filter(Boolean);
  return parts.length ? parts : [tidy(text)];
}

/**
 * Whether the text starts with an agency name (a capitalised head such as "Sở", "Công an", "UBND",
 * "Văn phòng" with its complement) or "Các <group>".
 *
 * @example
 * startsWithAgency("Sở Tư pháp Sửa đổi văn bản") // true
 * startsWithAgency("Văn bản tham gia góp ý") // false
 */
export function startsWithAgency(text: string): boolean {
  const tokens = tokenize(toNFC(text).trim());
  if (!tokens.length || !tokens[0]!.capital) return false;
  return startItem(tokens, 0, false) !== null;
}
