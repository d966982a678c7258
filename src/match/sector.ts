import { foldForMatch } from "../text/fold";
import { expandAgencyName } from "../text/agency";

// Words that say which level or kind of body an agency is, not what it works on.
const LEVEL_WORDS = new Set(
  (
    "bo so phong ban uy ban nhan dan tinh thanh pho huyen quan thi xa phuong tran trung uong tam " +
    "viet nam toi cao khu vuc cac va lien quan dia phuong nganh co don vi chi cuc cuc tong hoi dong " +
    "truong tong giam doc"
  ).split(" "),
);

// Agency names repeat across tasks and plans: each is reduced to its sector once (bounded memo).
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/** Forgets the memo of {@link agencySector}. */
export function clearSectorMemo(): void {
  memo.clear();
}

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
  let sector = memo.get(name);
  if (sector === undefined) {
    sector = foldForMatch(expandAgencyName(name))
      .split(" ")
      .filter((word) => word && !LEVEL_WORDS.has(word))
      .join(" ");
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(name, sector);
  }
  return sector;
}
