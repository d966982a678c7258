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
  /** The key of each slot, and its state: 0 empty, 1 a key, 2 a key removed. */
  private keys = new Int32Array(1 << 10);
  private states = new Uint8Array(1 << 10);
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
    if ((this.used + 1) * 2 > this.keys.length) this.rebuild(this.size * 4 > this.keys.length ? this.keys.length * 2 : this.keys.length);
    const mask = this.keys.length - 1;
    let slot = spread(key) & mask;
    while (this.states[slot] === 1) slot = (slot + 1) & mask;
    if (this.states[slot] === 0) this.used++;
    this.keys[slot] = key;
    this.states[slot] = 1;
    this.size++;
  }

  /** Removes `key` (nothing when not held). */
  delete(key: number): void {
    const slot = this.slotOf(key | 0);
    if (slot < 0) return;
    this.states[slot] = 2;
    this.size--;
  }

  /** Removes every key. */
  clear(): void {
    this.keys = new Int32Array(1 << 10);
    this.states = new Uint8Array(1 << 10);
    this.size = 0;
    this.used = 0;
  }

  /** The slot holding `key`, or -1. */
  private slotOf(key: number): number {
    const { keys, states } = this;
    const mask = keys.length - 1;
    for (let slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      const state = states[slot]!;
      if (state === 0) return -1;
      if (state === 1 && keys[slot] === key) return slot;
    }
  }

  /** Puts the keys held in a table of `length` slots (removed keys' marks dropped). */
  private rebuild(length: number): void {
    const { keys, states } = this;
    this.keys = new Int32Array(length);
    this.states = new Uint8Array(length);
    this.size = 0;
    this.used = 0;
    for (let slot = 0; slot < keys.length; slot++) if (states[slot] === 1) this.add(keys[slot]!);
  }
}

/** A key's bits mixed, so that keys alike in their low bits spread over the slots. */
const spread = (key: number) => Math.imul(key ^ (key >>> 16), 0x45d9f3b);
