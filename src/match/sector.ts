import { expandAgencyName } from "../text/agency";
import { foldForMatch } from "../text/fold";

// Words that say which level or kind of body an agency is, not what it works on.
const LEVEL_WORDS = new Set(
  (
    "bo so phong ban uy ban nhan dan tinh thanh pho huyen quan thi xa phuong tran trung uong tam " +
    "viet nam toi cao khu vuc cac va lien quan dia phuong nganh co don vi chi cuc cuc tong hoi dong " +
    "truong tong giam doc"
  ).split(" "),
);

/**
 * The field an agency works in, without its level: "Bộ Tư pháp", "Sở Tư pháp" and "Phòng Tư
 * pháp" share the sector `tu phap`; "Công an thành phố" and "Bộ Công an" share `cong an`.
 * Empty for collective phrases ("các bộ, ngành, địa phương liên quan").
 *
 * @example
 * agencySector("Sở Tư pháp") === agencySector("Bộ Tư pháp") // true
 * agencySector("Bảo hiểm xã hội tỉnh") // "bao hiem xa hoi"
 */
export function agencySector(name: string): string {
  return foldForMatch(expandAgencyName(name))
    .split(" ")
    .filter((word) => word && !LEVEL_WORDS.has(word))
    .join(" ");
}

/** How many agency names a {@link SectorReader} remembers before it forgets them all. */
const SECTOR_MEMO_LIMIT = 50_000;

/**
 * {@link agencySector} with a bounded memo of its own (agency names repeat across tasks and
 * plans): a linker owns one.
 *
 * @example
 * const sectors = new SectorReader();
 * sectors.sectorOf("Sở Tư pháp") // "tu phap" (read once, then remembered)
 */
export class SectorReader {
  private readonly memo = new Map<string, string>();

  /** The sector of an agency name ({@link agencySector}). */
  sectorOf(name: string): string {
    let sector = this.memo.get(name);
    if (sector === undefined) {
      if (this.memo.size >= SECTOR_MEMO_LIMIT) this.memo.clear();
      this.memo.set(name, (sector = agencySector(name)));
    }
    return sector;
  }
}
