import { describe, expect, it } from "vitest";
import { getPlan } from "../../src/corpus/index";
import { link } from "../../src/match/link";
import { overridesWithIds, reviewedOverrides } from "../../src/match/review";
import { ReviewError } from "../../src/model/errors";
import { linksCsv } from "../../src/render/links";

const errorOf = (run: () => unknown): ReviewError => {
  try {
    run();
  } catch (error) {
    if (error instanceof ReviewError) return error;
    throw error;
  }
  throw new Error("no ReviewError");
};

describe("reviewedOverrides", () => {
  it("reads pin and forbid rows of linksCsv's output, notes included, and leaves unreviewed rows to the linker", () => {
    const result = link("hue-2026");
    const [header, ...rows] = linksCsv(result).split("\n");
    const wrong = result.links.find((l) => l.national === "qd-06-2022:V.16")!;
    const kept = result.links.find((l) => l.local === "hue-2026:11")!;
    const reviewed = rows.map((row) =>
      row.startsWith(`${wrong.local},${wrong.national},`) ? row.replace(/,,$/, ",forbid,") : row.startsWith(`${kept.local},${kept.national},`) ? row.replace(/,,$/, ",PIN,the e-ID decree") : row,
    );
    const overrides = reviewedOverrides([header, ...reviewed].join("\n"));
    expect(overrides).toEqual({ pin: [{ local: kept.local, national: kept.national, note: "the e-ID decree" }], forbid: [{ local: wrong.local, national: wrong.national }] });
    const corrected = link("hue-2026", { overrides });
    expect(corrected.links.some((l) => l.local === wrong.local && l.national === wrong.national)).toBe(false);
    expect(corrected.links.find((l) => l.local === kept.local && l.national === kept.national)!.evidence.origin).toBe("pinned");
    // nothing reviewed: no corrections
    expect(reviewedOverrides(linksCsv(result))).toEqual({ pin: [], forbid: [] });
  });

  it("reads refs in the plan and the target, any delimiter, blank lines and extra columns", () => {
    const csv = "review;local;national;who\n\npin;19;II.4;me\nforbid;hue-2026:49;qd-06-2022:V.16;\n;20;;\n";
    expect(reviewedOverrides(csv, { plan: getPlan("hue-2026") })).toEqual({
      pin: [{ local: "hue-2026:19", national: "qd-06-2022:II.4" }],
      forbid: [{ local: "hue-2026:49", national: "qd-06-2022:V.16" }],
    });
    // a comparison's target: national refs read in it
    expect(reviewedOverrides("local,national,review\n19,III.2,pin", { plan: "hue-2026", target: "hue-2022" }).pin).toEqual([{ local: "hue-2026:19", national: "hue-2022:III.2" }]);
  });

  it("says which line it cannot read, and why", () => {
    expect(errorOf(() => reviewedOverrides("local,national\n19,II.4")).message).toBe("line 1: the review has no review column (columns: local, national)");
    expect(errorOf(() => reviewedOverrides("local,national,review\n19,II.4,ok", { plan: "hue-2026" })).line).toBe(2);
    expect(errorOf(() => reviewedOverrides("local,national,review\n\n,II.4,forbid")).message).toBe("line 3: a forbid needs both tasks: local and national");
    expect(errorOf(() => reviewedOverrides('local,national,review\n19,"II.4,pin')).message).toMatch(/^line 2: a quoted cell is not closed/);
    expect(errorOf(() => reviewedOverrides(" \n")).code).toBe("INVALID_REVIEW");
    // a bare local ref needs the plan it belongs to
    expect(errorOf(() => reviewedOverrides("local,national,review\n19,II.4,pin")).message).toMatch(/"19" is a task ref; over several plans, give the local task's id/);
  });
});

describe("overridesWithIds", () => {
  it("gives every task by id, refs read in the plan and the national root", () => {
    expect(overridesWithIds({ pin: [{ local: "19", national: "II.4", note: "why" }] }, { plan: "hue-2026" })).toEqual({
      pin: [{ local: "hue-2026:19", national: "qd-06-2022:II.4", note: "why" }],
      forbid: [],
    });
    expect(overridesWithIds({ forbid: [{ local: "hue-2022:VI.12", national: "qd-06-2022:V.11" }] })).toEqual({ pin: [], forbid: [{ local: "hue-2022:VI.12", national: "qd-06-2022:V.11" }] });
  });
});
