// The floor scorer of npm run bench (issue 23): a minimal linker in plain JavaScript, to measure
// how far dean06's linker is from the cost of matching itself. Words are read once into integer
// ids (diacritics and case folded, đ → d); a task is a TF-IDF vector of its words and word pairs
// (pair ids from a map of integers, no strings built), scored against the target's tasks by
// cosine through postings; each local task links to its best target task when the cosine reaches
// a threshold (fitted on the development labels), and to others within a share of the best.
// No tones, concepts, abbreviations, actions, OCR repair or evidence: that is what dean06 adds.
import type { Plan } from "../src/model/plan";

const MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[^a-z0-9\u0080-\uffff]+/;

/** Folded words of a text: lower case, no diacritics, đ → d, split on anything not a letter or digit. */
export function floorWords(text: string): string[] {
  const words = text.normalize("NFD").replace(MARKS, "").toLowerCase().replaceAll("đ", "d").split(SEPARATORS);
  if (words[0] === "") words.shift();
  if (words[words.length - 1] === "") words.pop();
  return words;
}

/** One link of the floor scorer (task ids). */
export interface FloorLink {
  local: string;
  national: string;
  score: number;
}

/**
 * A TF-IDF cosine linker to one target plan. `threshold`: the least cosine of a link;
 * `secondary`: further links need this share of the best cosine.
 */
export class FloorScorer {
  readonly #vocabulary = new Map<string, number>();
  readonly #pairs = new Map<number, number>();
  readonly #idf: Float64Array;
  readonly #postings: { task: Int32Array; weight: Float64Array }[];
  readonly #scores: Float64Array;
  readonly #weights: Float64Array;
  readonly #touched: number[] = [];
  readonly #ids: string[];

  constructor(
    target: Plan,
    readonly threshold = 0.3,
    readonly secondary = 0.9,
  ) {
    this.#ids = target.tasks.map((t) => t.id);
    const raw = target.tasks.map((t) => this.#features(floorWords(t.text), true));
    const features = raw.map((f) => this.#resolve(f));
    const size = this.#vocabulary.size + this.#pairs.size;
    const df = new Float64Array(size);
    for (const f of features) for (const id of new Set(f)) df[id]!++;
    this.#idf = Float64Array.from(df, (d) => (d ? Math.log((1 + features.length) / d) : 0));
    const lists: { task: number[]; weight: number[] }[] = Array.from({ length: size }, () => ({ task: [], weight: [] }));
    features.forEach((f, task) => {
      const vector = this.#vector(f);
      for (const [id, weight] of vector) {
        lists[id]!.task.push(task);
        lists[id]!.weight.push(weight);
      }
    });
    this.#postings = lists.map((l) => ({ task: Int32Array.from(l.task), weight: Float64Array.from(l.weight) }));
    this.#scores = new Float64Array(target.tasks.length);
    this.#weights = new Float64Array(size);
  }

  /** Feature ids of a word list: words and consecutive word pairs, pairs negative until {@link #resolve} (new ids only for the target). */
  #features(words: readonly string[], learn: boolean): number[] {
    const out: number[] = [];
    let previous = -1;
    for (const word of words) {
      let id = this.#vocabulary.get(word);
      if (id === undefined && learn) this.#vocabulary.set(word, (id = this.#vocabulary.size));
      if (id === undefined) {
        previous = -1;
        continue;
      }
      out.push(id);
      if (previous >= 0) {
        const key = previous * 0x100000 + id;
        let pair = this.#pairs.get(key);
        if (pair === undefined && learn) this.#pairs.set(key, (pair = -1 - this.#pairs.size));
        if (pair !== undefined) out.push(pair);
      }
      previous = id;
    }
    return out;
  }

  /** Pair ids after the words' (known once the target is read). */
  #resolve(features: number[]): number[] {
    const words = this.#vocabulary.size;
    for (let k = 0; k < features.length; k++) if (features[k]! < 0) features[k] = words - 1 - features[k]!;
    return features;
  }

  /** A normalised TF-IDF vector of feature ids. */
  #vector(features: readonly number[]): Map<number, number> {
    const counts = new Map<number, number>();
    for (const id of features) counts.set(id, (counts.get(id) ?? 0) + 1);
    let norm = 0;
    for (const [id, n] of counts) {
      const w = n * this.#idf[id]!;
      counts.set(id, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [id, w] of counts) counts.set(id, w / norm);
    return counts;
  }

  /** The links of a plan's tasks. */
  link(plan: Plan): FloorLink[] {
    const links: FloorLink[] = [];
    const scores = this.#scores;
    const weights = this.#weights;
    const touched = this.#touched;
    for (const task of plan.tasks) {
      const features = this.#resolve(this.#features(floorWords(task.text), false));
      let norm = 0;
      for (const id of features) {
        if (weights[id] === 0) touched.push(id);
        weights[id]! += this.#idf[id]!;
      }
      for (const id of touched) norm += weights[id]! * weights[id]!;
      norm = Math.sqrt(norm) || 1;
      let best = 0;
      for (const id of touched) {
        const w = weights[id]! / norm;
        const { task: ts, weight } = this.#postings[id]!;
        for (let k = 0; k < ts.length; k++) scores[ts[k]!]! += w * weight[k]!;
        weights[id] = 0;
      }
      touched.length = 0;
      for (let i = 0; i < scores.length; i++) if (scores[i]! > best) best = scores[i]!;
      if (best >= this.threshold) {
        for (let i = 0; i < scores.length; i++) {
          if (scores[i]! >= this.threshold && scores[i]! >= best * this.secondary) links.push({ local: task.id, national: this.#ids[i]!, score: scores[i]! });
        }
      }
      scores.fill(0);
    }
    return links;
  }
}
