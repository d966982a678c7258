import { CONCEPTS } from "../text/concepts";
import { matchText, type WordReader } from "../text/match-form";
import { namedPhrase, phraseSpeller } from "../text/surface";
import type { PreparedTask } from "./rank";
import type { Candidate } from "./score";
import type { TargetIndex, WordForm } from "./target-index";
import { PairTable } from "./term-space";
import { type ClausedWords, compareCodeUnits, sharedRuns, wordPositions } from "./terms";

/**
 * What {@link Evidence.phrases} reads of a local task: its words and term arrays (a
 * {@link PreparedTask} is one). `Evidence.hold` copies them out of the ranker's buffers, so that
 * the phrases of each of a task's links can be made from one copy whatever the ranker prepares
 * meanwhile (`Ranker.heldEvidence` reads and prepares the task again when its links'
 * evidence is first read).
 *
 * @example
 * const held: EvidenceWords = evidence.hold(ranker.prepare(task));
 * evidence.phrases(held, 12) // the phrases a link to target 12 shows
 */
export interface EvidenceWords extends Pick<PreparedTask, "form" | "words" | "folded" | "clauses" | "terms"> {
  /** As `PreparedTask`'s (held: copies of their used part). */
  ids: ArrayLike<number>;
  weights: ArrayLike<number>;
  wordIds: ArrayLike<number>;
  termAt: ArrayLike<number>;
  task: { readonly text: string };
}

/**
 * The evidence of a link, for the links returned only: the phrases a local task shares with a
 * target task, and (for the reference check) its shared terms. Owns what it remembers of the
 * target's tasks (their words as term ids, their spellers). Internal to the ranker.
 *
 * @example
 * const evidence = new Evidence(index, reader);
 * const task = ranker.prepare(task);
 * evidence.spell(evidence.phrases(task, 12), 12, task.task.text) // ["cơ sở dữ liệu quốc gia về dân cư", …]
 */
export class Evidence {
  /** Each target task's words by form (`targetWords`), made when a link to it first shows its terms. */
  private readonly targetTexts: Partial<Record<WordForm, ClausedWords<number> & { positions: Map<number, number[]> }>>[] = [];
  /** Marks the terms a shown run holds (`termEpoch`: the run being read). */
  private termStamp = new Int32Array(256);
  private termEpoch = 0;
  /** Each target task's {@link phraseSpeller}, made when a link to it first shows its terms. */
  private readonly spellers: ((words: readonly string[]) => string | null)[] = [];
  /** The {@link phraseSpeller} of the local text whose terms were shown last. */
  private localText: string | null = null;
  private localSpeller: ((words: readonly string[]) => string | null) | null = null;
  /** Whether two words of the target's (by term id, in each form) make a term across a word boundary (1) or not (0): `crossWord` remembered without building the pair. */
  private readonly crossed: Record<WordForm, PairTable> = { toned: new PairTable(), folded: new PairTable() };

  constructor(
    private readonly index: TargetIndex,
    private readonly reader: WordReader,
  ) {}

  /** The terms a local task shares with candidate `i`, sorted as `Candidate.shared` (anchors first, then by weight, then by term). */
  shared(local: PreparedTask, i: number): Candidate["shared"] {
    const table = this.index.tables.forms[local.form];
    const { start, flat, anchor } = table;
    const folded = local.words;
    const words = folded.length;
    const shared: Candidate["shared"] = [];
    for (let k = 0; k < local.terms; k++) {
      const id = local.ids[k]!;
      if (id < 0) continue;
      // does target i use term id? (postings ascending: binary search)
      let lo = start[id]!;
      let hi = start[id + 1]! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = flat[mid]!;
        if (at < i) lo = mid + 1;
        else if (at > i) hi = mid - 1;
        else break;
      }
      if (lo > hi) continue;
      const at = local.last[k]!;
      const term = at < words ? folded[at]!.folded : `${folded[at - words - 1]!.folded} ${folded[at - words]!.folded}`;
      shared.push({ term, weight: local.weights[k]!, anchor: anchor[id] === 1 });
    }
    return shared.sort(bySharedOrder);
  }

  /**
   * The shared phrases a link to candidate `i` shows, as matching words (folded), before they
   * are spelled ({@link spell}): the runs of words the task and the target task both have in a
   * row (`sharedRuns`, in the word form the task is scored in), each worth the weights of the
   * terms it holds (all shared: the target has them in a row too); the distinctive ones (holding
   * an anchor or a term of weight ≥ 1), else the first five, anchors first, then by worth, none
   * that another shown one holds. They depend on the task's words only, not on how its text
   * writes them.
   */
  phrases(local: EvidenceWords, i: number): string[][] {
    const { form, words, clauses, termAt, ids, weights } = local;
    const m = words.length;
    const { anchor } = this.index.tables.forms[form];
    const target = this.targetWords(i, form);
    const crossWord = this.index.crossWord[form];
    const known = this.index.tables.forms[form].size;
    if (this.crossed[form].size >= CROSSED_LIMIT) this.crossed[form] = new PairTable();
    const crossed = this.crossed[form];
    const { wordIds } = local;
    const crosses = (x: number, y: number): boolean => {
      const a = wordIds[x]!;
      const b = wordIds[y]!;
      if (a >= known || b >= known) return crossWord.has(`${words[x]![form]} ${words[y]![form]}`);
      let crossing = crossed.get(a, b);
      if (crossing < 0) crossed.set(a, b, (crossing = crossWord.has(`${words[x]![form]} ${words[y]![form]}`) ? 1 : 0));
      return crossing === 1;
    };
    // whether the words at a and b (neighbours) make a word, not the end of one and the start of the next
    const isWord = (a: number, b: number) => b >= 0 && b < m && clauses[a] === clauses[b] && !(a < b ? crosses(a, b) : crosses(b, a));
    const boundOutside = (edge: number, outside: number, inside: number) => isWord(edge, outside) && !isWord(edge, inside);
    const stamp = (this.termStamp = this.termStamp.length < local.terms ? new Int32Array(local.terms * 2) : this.termStamp);
    const phrases: { start: number; length: number; worth: number; anchor: boolean; distinctive: boolean }[] = [];
    // (a prepared task's word ids are the ranker's buffer: its first m)
    const localIds = wordIds instanceof Int32Array ? wordIds.subarray(0, m) : wordIds;
    for (const run of sharedRuns({ words: localIds, clauses }, target, target.positions)) {
      // a run whose first (last) word is bound to the word before (after) it rather than to the next
      // (previous) one starts (ends) inside a word ("nghị | định định danh…"): that syllable is left out
      let { start, length } = run;
      while (length > 1 && boundOutside(start, start - 1, start + 1)) start++, length--;
      while (length > 1 && boundOutside(start + length - 1, start + length, start + length - 2)) length--;
      const epoch = ++this.termEpoch;
      let worth = 0;
      let anchored = false;
      let distinctive = false;
      for (let at = start; at < start + length; at++) {
        for (let pair = 0; pair < (at > start ? 2 : 1); pair++) {
          const k = termAt[pair ? m + at : at]!;
          if (k < 0 || stamp[k] === epoch) continue;
          stamp[k] = epoch;
          const isAnchor = anchor[ids[k]!] === 1;
          worth += weights[k]!;
          anchored ||= isAnchor;
          distinctive ||= isAnchor || weights[k]! >= 1;
        }
      }
      phrases.push({ start, length, worth, anchor: anchored, distinctive });
    }
    // a lone syllable shows only as an anchor: alone it is mostly part of a word the target writes otherwise ("hóa" of "số hóa")
    const distinctive = phrases.filter((p) => p.distinctive && (p.length > 1 || p.anchor || CONCEPTS.has(local.folded[p.start]!)));
    const ranked = (distinctive.length ? distinctive : phrases).sort((a, b) => Number(b.anchor) - Number(a.anchor) || b.worth - a.worth || a.start - b.start);
    const shown = (distinctive.length ? ranked : ranked.slice(0, 5)).map((p) => local.folded.slice(p.start, p.start + p.length));
    return shown.filter((phrase) => !shown.some((other) => other !== phrase && holds(other, phrase)));
  }

  /**
   * Phrases of {@link phrases} spelled for a link to candidate `i` from a task of `text`: as the
   * target task writes each, else as `text` does, else with its concepts named (texts of the same
   * matching words share their phrases, not their spelling).
   */
  spell(phrases: readonly string[][], i: number, text: string): string[] {
    const spellTarget = (this.spellers[i] ??= phraseSpeller(this.index.tasks[i]!.task.text));
    // one speller per local text (a task's links, and a wording's candidates, share it)
    if (this.localText !== text) {
      this.localText = text;
      this.localSpeller = phraseSpeller(text);
    }
    const spellLocal = this.localSpeller!;
    const spelled = new Set<string>();
    for (const phrase of phrases) spelled.add(spellTarget(phrase) ?? spellLocal(phrase) ?? namedPhrase(phrase));
    return [...spelled];
  }

  /**
   * What {@link phrases} reads of a prepared task, copied out of the ranker's buffers (which the
   * next task prepared overwrites): the arrays are the ranker's, the words and clauses the task's own.
   * Made when a link's evidence is first read, not for every link.
   */
  hold(local: PreparedTask): EvidenceWords {
    const m = local.words.length;
    // plain arrays of their exact length: quicker to make than typed ones, for the few numbers of one task
    const { terms } = local;
    const ids = copyOf(local.ids, terms);
    const weights = copyOf(local.weights, terms);
    const wordIds = copyOf(local.wordIds, m);
    const termAt = copyOf(local.termAt, 2 * m);
    return { form: local.form, words: local.words, folded: local.folded, clauses: local.clauses, terms, ids, weights, wordIds, termAt, task: { text: local.task.text } };
  }

  /** Target task `i`'s words as term ids in one form, with their clauses and where each id stands (made once per target and form). */
  private targetWords(i: number, form: WordForm): ClausedWords<number> & { positions: Map<number, number[]> } {
    const memo = (this.targetTexts[i] ??= {});
    let words = memo[form];
    if (!words) {
      const text = matchText(this.index.tasks[i]!.task.text, undefined, this.reader);
      const ids = this.index.tables.forms[form].ids;
      const wordIds = Int32Array.from(text[form], (word) => ids.get(word) ?? -1);
      memo[form] = words = { words: wordIds, clauses: text.clauses, positions: wordPositions(wordIds) };
    }
    return words;
  }
}

/** The first `length` numbers of a buffer, in an array of their own. */
function copyOf(buffer: ArrayLike<number>, length: number): number[] {
  const copy = new Array<number>(length);
  for (let k = 0; k < length; k++) copy[k] = buffer[k]!;
  return copy;
}

/** How many pairs of the target's words an {@link Evidence} remembers as crossing a word boundary or not, per form, before it forgets them all. */
const CROSSED_LIMIT = 1 << 16;

/** Whether a word sequence holds another one in a row (and is longer). */
function holds(words: readonly string[], part: readonly string[]): boolean {
  if (part.length >= words.length) return false;
  search: for (let i = 0; i + part.length <= words.length; i++) {
    for (let k = 0; k < part.length; k++) if (words[i + k] !== part[k]) continue search;
    return true;
  }
  return false;
}

const bySharedOrder = (a: Candidate["shared"][number], b: Candidate["shared"][number]) => Number(b.anchor) - Number(a.anchor) || b.weight - a.weight || compareCodeUnits(a.term, b.term);
