import type { Task } from "../model/task";
import { type LeadingPhrase, leadingPhrase } from "../text/actions";
import { type MatchWords, matchWords, type WordForms, type WordReader } from "../text/match-form";
import { namedSystems, systemMark } from "../text/systems";
import { byFormIndex, formIndex, type TargetIndex, type TermTable, type WordForm } from "./target-index";
import { PairTable, TermSpace } from "./term-space";
import { GRAM_FIELDS, TrigramReader } from "./trigram-reader";

// Reading a local task once into integer ids against one target: its words (OCR-repaired against
// the target's vocabulary), each term's id in the target's table (or the term space's own for a
// word; none for a word pair the target lacks), weights, first-use order, and its character trigrams by id. What it derives from a word is
// remembered in the word's record (a few integers of the reader's, found by the number the word
// carries), so a word met again costs a lookup.

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

// A word's record: RECORD integers of `TaskReader.records` from RECORD · its number. The trigram
// reader's fields come first (GRAM_FIELDS); then the word's term id in each form's table (-1:
// none, ask the term space) and the generation of the term space an own id is valid for; the
// last word seen after it (by its record's start, -1: none) and the target's id of the two-word
// term they make in each form (-1: not asked; `UNSEEN_PAIR` or `UNSEEN_BOILERPLATE_PAIR` for one
// the target lacks); its `systemMark` (-1 until asked).
const TONED = GRAM_FIELDS;
const FOLDED = TONED + 2;
const NEXT = FOLDED + 2;
const NEXT_TONED = NEXT + 1;
const NEXT_FOLDED = NEXT_TONED + 1;
const SYSTEM = NEXT_FOLDED + 1;
/** Integers per record (a power of two: a record in one cache line). */
const RECORD = 16;
/** How many words get a record before the reader starts afresh (between two tasks; every word gets a new one when next met). */
const RECORD_LIMIT = 1 << 17;

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
  /** The term spaces and the target's term tables by {@link formIndex}. */
  private readonly spaceList: readonly TermSpace[];
  private readonly tableList: readonly TermTable[];
  // buffers of the task being prepared (see PreparedTask)
  private ids = new Int32Array(256);
  private weights = new Float64Array(256);
  private last = new Int32Array(256);
  private wordIds = new Int32Array(256);
  private termAt = new Int32Array(256);
  /** The start of each word's record, for the task being prepared, and each word's {@link systemMark}. */
  private recordAt = new Int32Array(256);
  private systemBits = new Int32Array(256);
  /** Words' records (see RECORD), `used` of them, while the words carry `mark` as their memo owner. */
  private records = new Int32Array(RECORD << 10);
  private used = 0;
  private mark: object = {};
  /** Reads the tasks' trigrams (its buffer holds the task prepared last). */
  private readonly trigrams: TrigramReader;
  /** The two-word terms of the task being prepared that the target lacks. */
  private readonly pairs = new PairTable(64);

  /** How many words get a record before the reader starts afresh. */
  private readonly recordLimit: number;

  /** `limits` (for tests, to see what is remembered forgotten): words with a record, and own terms of a term space, before either starts afresh. */
  constructor(
    private readonly index: TargetIndex,
    private readonly reader: WordReader,
    limits: { records?: number; terms?: number } = {},
  ) {
    this.recordLimit = limits.records ?? RECORD_LIMIT;
    this.spaces = { toned: new TermSpace(index, "toned", limits.terms), folded: new TermSpace(index, "folded", limits.terms) };
    this.spaceList = byFormIndex(this.spaces);
    this.tableList = byFormIndex(index.tables.forms);
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
    const { words, clauses, form, hosts } = matched;
    const space = this.spaceList[formIndex(form)]!;
    space.startTask();
    const generation = space.generation;
    const table = this.tableList[formIndex(form)]!;
    const m = words.length;
    const n = table.size;
    const pairs = this.pairs;
    pairs.clear();
    if (this.ids.length < 2 * m) this.grow(2 * m);
    if (this.recordAt.length < m) {
      this.recordAt = new Int32Array(2 * m);
      this.systemBits = new Int32Array(2 * m);
    }
    // the words' records (made for a word met the first time since the reader started afresh)
    if (this.used + m > this.recordLimit) this.startAfresh();
    const { recordAt, systemBits } = this;
    const folded: string[] = [];
    for (let i = 0; i < m; i++) {
      const word = words[i]!;
      recordAt[i] = word.memoOwner === this.mark ? word.memoId * RECORD : this.recordOf(word);
      folded.push(word.folded);
    }
    const { ids, weights, last, wordIds, termAt, records } = this;
    const own = form === "toned" ? TONED : FOLDED;
    const nextOwn = form === "toned" ? NEXT_TONED : NEXT_FOLDED;
    let terms = 0;
    let mass = 0;
    // Distinct terms are told apart as by string, in first-use order (the words, then the pairs): a
    // word by its id (the target's, or one of the space's own for a word the target never uses); a
    // pair the target has by the target's id; a pair it lacks by its two words' ids (`pairs`). A
    // remembered word id is the target's (they never change) or the space's own of the space's
    // present generation (those are forgotten all at once).
    for (let i = 0; i < m + m; i++) {
      let id: number;
      let occurrence: number;
      if (i < m) {
        const record = recordAt[i]!;
        let system = records[record + SYSTEM]!;
        if (system < 0) system = records[record + SYSTEM] = systemMark(words[i]!.folded);
        systemBits[i] = system;
        id = records[record + own]!;
        if (id < 0 || (id >= n && records[record + own + 1] !== generation)) {
          id = space.word(words[i]![form]);
          records[record + own] = id;
          records[record + own + 1] = generation;
        }
        wordIds[i] = id;
        occurrence = i;
      } else {
        const j = i - m;
        if (j === 0 || clauses[j] !== clauses[j - 1]) {
          termAt[i] = -1;
          continue;
        }
        // the pair's id, remembered on its first word for the word that last followed it
        const record = recordAt[j - 1]!;
        const next = recordAt[j]!;
        if (records[record + NEXT] !== next) {
          records[record + NEXT] = next;
          records[record + NEXT_TONED] = -1;
          records[record + NEXT_FOLDED] = -1;
        }
        id = records[record + nextOwn]!;
        if (id === -1) id = records[record + nextOwn] = space.pair(wordIds[j - 1]!, wordIds[j]!, words[j - 1]![form], words[j]![form]);
        occurrence = m + j;
        if (id < 0) {
          // a pair the target lacks: told apart from the task's others by its words' ids
          const a = wordIds[j - 1]!;
          const b = wordIds[j]!;
          const place = pairs.get(a, b);
          if (place >= 0) {
            last[place] = occurrence;
            termAt[i] = place;
            continue;
          }
          pairs.set(a, b, terms);
          const weight = space.unseenPairWeight(id);
          ids[terms] = -1;
          weights[terms] = weight;
          last[terms] = occurrence;
          termAt[i] = terms;
          terms++;
          mass += weight;
          continue;
        }
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
    const trigrams = this.trigrams;
    trigrams.read(words, records, recordAt);
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
      trigramCount: trigrams.count,
      trigrams: trigrams.buffer,
      knownTrigrams: trigrams.known,
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

  /** A new record for a word (its number carried on the word, under this reader's mark), its start. */
  private recordOf(word: WordForms): number {
    const at = this.used * RECORD;
    if (at + RECORD > this.records.length) {
      const records = new Int32Array(this.records.length * 2);
      records.set(this.records);
      this.records = records;
    }
    const records = this.records;
    // nothing read yet: no trigram run (a generation the trigram reader never has), no ids, no next word, no system mark
    records.fill(-1, at, at + RECORD);
    word.memoOwner = this.mark;
    word.memoId = this.used++;
    return at;
  }

  /** Forgets every word's record (a new mark: the numbers words carry are no longer this reader's). */
  private startAfresh(): void {
    this.mark = {};
    this.used = 0;
  }
}
