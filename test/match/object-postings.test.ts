import { describe, expect, it } from "vitest";
import { getPlan, rootPlan } from "../../src/corpus/index";
import { objectPostings } from "../../src/match/object-postings";
import { buildTargetIndex } from "../../src/match/target-index";
import { createWordReader } from "../../src/text/word-reader";

describe("objectPostings", () => {
  it("parts each term's postings into object and other postings, each in the postings' order", () => {
    for (const target of [rootPlan, getPlan("hue-2022")]) {
      const index = buildTargetIndex(target, { reader: createWordReader() });
      for (const form of ["toned", "folded"] as const) {
        const table = index.tables.forms[form];
        const { objectStart, objectFlat, otherFlat } = objectPostings(table);
        let objects = 0;
        for (let id = 0; id + 1 < table.start.length; id++) {
          const postings = [...table.flat.subarray(table.start[id], table.start[id + 1])];
          const marks = [...table.flatObjects.subarray(table.start[id], table.start[id + 1])];
          const expectedObjects = postings.filter((_, k) => marks[k] === 1);
          objects += expectedObjects.length;
          expect([...objectFlat.subarray(objectStart[id], objectStart[id + 1])]).toEqual(expectedObjects);
          expect([...otherFlat.subarray(table.start[id]! - objectStart[id]!, table.start[id + 1]! - objectStart[id + 1]!)]).toEqual(postings.filter((_, k) => marks[k] !== 1));
        }
        expect(objects).toBeGreaterThan(0);
        expect(objectFlat.length + otherFlat.length).toBe(table.flat.length);
      }
    }
  });
});
