/** The folded matching words of the national population database ("Cơ sở dữ liệu quốc gia về dân cư", "CSDLQG về DC"). */
const POPULATION_DATABASE_WORDS = ["co", "so", "du", "lieu", "quoc", "gia", "dan", "cu"];

/**
 * The programme's named systems and databases, as the tasks connect, integrate and build on them:
 * the concept tokens that name a system or database (VNeID, the national public-service portal,
 * a province's system for handling procedures, the IOC, the e-ID system, the sector databases
 * named by their records …) and `csdlqgdc`, the national population database, which matching keeps
 * as words. Identity documents (`cccd`, `cmnd`) and legal subjects (`bvdlcn`) are concepts but not
 * systems. Bit k of a {@link namedSystems} set is entry k.
 */
export const NAMED_SYSTEMS: readonly string[] = ["vneid", "congdvc", "httthc", "ioc", "dddt", "gplx", "dkdn", "lltp", "kyso", "motcua", "dvcty", "ssk", "csdlqgdc"];

const BIT = new Map(NAMED_SYSTEMS.map((system, k) => [system, 1 << k]));

/**
 * The named systems a text names, as a bit set over {@link NAMED_SYSTEMS}, from its matching
 * words (folded, see `matchText`). `bits`, when given, holds each word's {@link systemMark}.
 *
 * @example
 * namedSystems(matchText("Kết nối Hệ thống thông tin giải quyết TTHC với CSDLQG về DC, Cổng DVC quốc gia").folded)
 * // the bits of httthc, csdlqgdc and congdvc
 */
export function namedSystems(folded: readonly string[], bits?: ArrayLike<number>): number {
  let systems = 0;
  for (let i = 0; i < folded.length; i++) {
    const bit = bits ? bits[i]! : systemMark(folded[i]!);
    if (bit === POPULATION_START) {
      if (spellsPopulationDatabase(folded, i)) systems |= BIT.get("csdlqgdc")!;
    } else systems |= bit;
  }
  return systems;
}

/**
 * The bit of the system a folded word names by itself in a {@link namedSystems} set, 0 for none
 * (what a caller that remembers it per word passes to `namedSystems` as `bits`).
 *
 * @example
 * systemBit("vneid") // 1
 * systemBit("ket")   // 0
 */
export function systemBit(folded: string): number {
  return BIT.get(folded) ?? 0;
}

/** The mark of a word that may begin the population database's words ("co"): no system's bit. */
const POPULATION_START = 1 << 30;

/**
 * What {@link namedSystems} reads of a folded word by itself: its {@link systemBit}, or a mark of
 * its own when the population database's words may begin with it (what a caller that remembers
 * it per word passes to `namedSystems` as `bits`).
 *
 * @example
 * systemMark("vneid") // 1
 * systemMark("ket")   // 0
 */
export function systemMark(folded: string): number {
  return BIT.get(folded) ?? (folded === POPULATION_DATABASE_WORDS[0] ? POPULATION_START : 0);
}

/** Whether the words from `i` are those of the population database ({@link POPULATION_DATABASE_WORDS}). */
function spellsPopulationDatabase(folded: readonly string[], i: number): boolean {
  for (let k = 0; k < POPULATION_DATABASE_WORDS.length; k++) if (folded[i + k] !== POPULATION_DATABASE_WORDS[k]) return false;
  return true;
}

/** How many systems a {@link namedSystems} set holds. */
export function systemCount(systems: number): number {
  let count = 0;
  for (let rest = systems; rest !== 0; rest &= rest - 1) count++;
  return count;
}
