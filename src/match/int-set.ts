/**
 * A set of 32-bit integers (hashes; a number is held as its 32-bit integer, `key | 0`) in typed arrays: open addressing with linear probing, a
 * removed key leaving a mark that probing passes over. What a `Set<number>` of hashes does, without
 * a heap number for each hash beyond the small integers and with one read of memory per probe.
 *
 * @example
 * const seen = new IntSet();
 * seen.add(0x9e3779b1 | 0);
 * seen.has(0x9e3779b1 | 0) // true
 */
export class IntSet {
  /** Slot s: its key at 2s, its state at 2s + 1 (0 empty, 1 a key, 2 a key removed): one read of memory per probe. */
  private slots = new Int32Array(2 << 10);
  /** Keys held. */
  size = 0;
  /** Slots not empty (keys held and keys removed). */
  private used = 0;

  /** Whether the set holds `key`. */
  has(key: number): boolean {
    return this.slotOf(key | 0) >= 0;
  }

  /** Adds `key` (nothing when held). */
  add(key: number): void {
    key |= 0;
    if (this.slotOf(key) >= 0) return;
    const length = this.slots.length >> 1;
    if ((this.used + 1) * 2 > length) this.rebuild(this.size * 4 > length ? length * 2 : length);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = spread(key) & mask;
    while (slots[2 * slot + 1] === 1) slot = (slot + 1) & mask;
    if (slots[2 * slot + 1] === 0) this.used++;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = 1;
    this.size++;
  }

  /** Removes `key` (nothing when not held). */
  delete(key: number): void {
    const slot = this.slotOf(key | 0);
    if (slot < 0) return;
    this.slots[2 * slot + 1] = 2;
    this.size--;
  }

  /** Removes every key. */
  clear(): void {
    this.slots = new Int32Array(2 << 10);
    this.size = 0;
    this.used = 0;
  }

  /** The slot holding `key`, or -1. */
  private slotOf(key: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      const state = slots[2 * slot + 1]!;
      if (state === 0) return -1;
      if (state === 1 && slots[2 * slot] === key) return slot;
    }
  }

  /** Puts the keys held in a table of `length` slots (removed keys' marks dropped). */
  private rebuild(length: number): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * length);
    this.size = 0;
    this.used = 0;
    for (let slot = 0; 2 * slot < old.length; slot++) if (old[2 * slot + 1] === 1) this.add(old[2 * slot]!);
  }
}

/** A key's bits mixed, so that keys alike in their low bits spread over the slots. */
const spread = (key: number) => Math.imul(key ^ (key >>> 16), 0x45d9f3b);
