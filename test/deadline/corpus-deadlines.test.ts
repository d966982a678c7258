import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { plans } from "../../src/corpus/index";
import { parseDeadline } from "../../src/deadline/parse";

/**
 * Every distinct deadline string of the six built-in plans, with the reading checked by hand
 * (test/fixtures/deadlines.json). A new string in the corpus must be added there after review.
 */
const reviewed: { raw: string; kind: string; start: string | null; end: string | null; recurring: boolean; tiers?: { levels: string[]; end: string | null }[] }[] = JSON.parse(
  readFileSync(new URL("../fixtures/deadlines.json", import.meta.url), "utf8"),
);
const byRaw = new Map(reviewed.map((r) => [r.raw, r]));
const items = plans.flatMap((plan) => [...plan.tasks, ...plan.services].map((item) => ({ plan, item })));

describe("every deadline string of the corpus", () => {
  it("has been reviewed", () => {
    const missing = [...new Set(items.map(({ item }) => item.deadline.raw))].filter((raw) => !byRaw.has(raw));
    expect(missing).toEqual([]);
  });

  it.each(reviewed)("$raw → $kind $end", ({ raw, kind, start, end, recurring, tiers }) => {
    const deadline = parseDeadline(raw);
    expect({ kind: deadline.kind, start: deadline.start, end: deadline.end, recurring: deadline.recurring }).toEqual({ kind, start, end, recurring });
    if (tiers) expect(deadline.tiers.map((t) => ({ levels: t.levels, end: t.end }))).toEqual(tiers);
  });

  it("is never unknown, and none only where the cell states nothing", () => {
    const unknown = items.filter(({ item }) => item.deadline.kind === "unknown").map(({ item }) => item.id);
    expect(unknown).toEqual([]);
    const none = items.filter(({ item }) => item.deadline.kind === "none");
    for (const { item } of none) expect(item.deadline.raw.trim(), item.id).toBe("");
    // the cells that state nothing: Ninh Hòa gives no deadlines, Bắc Giang's body only a few, one Huế cell is empty
    expect(new Set(none.map(({ plan }) => plan.id))).toEqual(new Set(["ninh-hoa-2022", "bac-giang-2022", "hue-2022"]));
  });
});
