import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreFolder } from "../../scripts/import-fixtures";

/**
 * The documents of test/fixtures/import (see its README): plans, decisions and directives of
 * 2022–2024 in the header renderings and list styles of legal-document websites, each with the
 * plan it should import as.
 */
const scores = scoreFolder(fileURLToPath(new URL("../fixtures/import", import.meta.url)));

describe("the text importer on documents outside the corpus", () => {
  it("has documents of every kind to read", () => {
    expect(scores.length).toBeGreaterThanOrEqual(18);
  });

  it.each(scores.map((s) => [s.name, s] as const))("%s: invents no task and reads the exact task list", (_name, score) => {
    expect(score.invented).toEqual([]);
    expect(score.missing).toEqual([]);
    expect(score.exact).toBe(true);
  });

  it("reads at least 90% of the metadata fields right (code, date, place, issuer, level, parents)", () => {
    const right = scores.reduce((n, s) => n + s.right, 0);
    const fields = scores.reduce((n, s) => n + s.fields, 0);
    expect(right / fields).toBeGreaterThanOrEqual(0.9);
  });

  it("reads the targets, abbreviations and warnings each document expects", () => {
    const misses = scores.flatMap((s) => s.misses.filter((m) => !/^(?:code|issuedOn|place|issuer|level|parents):/.test(m)).map((m) => `${s.name}: ${m}`));
    expect(misses).toEqual([]);
  });
});
