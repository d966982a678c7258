/**
 * An object that stands for a value built on first use: it has an accessor property for each of
 * `keys`, and reading or writing any of them builds the value (once) and turns the accessors into
 * the value's own data properties. From then on the object is an ordinary object with the value's
 * properties, and it keeps its identity, so it can be compared with `===`, put in a `WeakSet`,
 * passed to `structuredClone` or `JSON.stringify`. `keys` must be the value's keys, in order
 * (for a plan: the keys of `PlanSchema`, which every plan has).
 *
 * @example
 * const plan = lazyRecord(["id", "tasks"], () => ({ id: "x", tasks: [] }));
 * plan.id // "x" (built now)
 */
export function lazyRecord<T extends object>(keys: readonly string[], build: () => T): T {
  const record = {} as Record<string, unknown>;
  let built = false;
  const fill = () => {
    if (built) return;
    const value = build() as Record<string, unknown>;
    built = true;
    for (const key of keys) delete record[key];
    for (const key of Object.keys(value)) {
      Object.defineProperty(record, key, { value: value[key], writable: true, enumerable: true, configurable: true });
    }
  };
  for (const key of keys) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        fill();
        return record[key];
      },
      set: (v: unknown) => {
        fill();
        record[key] = v;
      },
    });
  }
  return record as T;
}
