import type { Task } from "../model/task";
import { actionsCompatible } from "../text/actions";
import type { WordReader } from "../text/match-form";
import { AgencyAffinity } from "./agency-affinity";
import { CandidateOrder } from "./candidate-order";
import { Evidence } from "./evidence";
import { type CandidateSums, LargeTarget } from "./large-target";
import { type ObjectPostings, objectPostings } from "./object-postings";
import { HeldPhrases } from "./phrase-source";
import { type LocalWords, type PreparedTask, TaskReader } from "./prepare";
import { type Candidate, contextOf } from "./score";
import { CANDIDATE_LIMIT, SCORE_WEIGHTS, type ScoreComponents, textScore, withSetting } from "./score-table";
import type { SectorReader } from "./sector";
import { SharedCounter } from "./shared-counts";
import { byFormIndex, combinationShare, formIndex, type TargetIndex, type TermTable } from "./target-index";

export type { PreparedTask } from "./prepare";

// The linker's hot path. It computes exactly what `prepareLocal` and `scoreCandidate` (score.ts)
// compute, with the same arithmetic in the same order, so every score, component and tie is
// identical; it only avoids repeating work:
// - term weights and flags come from the target index's tables, looked up by term id (a
//   two-word term by the ids of its words, so no term string is built for a known term);
// - a local task's trigrams are assembled from per-word trigrams and the trigram across each
//   word boundary, remembered per word;
// - the shared-term masses and shared trigrams of all candidates are summed in one pass over the
//   postings (each candidate's terms still summed in the local task's term order); in a target
//   of more than CANDIDATE_LIMIT tasks, candidates come from the rare terms only (score.ts
//   `candidateTargets`) and are summed without walking the common terms' long postings
//   (large-target.ts), so the work per local task does not grow with the target;
// - agency sectors are matched once per distinct local sector;
// - `Candidate` objects (with their sorted shared terms) are built only for the candidates that
//   become links.

/** Prepares local tasks and scores every candidate of one against one target index, reusing its buffers. */
export class Ranker implements CandidateSums {
  readonly stamp: Int32Array;
  private epoch = 0;
  readonly sharedMass: Float64Array;
  readonly anchorMass: Float64Array;
  readonly objectMass: Float64Array;
  readonly contextMass: Float64Array;
  readonly sharedTrigrams: Int32Array;
  /** `epoch` where the task last ranked names the target's system, by target index. */
  private readonly systemStamp: Int32Array;
  /** `epoch` where the task last ranked puts its work on the target's system, by target index. */
  private readonly hostStamp: Int32Array;
  /** The agencies and section components of the last ranked (or rescored) task's candidates, by target index. */
  readonly agencies: Float64Array;
  readonly sections: Float64Array;
  /** Scores of the last ranked task's candidates, by target index. */
  readonly score: Float64Array;
  /** Orders candidates by those scores. */
  private readonly order: CandidateOrder;
  /** Their text parts: the score before the section and agencies components are added. */
  readonly textScore: Float64Array;
  private local: PreparedTask | null = null;
  /** The candidates of the task ranked last, and the compatible ones (arrays reused from task to task). */
  private readonly seenBuffer: number[] = [];
  private readonly compatibleBuffer: number[] = [];
  /** The target tasks' masses in the form of the task last ranked (`TargetTables.mass` …). */
  private massOf: Float64Array = new Float64Array(0);
  private anchorMassOf: Float64Array = new Float64Array(0);
  private contextMassOf: Float64Array = new Float64Array(0);
  /**
   * The components of the candidate being scored (one object, reused; `components` gives copies).
   * Made holding NaN: its fields (and its copies') are numbers that are not all whole from the
   * start, so V8 never has to change their kind, and optimized code reading them stays valid.
   */
  private readonly scratch: ScoreComponents = { wording: NaN, objects: NaN, context: NaN, explained: NaN, anchors: NaN, characters: NaN, system: NaN, combination: NaN, section: NaN, agencies: NaN };

  /** The agencies component of each target for a local task. */
  private readonly agencyAffinity: AgencyAffinity;

  /** The {@link wordPrint}s of the target's system names (`systemTargets`), when they are few (else null: each word is looked up). */
  private readonly systemPrints: Int32Array | null;
  /** Counts the trigrams a local task shares with each target task, in a target of at most `CANDIDATE_LIMIT` tasks (null in a larger one). */
  private readonly trigramCounter: SharedCounter | null;
  /** Finds the candidates in a target of more than `CANDIDATE_LIMIT` tasks (null in a smaller one). */
  private readonly large: LargeTarget | null;

  /** By {@link formIndex}: the term tables, the target tasks' masses, and the postings parted into object and other postings (see {@link ObjectPostings}). */
  private readonly tables: readonly TermTable[];
  private readonly masses: readonly Float64Array[];
  private readonly anchorMasses: readonly Float64Array[];
  private readonly contextMasses: readonly Float64Array[];
  private readonly split: readonly ObjectPostings[];

  /** Reads local tasks into term ids (its buffers hold the task prepared last). */
  private readonly tasks: TaskReader;
  /** The evidence of the links returned. */
  private readonly evidence: Evidence;

  /**
   * `reader` reads the local tasks' texts (the one that read the target's, so words are shared);
   * `sectors` reads agency names into sectors.
   */
  constructor(
    readonly index: TargetIndex,
    reader: WordReader,
    readonly sectors: SectorReader,
  ) {
    const n = index.tasks.length;
    this.stamp = new Int32Array(n);
    this.sharedMass = new Float64Array(n);
    this.anchorMass = new Float64Array(n);
    this.objectMass = new Float64Array(n);
    this.contextMass = new Float64Array(n);
    this.sharedTrigrams = new Int32Array(n);
    this.systemStamp = new Int32Array(n);
    this.hostStamp = new Int32Array(n);
    this.agencies = new Float64Array(n);
    this.sections = new Float64Array(n);
    this.score = new Float64Array(n);
    this.order = new CandidateOrder(this.score, index.tables.idRank);
    this.textScore = new Float64Array(n);
    this.agencyAffinity = new AgencyAffinity(index.tables, sectors);
    this.large = n > CANDIDATE_LIMIT ? new LargeTarget(index) : null;
    const systems = [...index.tables.systemTargets.keys()];
    this.systemPrints = systems.length <= 16 ? Int32Array.from(systems, wordPrint) : null;
    this.trigramCounter = this.large ? null : new SharedCounter({ start: index.tables.trigramStart, flat: index.tables.trigramFlat }, n);
    this.tables = byFormIndex(index.tables.forms);
    this.masses = byFormIndex(index.tables.mass);
    this.anchorMasses = byFormIndex(index.tables.anchorMass);
    this.contextMasses = byFormIndex(index.tables.contextMass);
    // (walked only in a target of at most CANDIDATE_LIMIT tasks: see collect)
    this.split = n > CANDIDATE_LIMIT ? [] : this.tables.map(objectPostings);
    this.tasks = new TaskReader(index, reader);
    this.evidence = new Evidence(index, reader);
  }

  /** The matching words of a task's text against this target ({@link TaskReader.wordsOf}). */
  wordsOf(text: string): LocalWords {
    return this.tasks.wordsOf(text);
  }

  /** Prepares a local task ({@link TaskReader.prepare}): valid until the next one is prepared. */
  prepare(task: Task, matched?: LocalWords): PreparedTask {
    return this.tasks.prepare(task, matched);
  }

  /**
   * Scores the candidates of a local task (the target tasks sharing a term with it) and returns
   * their indexes, in the order they were found (`sorted` puts them in the order `link` sorts
   * `Candidate`s: score descending, then target id). `sectionAffinity` gives the section
   * correspondence of each target section (by position in `sectionSets`; or null for none).
   * Scores and components stay readable, and the array returned unchanged, until the next call.
   */
  rank(local: PreparedTask, sectionAffinity: Float64Array | null): number[] {
    return this.scoreCandidates(local, sectionAffinity, false);
  }

  /**
   * {@link rank}'s candidates that the local task can implement, scored (the others are not):
   * those whose leading verb phrase does compatible work (see `actionsCompatible`: commenting on
   * a law does not implement connecting a database that the law is about), and, of the targets
   * that work on a named programme system (VNeID, the IOC, the essential services …), only those
   * whose system the local task names (publishing the results of cutting procedures does not
   * complete the essential services). The others are never linked nor listed. In `rank`'s order;
   * valid until the next call.
   */
  rankCompatible(local: PreparedTask, sectionAffinity: Float64Array | null): number[] {
    return this.scoreCandidates(local, sectionAffinity, true);
  }

  /** The candidates scored by {@link rank} (all, or only the compatible ones), in a buffer of the ranker's. */
  private scoreCandidates(local: PreparedTask, sectionAffinity: Float64Array | null, compatibleOnly: boolean): number[] {
    const epoch = ++this.epoch;
    const seen = this.large ? this.large.collect(local, epoch, this) : this.collect(local, epoch);
    const agencyRow = this.agencyAffinity.of(local.task);
    if (this.large) this.large.markSystems(local, seen, epoch, this.systemStamp, this.hostStamp);
    else this.matchSystems(local, epoch);
    this.local = local;
    const { tables } = this.index;
    const form = formIndex(local.form);
    this.massOf = this.masses[form]!;
    this.anchorMassOf = this.anchorMasses[form]!;
    this.contextMassOf = this.contextMasses[form]!;
    const { actions } = local.phrase;
    const { worksOnSystem } = tables;
    const targetActions = tables.actions;
    const scored = compatibleOnly ? this.compatibleBuffer : seen;
    let count = 0;
    const components = this.scratch;
    for (let k = 0; k < seen.length; k++) {
      const i = seen[k]!;
      if (compatibleOnly) {
        if (!((actions === 0 || actionsCompatible(actions, targetActions[i]!)) && (worksOnSystem[i] === 0 || this.system(i) > 0))) continue;
        scored[count] = i;
      }
      count++;
      this.agencies[i] = agencyRow ? agencyRow[i]! : 0;
      this.sections[i] = this.sectionOf(i, sectionAffinity);
      this.componentsInto(i, components);
      // the text's part first (remembered per wording), then section and agencies: combine()'s sum, in its order
      const text = textScore(components);
      this.textScore[i] = text;
      this.score[i] = withSetting(text, components);
    }
    scored.length = count;
    return scored;
  }

  /** The candidates of a local task in a target of at most `CANDIDATE_LIMIT` tasks (every target task sharing a term with it), their masses and shared trigrams summed by walking the postings. */
  private collect(local: PreparedTask, epoch: number): number[] {
    const form = formIndex(local.form);
    const table = this.tables[form]!;
    const split = this.split[form]!;
    const { stamp, sharedMass, anchorMass, objectMass, contextMass, sharedTrigrams } = this;
    const { start, flat, anchor, context } = table;
    const { objectStart, objectFlat, otherFlat } = split;
    const seen = this.seenBuffer;
    let count = 0;
    const { ids, weights } = local;
    // each term's postings in one loop per mass (every target still summed in the local task's term order)
    for (let k = 0; k < local.terms; k++) {
      const id = ids[k]!;
      if (id < 0) continue;
      const weight = weights[k]!;
      const from = start[id]!;
      const end = start[id + 1]!;
      for (let j = from; j < end; j++) {
        const i = flat[j]!;
        if (stamp[i] !== epoch) {
          stamp[i] = epoch;
          seen[count++] = i;
          sharedMass[i] = weight;
          anchorMass[i] = 0;
          objectMass[i] = 0;
          contextMass[i] = 0;
        } else sharedMass[i] = sharedMass[i]! + weight;
      }
      if (anchor[id] === 1) {
        for (let j = from; j < end; j++) {
          const i = flat[j]!;
          anchorMass[i] = anchorMass[i]! + weight;
        }
      }
      const objectsFrom = objectStart[id]!;
      const objectsEnd = objectStart[id + 1]!;
      for (let j = objectsFrom; j < objectsEnd; j++) {
        const i = objectFlat[j]!;
        objectMass[i] = objectMass[i]! + weight;
      }
      if (context[id] === 1) {
        for (let j = from - objectsFrom, e = end - objectsEnd; j < e; j++) {
          const i = otherFlat[j]!;
          contextMass[i] = contextMass[i]! + weight;
        }
      }
    }
    seen.length = count;
    // shared trigrams, counted for every target task (only the candidates' counts are read)
    this.trigramCounter!.count(local.trigrams, local.knownTrigrams, sharedTrigrams);
    return seen;
  }

  /** The section component of target `i` from a local section's correspondence to each target section (by position in `sectionSets`). */
  private sectionOf(i: number, sectionAffinity: Float64Array | null): number {
    const section = this.index.tables.taskSections[i]!;
    return sectionAffinity && section >= 0 ? sectionAffinity[section]! : 0;
  }

  /** Marks (with `epoch`) the target tasks whose system (`LeadingPhrase.systems`) a local task names, and those whose system it puts its work on. */
  private matchSystems(local: PreparedTask, epoch: number): void {
    const { systemTargets } = this.index.tables;
    if (systemTargets.size === 0) return;
    const prints = this.systemPrints;
    for (const word of local.words) {
      // a word whose print no system name has is not one (the few names, compared as numbers, spare a lookup per word)
      if (prints !== null) {
        const print = wordPrint(word.folded);
        let named = false;
        for (let k = 0; k < prints.length && !named; k++) named = prints[k] === print;
        if (!named) continue;
      }
      const targets = systemTargets.get(word.folded);
      if (targets) for (const i of targets) this.systemStamp[i] = epoch;
    }
    for (const host of local.hosts) {
      const targets = systemTargets.get(host);
      if (targets) for (const i of targets) this.hostStamp[i] = epoch;
    }
  }

  /** The system component of candidate `i` of the task last ranked (as `scoreCandidate` computes it). */
  system(i: number): number {
    if (this.hostStamp[i] === this.epoch) return 1;
    return this.systemStamp[i] === this.epoch ? SCORE_WEIGHTS.systemNamed : 0;
  }

  /**
   * Scores again, for another task with the same matching words, some candidates that {@link rank}
   * scored: `textScores` are their text parts (`textScore` then), to which this task's section
   * correspondence and agencies are added as `rank` adds them, so the scores are the ones `rank`
   * would give. Returns the targets; their scores are in `score`, as after `rank` (only
   * `components` is not available: its parts lie with the caller).
   */
  rescore(task: Task, targets: readonly number[], textScores: readonly number[], sectionAffinity: Float64Array | null): readonly number[] {
    const agencyRow = this.agencyAffinity.of(task);
    // (the setting in the components object every candidate's is read from: one shape for the score's terms)
    const setting = this.scratch;
    for (let k = 0; k < targets.length; k++) {
      const i = targets[k]!;
      setting.agencies = this.agencies[i] = agencyRow ? agencyRow[i]! : 0;
      setting.section = this.sections[i] = this.sectionOf(i, sectionAffinity);
      this.score[i] = withSetting(textScores[k]!, setting);
    }
    this.local = null;
    return targets;
  }

  /** Candidates in the order `link` sorts them: score descending, then target id (a stable sort of `rank`'s result). */
  sorted(candidates: readonly number[]): number[] {
    return this.order.sorted(candidates);
  }

  /** The beginning of `sorted(candidates)` ({@link CandidateOrder.top}). */
  top(candidates: readonly number[], count: number, atLeast: number, alsoAtLeast: number, most = Infinity): number[] {
    return this.order.top(candidates, count, atLeast, alsoAtLeast, most);
  }

  /** The first of the candidates in `sorted` order. */
  best(candidates: readonly number[]): number | undefined {
    return this.order.best(candidates);
  }

  /** The score components of candidate `i` of the task last ranked (as `scoreCandidate` computes them). */
  components(i: number): ScoreComponents {
    return this.componentsInto(i, { ...this.scratch });
  }

  /** Writes the score components of candidate `i` of the task last ranked into `out` (the feature functions of the fast path: `scoreCandidate`'s, operation for operation). */
  private componentsInto(i: number, out: ScoreComponents): ScoreComponents {
    const local = this.local!;
    const { tables } = this.index;
    const mass = this.massOf[i]!;
    const anchorMass = this.anchorMassOf[i]!;
    const contextMass = this.contextMassOf[i]!;
    const shared = this.sharedMass[i]!;
    const localChars = local.trigramCount;
    const targetChars = tables.trigramCount[i]!;
    const objects = anchorMass ? Math.min(1, this.objectMass[i]! / anchorMass) : 0;
    out.wording = local.mass + mass ? (2 * shared) / (local.mass + mass) : 0;
    out.objects = objects;
    out.context = contextOf(contextMass ? Math.min(1, this.contextMass[i]! / contextMass) : 0, objects, local.phrase.instrument && tables.instruments[i] === 1);
    out.explained = local.mass ? Math.min(1, shared / local.mass) : 0;
    out.anchors = Math.min(1, this.anchorMass[i]! / this.index.unseenIdf);
    out.characters = localChars === 0 || targetChars === 0 ? 0 : (2 * this.sharedTrigrams[i]!) / (localChars + targetChars);
    out.system = this.system(i);
    out.combination = combinationShare(tables.combinations, local.systems, tables.systems[i]!);
    out.section = this.sections[i]!;
    out.agencies = this.agencies[i]!;
    return out;
  }

  /** The shared phrases (matching words, unspelled: {@link Evidence.phrases}) a link to candidate `i` of the task last ranked shows. */
  evidencePhrases(i: number): string[][] {
    return this.evidence.phrases(this.local!, i);
  }

  /**
   * The shared phrases of the task last ranked, for later: `phrases(i)` gives what
   * {@link evidencePhrases} gives now, whatever the ranker prepares meanwhile (or the caller does
   * to the task). Only the task's text is kept; the first call reads and prepares it again
   * ({@link HeldPhrases}). So a link never read costs nothing but that (most links are never shown).
   */
  heldEvidence(): HeldPhrases {
    return new HeldPhrases(this.tasks, this.evidence, this.local!.task.text);
  }

  /** Phrases of a link to candidate `i` spelled for a task of `text` ({@link Evidence.spell}). */
  spellEvidence(phrases: readonly string[][], i: number, text: string): string[] {
    return this.evidence.spell(phrases, i, text);
  }

  /** Candidate `i` of the task last ranked, as `scoreCandidate` returns it (with its sorted shared terms), the target by id. */
  candidate(i: number): Omit<Candidate, "target"> & { target: string } {
    return { target: this.index.tasks[i]!.task.id, score: this.score[i]!, components: this.components(i), shared: this.evidence.shared(this.local!, i) };
  }
}

/** A word's length and first two code units in one number: equal words, equal prints. */
const wordPrint = (word: string): number => (word.length << 16) | (word.length > 0 ? (word.charCodeAt(0) & 0xff) << 8 : 0) | (word.length > 1 ? word.charCodeAt(1) & 0xff : 0);
