import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneWord, SegmentTable, segmentHash, summaryLetterWords, summaryMarked, summaryRuns } from "../../src/text/segments";
import { createWordReader } from "../../src/text/word-reader";

// pieces without spaces: short and long (held in the slot or not), odd and even lengths, astral and lone surrogates
const piece = fc.string({ unit: fc.constantFrom("a", "b", "ế", "Đ", ",", "(", "1", "&", "-", "\u{1d400}", "\ud800"), minLength: 1, maxLength: 30 });

describe("SegmentTable", () => {
  it("returns the segment of exactly the piece asked for, one per distinct piece, whatever the hashes (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom("", "x ", "Kết ")), { minLength: 1, maxLength: 60 }), fc.boolean(), (pieces, collide) => {
        const table = new SegmentTable(createWordReader());
        const seen = new Map<string, unknown>();
        for (const [p, before] of pieces) {
          const text = `${before}${p} tail`;
          const from = before.length;
          const to = from + p.length;
          // every piece filed under one hash when `collide`: only the characters tell them apart
          const segment = table.get(text, from, to, collide ? 7 : segmentHash(text, from, to));
          expect(segment.key).toBe(p);
          if (seen.has(p)) expect(segment).toBe(seen.get(p));
          seen.set(p, segment);
        }
      }),
    );
  });

  it("reads a piece as a fresh table does, after growing", () => {
    const used = new SegmentTable(createWordReader());
    const words = Array.from({ length: 5000 }, (_, i) => `từ${i.toString(36)}${i % 7 === 0 ? "-CP," : ""}`);
    for (const w of words) used.get(w, 0, w.length, segmentHash(w, 0, w.length));
    for (const w of words.filter((_, i) => i % 97 === 0)) {
      const fresh = new SegmentTable(createWordReader()).get(w, 0, w.length, segmentHash(w, 0, w.length));
      const again = used.get(w, 0, w.length, segmentHash(w, 0, w.length));
      expect({ ...again, single: again.single?.folded, words: again.words.map((x) => x.toned) }).toEqual({ ...fresh, single: fresh.single?.folded, words: fresh.words.map((x) => x.toned) });
    }
  });

  it("keeps in each slot a summary that says what the segment says, and the repair flag of one version, through growth (property)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "ế", "Đ", "n", ",", ".", "(", "1", "/", "-", "&"), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (pieces) => {
        const table = new SegmentTable(createWordReader());
        // many other pieces in between: the table grows (slots move) between a flag set and read
        const flagged = new Map<string, boolean>();
        pieces.forEach((p, k) => {
          const slot = table.find(p, 0, p.length, segmentHash(p, 0, p.length));
          const segment = table.segmentAt(slot);
          const summary = table.summaryAt(slot);
          expect(segment.key).toBe(p);
          if (oneWord(summary)) {
            expect(table.singleAt(slot)).toBe(segment.single);
            expect(segment.leadingNumber).toBe(false);
            expect([summaryRuns(summary), summaryLetterWords(summary), summaryMarked(summary)]).toEqual([segment.runs, segment.letterWords, segment.marked]);
          } else expect(segment.single === null || segment.leadingNumber).toBe(true);
          if (!flagged.has(p)) {
            expect(table.repairableAt(slot, 3)).toBeUndefined();
            table.setRepairable(slot, 3, k % 2 === 0);
            flagged.set(p, k % 2 === 0);
          }
          for (let i = 0; i < 200; i++) table.find(`${p}${k}x${i}`, 0, `${p}${k}x${i}`.length, segmentHash(`${p}${k}x${i}`, 0, `${p}${k}x${i}`.length));
        });
        for (const [p, flag] of flagged) {
          const slot = table.find(p, 0, p.length, segmentHash(p, 0, p.length));
          expect(table.repairableAt(slot, 3)).toBe(flag);
          expect(table.repairableAt(slot, 4)).toBeUndefined();
        }
      }),
      { numRuns: 30 },
    );
  });
});
