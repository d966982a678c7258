import type { TermTable } from "./target-index";

// A target's postings of each term parted into those where the term is one of the target task's
// object terms and the others, so that the ranker sums the objects and context masses each in a
// loop of its own, without testing every posting.

/**
 * A term table's postings parted by `flatObjects`, each part in the postings' order: the targets
 * of a term's object postings are `objectFlat[objectStart[id]..objectStart[id + 1])`, those of its
 * other postings `otherFlat[start[id] - objectStart[id]..start[id + 1] - objectStart[id + 1])`.
 *
 * @example
 * const { objectStart, objectFlat } = objectPostings(index.tables.forms.folded);
 * objectFlat.subarray(objectStart[id], objectStart[id + 1]) // the target tasks that have term id among their object terms
 */
export interface ObjectPostings {
  objectStart: Int32Array;
  objectFlat: Int32Array;
  otherFlat: Int32Array;
}

/**
 * The {@link ObjectPostings} of a term table.
 *
 * @example
 * objectPostings(index.tables.forms.toned).otherFlat.length // the postings that are not object terms
 */
export function objectPostings(table: Pick<TermTable, "start" | "flat" | "flatObjects">): ObjectPostings {
  const terms = table.start.length - 1;
  const objectStart = new Int32Array(terms + 1);
  let objects = 0;
  for (let id = 0; id < terms; id++) {
    objectStart[id] = objects;
    for (let j = table.start[id]!; j < table.start[id + 1]!; j++) objects += table.flatObjects[j]!;
  }
  objectStart[terms] = objects;
  const objectFlat = new Int32Array(objects);
  const otherFlat = new Int32Array(table.flat.length - objects);
  let o = 0;
  let other = 0;
  for (let j = 0; j < table.flat.length; j++) {
    if (table.flatObjects[j] === 1) objectFlat[o++] = table.flat[j]!;
    else otherFlat[other++] = table.flat[j]!;
  }
  return { objectStart, objectFlat, otherFlat };
}
