import { describe, expect, it } from "vitest";
import { scoreHeldOut } from "../../scripts/import-heldout";

// The held-out documents (test/fixtures/import-heldout/README.md): 12 with front matter only, 6 in
// list styles the seeds do not use, written apart from the importer.
describe("the importer on held-out documents", () => {
  const scores = scoreHeldOut();

  it("invents no task and reads every task list exactly", () => {
    expect(scores.filter((s) => s.invented > 0 || !s.exact).map((s) => `${s.file}: ${s.tasks}/${s.expected}, ${s.invented} invented`)).toEqual([]);
  });

  it("gets at least 90% of the metadata fields right, and finds the targets", () => {
    const fields = scores.reduce((n, s) => n + s.fields, 0);
    const right = scores.reduce((n, s) => n + s.right, 0);
    expect(right / fields, scores.flatMap((s) => s.misses.map((m) => `${s.file}: ${m}`)).join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(scores.filter((s) => s.targetsOk === false).map((s) => s.file)).toEqual([]);
  });

  it("gives a document without a task list no task and one warning saying so", () => {
    for (const s of scores.filter((s) => s.file.startsWith("fm-"))) {
      expect(s.plan.tasks, s.file).toEqual([]);
      expect(
        s.plan.warnings.filter((w) => /no task/i.test(w.message)),
        s.file,
      ).toHaveLength(1);
    }
  });
});
