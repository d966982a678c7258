import type { Task } from "../model/task";
import { type LeadingPhrase, leadingPhrase } from "../text/actions";
import { type MatchWords, matchWords, type WordForms, type WordReader } from "../text/match-form";
import { namedSystems, systemBit } from "../text/systems";
import type { TargetIndex, WordForm } from "./target-index";
import { TermSpace } from "./term-space";
import { type GramMemo, TrigramReader } from "./trigram-reader";

// Reading a local task once into integer ids against one target: its words (OCR-repaired against
// the target's vocabulary), each term's id in the target's table (or the term space's own),
// weights, first-use order, and its character trigrams by id. What it derives from a word is
// remembered on the word (its memo slot), so a word met again costs a lookup.

/**
 * A task's matching words against a target (`matchWords` with the target's vocabulary) and the
 * word form it is scored in.
 *
 * @example
 * const words: LocalWords = ranker.wordsOf("Kết nối CSDLQG"); // words.form: "toned"
 */
export type LocalWords = MatchWords & { form: WordForm };

/** A local task prepared against one target index (the content of `LocalFeatures`, by term id). */
/**
 * A local task prepared against one target index. Its arrays are the ranker's buffers: valid
 * until the ranker prepares the next task.
 *
 * @example
 * const local: PreparedTask = ranker.prepare(task);
 * local.terms // its distinct terms
 */
export interface PreparedTask {
  task: Task;
  /** Its matching words (`matchWords`). */
  words: readonly WordForms[];
  /** Their folded forms. */
  folded: readonly string[];
  /** The clause each stands in. */
  clauses: readonly number[];
  /** The programme concepts it puts its work on (`MatchWords.hosts`). */
  hosts: readonly string[];
  /** The programme systems and databases it names (`namedSystems`). */
  systems: number;
  /** What it does, from its leading verb phrase (`leadingPhrase`). */
  phrase: LeadingPhrase;
  form: WordForm;
  /** Number of distinct terms, in first-use order (as the keys of `LocalFeatures.terms`) in the next three arrays. */
  terms: number;
  /** Term id of each in the target's table, -1 when the target never uses it. */
  ids: Int32Array;
  /** Weight of each ({@link termWeight}). */
  weights: Float64Array;
  /** Where each was last used, in `termsOf` order (word i: i; the pair ending at word i: words + i), for its folded spelling. */
  last: Int32Array;
  /** The term id of each word (the target's, or ≥ the target's term count for a word it never uses). */
  wordIds: Int32Array;
  /** The term (index into the arrays above) at each place in `termsOf` order (as `last`); -1 where no pair is made (across a clause). */
  termAt: Int32Array;
  /** Σ of the weights, summed in term order. */
  mass: number;
  /** Number of distinct character trigrams (`trigramsOf(text.folded).size`). */
  trigramCount: number;
  /** Ids of its distinct trigrams the target uses: the first `knownTrigrams` of `trigrams`. */
  trigrams: Int32Array;
  knownTrigrams: number;
}

/** What a ranker remembers of a word (in the word's memo slot): its term id in each form's table (-1: none, ask the term space), its trigrams (`GramMemo`). */
interface WordMemo extends GramMemo {
  /** The reader that made it. */
  readonly owner: TaskReader;
  toned: number;
  folded: number;
  /** The last word seen after this one, and the target's id of the two-word term they make in each form (-1: none, ask). */
  next: WordForms | null;
  nextToned: number;
  nextFolded: number;
  /** The bit of the system it names by itself (`systemBit`), -1 until asked. */
  system: number;
}

/**
 * Reads local tasks into {@link PreparedTask}s against one target index, reusing its buffers.
 * Internal to the ranker.
 *
 * @example
 * const tasks = new TaskReader(index, reader);
 * tasks.prepare(task).terms // its distinct terms
 */
export class TaskReader {
  private readonly spaces: Record<WordForm, TermSpace>;
  // buffers of the task being prepared (see PreparedTask)
  private ids = new Int32Array(256);
  private weights = new Float64Array(256);
  private last = new Int32Array(256);
  private wordIds = new Int32Array(256);
  private termAt = new Int32Array(256);
  /** The memo of each word of the task being prepared, and the system bit of each. */
  private memos: WordMemo[] = [];
  private systemBits = new Int32Array(256);
  /** Reads the tasks' trigrams (its buffer holds the task prepared last). */
  private readonly trigrams: TrigramReader;

  constructor(
    private readonly index: TargetIndex,
    private readonly reader: WordReader,
  ) {
    this.spaces = { toned: new TermSpace(index, "toned"), folded: new TermSpace(index, "folded") };
    this.trigrams = new TrigramReader(index);
  }

  /** The matching words of a task's text against this target (`matchWords` with the target's vocabulary), and the word form it is scored in. */
  wordsOf(text: string): LocalWords {
    const matched = matchWords(text, this.index.vocabulary, this.reader);
    return { words: matched.words, clauses: matched.clauses, accented: matched.accented, hosts: matched.hosts, form: matched.accented && this.index.accented ? "toned" : "folded" };
  }

  /**
   * Prepares a local task as `prepareLocal` does: matching words (OCR-repaired against the
   * target's vocabulary), weighted terms, trigrams, sectors. `matched` is `wordsOf(task.text)`
   * when the caller has it already.
   */
  prepare(task: Task, matched: LocalWords = this.wordsOf(task.text)): PreparedTask {
    const index = this.index;
    const { words, clauses, form, hosts } = matched;
    const space = this.spaces[form];
    space.startTask();
    const table = index.tables.forms[form];
    const m = words.length;
    const n = table.size;
    if (this.ids.length < 2 * m) this.grow(2 * m);
    if (this.systemBits.length < m) this.systemBits = new Int32Array(2 * m);
    const { ids, weights, last, wordIds, termAt, memos, systemBits } = this;
    let terms = 0;
    let mass = 0;
    const folded: string[] = [];
    // Every term gets an id (the target's, or one of the space's own for a term the target never
    // uses), so distinct terms are told apart by id, in first-use order, as by string.
    for (let i = 0; i < m + m; i++) {
      let id: number;
      let occurrence: number;
      if (i < m) {
        const memo = this.memoOf(words[i]!);
        memos[i] = memo;
        folded.push(words[i]!.folded);
        if (memo.system < 0) memo.system = systemBit(words[i]!.folded);
        systemBits[i] = memo.system;
        id = memo[form];
        if (id < 0) {
          id = space.word(words[i]![form]);
          // the target's term ids never change; the space's own may be forgotten
          if (id < n) memo[form] = id;
        }
        wordIds[i] = id;
        occurrence = i;
      } else {
        const j = i - m;
        if (j === 0 || clauses[j] !== clauses[j - 1]) {
          termAt[i] = -1;
          continue;
        }
        // the pair's id, remembered on its first word for the word that last followed it (the target's ids never change)
        const memo = memos[j - 1]!;
        const pairKey = form === "toned" ? "nextToned" : "nextFolded";
        if (memo.next !== words[j]) {
          memo.next = words[j]!;
          memo.nextToned = -1;
          memo.nextFolded = -1;
        }
        id = memo[pairKey];
        if (id < 0) {
          id = space.pair(wordIds[j - 1]!, wordIds[j]!, words[j - 1]![form], words[j]![form]);
          if (id < n) memo[pairKey] = id;
        }
        occurrence = m + j;
      }
      if (space.stamp[id] === space.epoch) {
        last[space.position[id]!] = occurrence;
        termAt[i] = space.position[id]!;
        continue;
      }
      space.stamp[id] = space.epoch;
      space.position[id] = terms;
      const weight = id < n ? table.weight[id]! : space.weight(id);
      ids[terms] = id < n ? id : -1;
      weights[terms] = weight;
      last[terms] = occurrence;
      termAt[i] = terms;
      terms++;
      mass += weight;
    }
    const { known, count } = this.trigrams.read(words, memos);
    return {
      task,
      words,
      folded,
      clauses,
      hosts,
      systems: namedSystems(folded, systemBits),
      phrase: leadingPhrase(folded),
      form,
      terms,
      ids,
      weights,
      last,
      wordIds,
      termAt,
      mass,
      trigramCount: count,
      trigrams: this.trigrams.buffer,
      knownTrigrams: known,
    };
  }

  /** Makes the term buffers hold at least `size` terms. */
  private grow(size: number): void {
    const capacity = Math.max(size, this.ids.length * 2);
    this.ids = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
    this.last = new Int32Array(capacity);
    this.wordIds = new Int32Array(capacity);
    this.termAt = new Int32Array(capacity);
  }

  /** This ranker's memo of a word (made when the word's slot holds another's). */
  private memoOf(word: WordForms): WordMemo {
    const memo = word.memo as WordMemo | null;
    if (memo !== null && memo.owner === this) return memo;
    const mine: WordMemo = { owner: this, toned: -1, folded: -1, gramAt: 0, gramCount: 0, gramFor: 0, next: null, nextToned: -1, nextFolded: -1, system: -1 };
    word.memo = mine;
    return mine;
  }
}
