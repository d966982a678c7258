// A JSON form of the values an index is made of: plain objects, arrays, strings, finite numbers,
// booleans, null, and the collections JSON lacks, each written as an object with one tagged key:
// a Map as { "$map": [key, value, key, value, …] } (in its order), a Set as { "$set": […] }, a
// typed array of numbers as { "$f64" | "$f32" | "$i32" | "$i16" | "$i8" | "$u32" | "$u16" | "$u8":
// […] } (not Uint8ClampedArray nor the BigInt ones). Numbers round-trip exactly (JSON writes the
// shortest text that reads back as the same double).

/**
 * A value in tagged JSON form (see {@link toTaggedJson}): what `JSON.stringify` can write.
 *
 * @example
 * const json: TaggedJson = { ids: { $map: ["a", 1] } }; // a Map from "a" to 1
 */
export type TaggedJson = null | boolean | number | string | TaggedJson[] | { [key: string]: TaggedJson };

const TYPED = [
  ["$f64", Float64Array],
  ["$f32", Float32Array],
  ["$i32", Int32Array],
  ["$i16", Int16Array],
  ["$i8", Int8Array],
  ["$u32", Uint32Array],
  ["$u16", Uint16Array],
  ["$u8", Uint8Array],
] as const;

/**
 * The tagged JSON form of a value (see the top of tagged-json.ts). Throws on anything it cannot
 * write back as it was: `undefined`, a non-finite number or -0, a class instance other than a
 * Map, Set or one of the typed arrays above, an object key starting with `$`, or an object met
 * twice (shared or cyclic: reading it back would make two).
 *
 * @example
 * toTaggedJson({ ids: new Map([["a", 1]]), weight: Float64Array.of(0.5) })
 * // { ids: { $map: ["a", 1] }, weight: { $f64: [0.5] } }
 */
export function toTaggedJson(value: unknown, path = "value", seen = new Set<object>()): TaggedJson {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Object.is(value, -0)) throw new TypeError(`${path}: ${Object.is(value, -0) ? "-0" : value} has no JSON form`);
    return value;
  }
  if (typeof value !== "object") throw new TypeError(`${path}: a ${typeof value} has no JSON form`);
  if (seen.has(value)) throw new TypeError(`${path}: the same object is met twice`);
  seen.add(value);
  const at = (key: string | number) => `${path}.${key}`;
  if (Array.isArray(value)) return value.map((item, i) => toTaggedJson(item, at(i), seen));
  if (value instanceof Map) {
    const flat: TaggedJson[] = [];
    for (const [key, item] of value) flat.push(toTaggedJson(key, `${path} key`, seen), toTaggedJson(item, at(String(key)), seen));
    return { $map: flat };
  }
  if (value instanceof Set) return { $set: [...value].map((item, i) => toTaggedJson(item, at(i), seen)) };
  for (const [tag, type] of TYPED) if (value instanceof type) return { [tag]: Array.from(value, (n, i) => toTaggedJson(n, at(i), seen)) };
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new TypeError(`${path}: a ${value.constructor?.name ?? "class instance"} has no JSON form here`);
  const out: { [key: string]: TaggedJson } = {};
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith("$")) throw new TypeError(`${at(key)}: a key starting with $ would read back as a tag`);
    out[key] = toTaggedJson(item, at(key), seen);
  }
  return out;
}

/**
 * The value a tagged JSON form stands for (the inverse of {@link toTaggedJson}): new objects,
 * Maps, Sets and typed arrays, so the (possibly shared) parsed JSON is never changed.
 *
 * @example
 * const ids = fromTaggedJson({ $map: ["a", 1] }) as Map<string, number>;
 * ids.get("a") // 1
 */
export function fromTaggedJson(json: TaggedJson): unknown {
  if (json === null || typeof json !== "object") return json;
  if (Array.isArray(json)) return json.map(fromTaggedJson);
  const keys = Object.keys(json);
  const tag = keys.length === 1 && keys[0]!.startsWith("$") ? keys[0]! : undefined;
  const tagged = tag === undefined ? undefined : json[tag];
  if (Array.isArray(tagged)) {
    if (tag === "$map") {
      const map = new Map<unknown, unknown>();
      for (let i = 0; i < tagged.length; i += 2) map.set(fromTaggedJson(tagged[i]!), fromTaggedJson(tagged[i + 1]!));
      return map;
    }
    if (tag === "$set") return new Set(tagged.map(fromTaggedJson));
    for (const [name, type] of TYPED) if (tag === name) return type.from(tagged as number[]);
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = fromTaggedJson(json[key]!);
  return out;
}
