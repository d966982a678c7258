// The order candidates are linked and listed in: score descending, then target id (by its
// rank among the target's ids), then the order they were found in: a stable sort, and picks of
// its beginning that do not sort every candidate.

/**
 * Orders candidates (target indexes) by a ranker's scores, then target id. Internal to the ranker.
 *
 * @example
 * const order = new CandidateOrder(Float64Array.of(0.2, 0.9, 0.9), Int32Array.of(0, 2, 1));
 * order.sorted([0, 1, 2]) // [2, 1, 0]
 */
export class CandidateOrder {
  /** `scores` by target index (read when asked, so a ranker's scores as they are then); `idRank`: the rank of each target's id among the target's ids (`TargetTables.idRank`). */
  constructor(
    private readonly scores: Float64Array,
    private readonly idRank: Int32Array,
  ) {}

  /** Candidates in the order `link` sorts them: score descending, then target id (a stable sort of `rank`'s result). */
  sorted(candidates: readonly number[]): number[] {
    const rankOf = this.idRank;
    const scores = this.scores;
    return candidates.slice().sort((a, b) => scores[b]! - scores[a]! || rankOf[a]! - rankOf[b]!);
  }

  /**
   * The beginning of `sorted(candidates)`: at least its first `count` elements and every element
   * whose score is at least `atLeast` and `alsoAtLeast` (those form a beginning too), but no more
   * of those than `most`.
   * Picks them without sorting every candidate, by the same order with the position in
   * `candidates` as the last key (what a stable sort keeps).
   */
  top(candidates: readonly number[], count: number, atLeast: number, alsoAtLeast: number, most = Infinity): number[] {
    const scores = this.scores;
    let kept = 0;
    for (const i of candidates) {
      const score = scores[i]!;
      if (score !== score) return this.sorted(candidates); // NaN: leave the order to the sort itself
      if (score >= atLeast && score >= alsoAtLeast) kept++;
    }
    const wanted = Math.max(Math.min(kept, most), Math.min(count, candidates.length));
    if (wanted * 4 >= candidates.length) return this.sorted(candidates);
    const chosen: number[] = [];
    const positions: number[] = [];
    for (let k = 0; k < candidates.length; k++) {
      const i = candidates[k]!;
      const full = chosen.length === wanted;
      if (full && !this.before(i, k, chosen[wanted - 1]!, positions[wanted - 1]!)) continue;
      let at = full ? wanted - 1 : chosen.length;
      while (at > 0 && this.before(i, k, chosen[at - 1]!, positions[at - 1]!)) {
        chosen[at] = chosen[at - 1]!;
        positions[at] = positions[at - 1]!;
        at--;
      }
      chosen[at] = i;
      positions[at] = k;
    }
    chosen.length = wanted;
    return chosen;
  }

  /** Whether candidate a (at position ai of the candidates) comes before b (at bi) in `sorted` order. */
  private before(a: number, ai: number, b: number, bi: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    if (sa !== sb) return sa > sb;
    const rankOf = this.idRank;
    return rankOf[a]! < rankOf[b]! || (rankOf[a] === rankOf[b] && ai < bi);
  }

  /** The first of the candidates in `sorted` order. */
  best(candidates: readonly number[]): number | undefined {
    let best: number | undefined;
    let at = -1;
    for (let k = 0; k < candidates.length; k++) {
      const i = candidates[k]!;
      if (this.scores[i]! !== this.scores[i]!) return this.sorted(candidates)[0]; // NaN
      if (best === undefined || this.before(i, k, best, at)) {
        best = i;
        at = k;
      }
    }
    return best;
  }
}
