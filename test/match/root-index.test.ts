import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate";
import { rootIndexInputs, rootIndexText } from "../../scripts/derived";
import { rootIndex as ROOT_INDEX } from "../../seeds/index.cjs";
import { getPlan, plans, rootPlan } from "../../src/corpus/index";
import { createLinker } from "../../src/match/linker";
import { restoreTargetIndex, type StoredTargetIndex, storeTargetIndex, targetIndexFor } from "../../src/match/root-index";
import { fromTaggedJson, toTaggedJson } from "../../src/match/tagged-json";
import { buildTargetIndex } from "../../src/match/target-index";
import { learnWordBoundaries } from "../../src/text/word-boundaries";

const REGENERATE = "seeds/derived/root-index.json is out of date: run npx tsx scripts/derived.ts";
const file = new URL(`../../${ROOT_INDEX.file}`, import.meta.url);
const stored = () => JSON.parse(readFileSync(file, "utf8")) as StoredTargetIndex;

describe("the stored root index", () => {
  it("was built from the root's seed file and word boundaries as they are", () => {
    expect(stored().inputs, REGENERATE).toBe(rootIndexInputs());
  });

  it("is what buildTargetIndex makes of the root now, written the same", () => {
    expect(readFileSync(file, "utf8") === rootIndexText(), REGENERATE).toBe(true);
  });

  it("reads back as the built index: the same maps in the same order, the same typed arrays", () => {
    const restored = restoreTargetIndex(stored(), rootPlan)!;
    const built = buildTargetIndex(rootPlan);
    expect(restored).toEqual(built);
    expect(JSON.stringify(storeTargetIndex(restored, "x"))).toBe(JSON.stringify(storeTargetIndex(built, "x")));
    expect(Object.keys(restored)).toEqual(Object.keys(built));
  });

  it("is read for the built-in root with the default word boundaries only, a new object each time", () => {
    const a = targetIndexFor(rootPlan);
    const b = targetIndexFor(rootPlan);
    expect(a).not.toBe(b);
    expect(a.tables).not.toBe(b.tables);
    expect(a.plan).toBe(rootPlan);
    // another plan, a copy of the root, other word boundaries: built
    expect(restoreTargetIndex(stored(), getPlan("hue-2022"))).toBeUndefined();
    const copy = structuredClone(rootPlan);
    expect(targetIndexFor(copy)).toEqual(buildTargetIndex(copy));
    const boundaries = learnWordBoundaries(rootPlan.tasks.map((t) => t.text));
    expect(targetIndexFor(rootPlan, { wordBoundaries: boundaries })).toEqual(buildTargetIndex(rootPlan, { wordBoundaries: boundaries }));
    // a root whose tasks differ from the stored ones is not read
    expect(restoreTargetIndex(stored(), { ...copy, tasks: copy.tasks.slice(1) })).toBeUndefined();
  });

  it("links as the built index does", () => {
    const fromStored = createLinker(rootPlan);
    const fromBuilt = createLinker(structuredClone(rootPlan));
    for (const plan of [...plans.slice(1), ...generateCorpus(5, 11).plans]) {
      const a = fromStored.link(plan);
      const b = fromBuilt.link(plan);
      expect(JSON.stringify(a), plan.id).toBe(JSON.stringify(b));
    }
  });
});

describe("tagged JSON", () => {
  it("writes maps, sets and typed arrays so they read back equal and in order", () => {
    const value = {
      ids: new Map<unknown, unknown>([
        ["b", 1],
        ["a", [2, 3]],
        [7, new Set(["x", "y"])],
      ]),
      weight: Float64Array.of(0.1 + 0.2, 1e-300, -2.5),
      flat: Int32Array.of(-1, 2 ** 31 - 1),
      flags: Uint8Array.of(0, 1, 255),
      small: [Float32Array.of(0.5, 1 / 3), Int16Array.of(-300), Int8Array.of(-2), Uint32Array.of(2 ** 32 - 1), Uint16Array.of(65535)],
      nested: [{ ok: true, none: null, text: "Cơ sở dữ liệu" }],
    };
    const json = JSON.parse(JSON.stringify(toTaggedJson(value)));
    const back = fromTaggedJson(json) as typeof value;
    expect(back).toEqual(value);
    expect([...back.ids.keys()]).toEqual(["b", "a", 7]);
    expect(back.weight).toBeInstanceOf(Float64Array);
    expect(back.weight[0]).toBe(0.1 + 0.2);
    expect(back.small.map((a) => a.constructor.name)).toEqual(["Float32Array", "Int16Array", "Int8Array", "Uint32Array", "Uint16Array"]);
    // reading back makes new objects: the parsed JSON is not changed
    expect(fromTaggedJson(json)).not.toBe(back);
    expect(JSON.parse(JSON.stringify(toTaggedJson(value)))).toEqual(json);
  });

  it("refuses what would not read back as it was", () => {
    const shared = [1];
    for (const value of [
      { a: undefined },
      { a: Number.NaN },
      { a: Number.POSITIVE_INFINITY },
      { a: -0 },
      { $map: [] },
      { a: new Date(0) },
      { a: new Uint8ClampedArray(1) },
      { a: new BigInt64Array(1) },
      { a: shared, b: shared },
      () => 1,
    ]) {
      expect(() => toTaggedJson(value)).toThrow(TypeError);
    }
  });
});
