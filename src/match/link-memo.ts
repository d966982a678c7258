import type { Task } from "../model/task";
import type { Decision } from "./decide";
import { IntSet } from "./int-set";
import type { Ranker } from "./rank";
import { sectionAffinities } from "./score";
import type { SectorReader } from "./sector";
import type { TargetIndex } from "./target-index";
import { compareCodeUnits } from "./terms";
import type { TextRanking } from "./text-ranking";

// What a linker remembers between tasks and plans: section affinities by title, and decisions by
// task content. Bounded (each part forgotten all at once when full), and never a reason for a
// different result: only work is saved.

/**
 * How much a linker's memo holds before it forgets: section titles, wordings seen once or twice
 * (a hash only), wordings seen more often (with their ranking and decisions), decisions.
 *
 * @example
 * createLinker(rootPlan, { memo: { firstSight: 20_000, decisions: 50_000 } });
 */
export interface MemoLimits {
  /** Section titles whose affinity to the national sections is kept. */
  sections: number;
  /** Wordings remembered at their first sight, and at their second (a hash only, in two sets of at most this many each; a wording seen a third time keeps its ranking). */
  firstSight: number;
  /** Decisions kept for wordings seen a third time and after; past this the memo starts afresh. */
  decisions: number;
}

/**
 * The bounds of a linker's memo unless its options say otherwise. A decision with its wording's
 * ranking holds about 1.5 KB: 40,000 decisions are some 60 MB; plans copy from plans near them in
 * a corpus (a commune from its province), so a window of that size keeps the repeats that pay.
 */
const DEFAULT_LIMITS: MemoLimits = { sections: 10_000, firstSight: 100_000, decisions: 40_000 };

/**
 * A local section's correspondence to each target section (`row`, by position in `TargetTables.sectionSets`; for `Ranker.rank`), and a key that tells equal ones apart.
 *
 * @example
 * sectionAffinityOf(index, memo, "Nhiệm vụ phát triển hạ tầng")?.key // equal keys, equal rows
 */
export interface SectionAffinity {
  row: Float64Array;
  key: string;
}

/**
 * What is remembered of a wording seen three times or more: its decisions by the rest of their key ({@link decisionKey}), its text ranking once ranked.
 *
 * @example
 * const { wording } = wordingOf(memo, ranker, task.text);
 * wording?.decisions.size // decisions remembered for this wording
 */
export interface WordingMemo {
  decisions: Map<string, readonly Decision[]>;
  ranking: TextRanking | null;
}

/**
 * A linker's memo. A task's decisions depend on its matching words, not on its text as such:
 * texts that differ only in what matching ignores (case, punctuation, an abbreviation written out,
 * a synonym of a programme concept, OCR damage it repairs) share one entry of `wordings`, which
 * `texts` points to from each text of a remembered wording met again.
 *
 * @example
 * const memo = createLinkMemo({ decisions: 1_000 });
 */
export interface LinkMemo {
  limits: MemoLimits;
  sections: Map<string, SectionAffinity | null>;
  /** wordings met at least once without a memo entry: a hash of their key only ({@link wordingHash}: a collision only remembers a wording a sight early) */
  firstSight: IntSet;
  /** of those, the wordings met at least twice (the third sight makes their memo entry) */
  secondSight: IntSet;
  /** task text → what is remembered of its wording (texts of wordings met three times or more) */
  texts: Map<string, WordingMemo>;
  /** {@link textPrint} of each text of `texts`: a text whose print is not here is not there either (and is not hashed whole to find out) */
  textPrints: IntSet;
  /** hash of a wording → the wordings met three times or more with that hash, each by its key ({@link wordingKey}) */
  wordings: Map<number, { key: string; memo: WordingMemo }[]>;
  /** decisions held */
  size: number;
}

/**
 * An empty memo with the given bounds (the defaults for those not given).
 *
 * @example
 * createLinkMemo().limits.decisions // 40000
 */
export function createLinkMemo(limits: Partial<MemoLimits> = {}): LinkMemo {
  return {
    limits: { ...DEFAULT_LIMITS, ...limits },
    sections: new Map(),
    firstSight: new IntSet(),
    secondSight: new IntSet(),
    texts: new Map(),
    textPrints: new IntSet(),
    wordings: new Map(),
    size: 0,
  };
}

/**
 * The correspondence of a local section (by its title) to the target's tasks, or null when it
 * resembles no target section; remembered by title.
 *
 * @example
 * sectionAffinityOf(index, memo, "Nhóm tiện ích phục vụ người dân")?.row.length // the target's section count
 */
export function sectionAffinityOf(index: TargetIndex, memo: LinkMemo, title: string): SectionAffinity | null {
  let affinity = memo.sections.get(title);
  if (affinity === undefined) {
    const bySection = sectionAffinities(index, [{ ref: "", title }]).get("");
    affinity = bySection ? { row: Float64Array.from(index.tables.sectionSets.keys(), (ref) => bySection.get(ref) ?? 0), key: [...bySection.values()].join() } : null;
    if (memo.sections.size >= memo.limits.sections) memo.sections.clear();
    memo.sections.set(title, affinity);
  }
  return affinity;
}

/**
 * What a task's decision depends on besides the target and its text: its agencies' sectors, its
 * section's affinity to the target's sections.
 *
 * @example
 * decisionKey(new SectorReader(), task, null) // "tu phap\u0000"
 */
export function decisionKey(sectors: SectorReader, task: Task, section: SectionAffinity | null): string {
  const names = new Set<string>();
  for (const agencies of [task.lead, task.coordinating]) {
    for (const agency of agencies) {
      const sector = sectors.sectorOf(agency);
      if (sector) names.add(sector);
    }
  }
  return [[...names].sort(compareCodeUnits).join("\u0001"), section?.key ?? ""].join("\u0000");
}

type Wording = ReturnType<Ranker["wordsOf"]>;

/**
 * A key that tells matching words apart: the form scored, each word in it (its folded form too
 * when the toned one is scored: character trigrams are read from it), where a clause ends
 * (two-word terms stop there), and the concepts the text puts its work on (`hosts`: read from a
 * preposition that matching drops, "trên ứng dụng VNeID", so two texts of the same words may differ there).
 */
function wordingKey({ words, clauses, form, hosts }: Wording): string {
  // joined, not concatenated: the key is kept, and a concatenation would keep its pieces
  const parts: string[] = [form];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    parts.push(i > 0 && clauses[i] !== clauses[i - 1] ? "\u0002" : "\u0001", word.folded);
    if (form === "toned") parts.push("\u0003", word.toned);
  }
  for (const host of hosts) parts.push("\u0004", host);
  return parts.join("");
}

/** A 32-bit hash of what {@link wordingKey} writes, computed without writing it: each word's hashes (`WordForms.foldedHash`, `tonedHash`) mixed in order with the clause marks, then the number of hosts. */
function wordingHash({ words, clauses, form, hosts }: Wording): number {
  let hash = form === "toned" ? 0x811c9dc5 : 0x050c5d1f;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    hash = Math.imul(hash ^ (i > 0 && clauses[i] !== clauses[i - 1] ? 2 : 1), 0x01000193);
    hash = Math.imul(hash ^ word.foldedHash, 0x01000193);
    if (form === "toned") hash = Math.imul(hash ^ word.tonedHash, 0x01000193);
  }
  // the hosts by their count only: texts of the same words seldom differ there (the key tells them apart)
  return Math.imul(hash ^ (4 + hosts.length), 0x01000193);
}

/**
 * The memo entry of a task's text, when its wording was met before (found by the text, else by
 * its wording, then remembered for the text too); null the first two times a wording is met (its
 * hash is remembered). `words` are the task's matching words when they were read.
 *
 * @example
 * const { wording, words } = wordingOf(memo, ranker, task.text); // wording null: first or second sight
 */
export function wordingOf(memo: LinkMemo, ranker: Ranker, text: string): { wording: WordingMemo | null; words?: Wording } {
  const { limits } = memo;
  if (memo.size >= limits.decisions || memo.texts.size >= limits.decisions) {
    memo.texts.clear();
    memo.textPrints.clear();
    memo.wordings.clear();
    memo.firstSight.clear();
    memo.secondSight.clear();
    memo.size = 0;
  }
  const print = textPrint(text);
  const known = memo.textPrints.has(print) ? memo.texts.get(text) : undefined;
  if (known) return { wording: known };
  const words = ranker.wordsOf(text);
  const hash = wordingHash(words);
  let bucket = memo.wordings.size ? memo.wordings.get(hash) : undefined;
  // A wording is remembered at its third sight. Met once or twice, only its hash is kept: most
  // wordings of a corpus that reads anew are met once, and most of the rest twice (a ranking kept
  // at the second sight would mostly never be read).
  const seenTwice = memo.secondSight.has(hash);
  const key = bucket || seenTwice ? wordingKey(words) : "";
  let wording = bucket?.find((entry) => entry.key === key)?.memo;
  if (!wording) {
    if (!seenTwice) {
      const sights = memo.firstSight.has(hash) ? memo.secondSight : memo.firstSight;
      if (sights.size >= limits.firstSight) sights.clear();
      sights.add(hash);
      return { wording: null, words };
    }
    memo.firstSight.delete(hash);
    memo.secondSight.delete(hash);
    if (!bucket) memo.wordings.set(hash, (bucket = []));
    bucket.push({ key, memo: (wording = { decisions: new Map(), ranking: null }) });
  }
  memo.texts.set(text, wording);
  memo.textPrints.add(print);
  return { wording, words };
}

/**
 * A cheap print of a text (its length and eight of its code units, spread over it): equal texts
 * have equal prints, so a text whose print the memo lacks is new, found without hashing the
 * whole text as a `Map` lookup would (on wording never met, most texts are new).
 */
function textPrint(text: string): number {
  const n = text.length;
  let print = Math.imul(n, 0x9e3779b1);
  if (n === 0) return print;
  for (let k = 0; k < 8; k++) print = Math.imul(print ^ text.charCodeAt(((n - 1) * k) >> 3), 0x01000193);
  return print;
}
