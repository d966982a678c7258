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
  /** matched target sectors (their ids, joined) → the component of each target task */
  private readonly rows = new Map<string, Float64Array>();

  constructor(
    private readonly tables: Pick<TargetTables, "sectors" | "sectorRarity" | "taskSectors">,
    private readonly sectors: SectorReader,
  ) {
    this.matched = new Uint8Array(tables.sectors.length);
  }

  /** The agencies component of each target task (by index) for a local task, or null when its agencies overlap no target sector (then it is 0 for every one). */
  of(task: Task): Float64Array | null {
    const matched = this.matched;
    matched.fill(0);
    let any = false;
    for (const agencies of [task.lead, task.coordinating]) {
      for (const agency of agencies) {
        const sector = this.sectors.sectorOf(agency);
        if (!sector) continue;
        const overlaps = this.overlapsOf(sector);
        for (let s = 0; s < overlaps.length; s++) {
          if (overlaps[s] === 1) {
            matched[s] = 1;
            any = true;
          }
        }
      }
    }
    if (!any) return null;
    let key = "";
    for (let s = 0; s < matched.length; s++) if (matched[s] === 1) key += `${s},`;
    let row = this.rows.get(key);
    if (!row) {
      const { taskSectors, sectorRarity } = this.tables;
      row = new Float64Array(taskSectors.length);
      for (let i = 0; i < taskSectors.length; i++) {
        let agencies = 0;
        const sectors = taskSectors[i]!;
        for (let s = 0; s < sectors.length; s++) if (matched[sectors[s]!] === 1) agencies = Math.max(agencies, sectorRarity[sectors[s]!]!);
        row[i] = agencies;
      }
      if (this.rows.size >= CACHE_LIMIT) this.rows.clear();
      this.rows.set(key, row);
    }
    return row;
  }

  /** The target sectors a local sector overlaps, once per local sector. */
  private overlapsOf(sector: string): Uint8Array {
    let overlaps = this.overlaps.get(sector);
    if (!overlaps) {
      overlaps = Uint8Array.from(this.tables.sectors, (targetSector) => (sectorsOverlap(targetSector, sector) ? 1 : 0));
      if (this.overlaps.size >= CACHE_LIMIT) this.overlaps.clear();
      this.overlaps.set(sector, overlaps);
    }
    return overlaps;
  }
}
