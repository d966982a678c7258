import type { Task } from "../model/task";
import { sectorsOverlap } from "./score";
import type { SectorReader } from "./sector";
import type { TargetTables } from "./target-index";

// The agencies component of the fast path (score.ts `agencyAffinity`): the rarity of a target
// sector that some sector of the local task's agencies overlaps, the largest of a target task's.
// Local tasks name few combinations of agencies ("Công an tỉnh", "các sở, ban, ngành"), so the
// component of every target task is computed once per combination of matched target sectors.

/** Each memo holds at most this many entries (cleared all at once when full). */
const CACHE_LIMIT = 2_000;

/**
 * The agencies component of each target task for a local task. Internal to the ranker; owns its
 * memos (bounded, cleared when full: results never depend on them).
 *
 * @example
 * const affinity = new AgencyAffinity(index.tables, new SectorReader());
 * affinity.of(task)?.[12] // the agencies component of target 12 (null: 0 for every target)
 */
export class AgencyAffinity {
  /** The target sectors the task being read overlaps (1), by sector id. */
  private readonly matched: Uint8Array;
  /** local sector → the target sectors it overlaps */
  private readonly overlaps = new Map<string, Uint8Array>();
  /** Rows by a hash of their combination of matched sectors (`size` rows in all). */
  private readonly rows = new Map<number, { matched: Uint8Array; row: Float64Array }[]>();
  private size = 0;

  /** `limit`: how many rows (and sectors' overlaps) are remembered before they are forgotten (smaller in tests, to see them forgotten). */
  constructor(
    private readonly tables: Pick<TargetTables, "sectors" | "sectorRarity" | "taskSectors">,
    private readonly sectors: SectorReader,
    private readonly limit = CACHE_LIMIT,
  ) {
    this.matched = new Uint8Array(tables.sectors.length);
  }

  /** The agencies component of each target task (by index) for a local task, or null when its agencies overlap no target sector (then it is 0 for every one). */
  of(task: Task): Float64Array | null {
    const matched = this.matched;
    matched.fill(0);
    const any = this.match(task.lead) | this.match(task.coordinating);
    if (!any) return null;
    // the combination of matched sectors by a hash of their indexes (the sectors compared on a hit)
    let hash = 0x811c9dc5;
    for (let s = 0; s < matched.length; s++) if (matched[s] === 1) hash = Math.imul(hash ^ s, 0x01000193);
    const bucket = this.rows.get(hash);
    if (bucket) for (const known of bucket) if (sameBytes(known.matched, matched)) return known.row;
    const { taskSectors, sectorRarity } = this.tables;
    const row = new Float64Array(taskSectors.length);
    for (let i = 0; i < taskSectors.length; i++) {
      let agencies = 0;
      const sectors = taskSectors[i]!;
      for (let s = 0; s < sectors.length; s++) if (matched[sectors[s]!] === 1) agencies = Math.max(agencies, sectorRarity[sectors[s]!]!);
      row[i] = agencies;
    }
    const entry = { matched: matched.slice(), row };
    if (this.size >= this.limit) {
      this.rows.clear();
      this.size = 0;
      this.rows.set(hash, [entry]);
    } else if (bucket) bucket.push(entry);
    else this.rows.set(hash, [entry]);
    this.size++;
    return row;
  }

  /** Marks the target sectors some sector of `agencies` overlaps; 1 when any, else 0. */
  private match(agencies: readonly string[]): number {
    const matched = this.matched;
    let any = 0;
    for (let k = 0; k < agencies.length; k++) {
      const sector = this.sectors.sectorOf(agencies[k]!);
      if (!sector) continue;
      const overlaps = this.overlapsOf(sector);
      for (let s = 0; s < overlaps.length; s++) {
        if (overlaps[s] === 1) {
          matched[s] = 1;
          any = 1;
        }
      }
    }
    return any;
  }

  /** The target sectors a local sector overlaps (1), by sector id; remembered by sector. */
  private overlapsOf(sector: string): Uint8Array {
    let overlaps = this.overlaps.get(sector);
    if (!overlaps) {
      overlaps = Uint8Array.from(this.tables.sectors, (targetSector) => (sectorsOverlap(targetSector, sector) ? 1 : 0));
      if (this.overlaps.size >= this.limit) this.overlaps.clear();
      this.overlaps.set(sector, overlaps);
    }
    return overlaps;
  }
}

/** Whether two byte arrays of one length hold the same bytes. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
