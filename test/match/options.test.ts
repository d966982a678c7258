import { describe, expect, it } from "vitest";
import { getPlan, rootPlan } from "../../src/corpus/index";
import { link } from "../../src/match/link";
import { Dean06Error, LinkOptionsError, TaskNotFoundError } from "../../src/model/errors";

/** The error link() throws with these options, or null. */
function refusal(options: unknown): unknown {
  try {
    link("hue-2022", options as Parameters<typeof link>[1]);
    return null;
  } catch (error) {
    return error;
  }
}

describe("link() options", () => {
  it("refuses a threshold that is not a finite number in its range, naming it", () => {
    for (const value of [Number.NaN, -1, 2, "0.4", Number.POSITIVE_INFINITY, null, {}]) {
      const error = refusal({ thresholds: { link: value } });
      expect(error, String(value)).toBeInstanceOf(LinkOptionsError);
      expect((error as LinkOptionsError).code).toBe("INVALID_LINK_OPTIONS");
      expect((error as LinkOptionsError).option).toBe("thresholds.link");
      expect(error).toBeInstanceOf(Dean06Error);
    }
    for (const value of [1.5, -1, 10_001, Number.NaN]) expect((refusal({ thresholds: { runnersUp: value } }) as LinkOptionsError).option).toBe("thresholds.runnersUp");
    expect((refusal({ thresholds: { lnik: 0.5 } }) as LinkOptionsError).message).toMatch(/no such threshold/);
    expect(refusal({ thresholds: [0.4] })).toBeInstanceOf(LinkOptionsError);
  });

  it('refuses an evidence timing other than "when-read" and "with-links"', () => {
    for (const value of ["now", true, 1, null]) {
      const error = refusal({ evidence: value });
      expect(error, String(value)).toBeInstanceOf(LinkOptionsError);
      expect((error as LinkOptionsError).option).toBe("evidence");
    }
    expect(refusal({ evidence: "with-links" })).toBeNull();
    expect(refusal({ evidence: "when-read" })).toBeNull();
  });

  it("takes thresholds at the ends of their ranges", () => {
    const strict = link("hue-2022", { thresholds: { link: 1, named: 1, strong: 0, runnersUp: 0 } }).links;
    expect(strict.length).toBeLessThan(link("hue-2022").links.length);
    expect(strict.every((l) => l.score === 1 && l.strength === "strong" && l.evidence.runnersUp.length === 0)).toBe(true);
    expect(link("hue-2022", { thresholds: { link: 0.4 } })).toEqual(link("hue-2022"));
  });

  it("refuses malformed overrides clearly, not with a TypeError", () => {
    for (const overrides of [{ pin: [{ local: 1, national: "qd-06-2022:I.1" }] }, { pin: "hue-2022:1" }, { forbid: [{ local: "hue-2022:1" }] }, { pin: [], other: [] }, 42]) {
      const error = refusal({ overrides });
      expect(error, JSON.stringify(overrides)).toBeInstanceOf(LinkOptionsError);
      expect((error as LinkOptionsError).option).toMatch(/^overrides/);
    }
  });

  it("refuses a pair both pinned and forbidden", () => {
    const pair = { local: "hue-2022:VI.12", national: "qd-06-2022:V.11" };
    expect((refusal({ overrides: { pin: [pair], forbid: [{ ...pair, note: "no" }] } }) as Error).message).toMatch(/both pinned and forbidden/);
  });

  it("refuses a pin from the plan's task to a task that is not the root's, and keeps ignoring other plans' pairs", () => {
    const error = refusal({ overrides: { pin: [{ local: "hue-2022:VI.12", national: "hue-2026:19" }] } });
    expect(error).toBeInstanceOf(LinkOptionsError);
    expect((error as Error).message).toMatch(/hue-2026:19/);
    expect(refusal({ overrides: { pin: [{ local: "hue-2022:VI.12", national: "qd-06-2022:X.99" }] } })).toBeInstanceOf(TaskNotFoundError);
    // a corpus-wide set: another plan's pair is left alone
    expect(link("hue-2022", { overrides: { pin: [{ local: "hue-2026:19", national: "qd-06-2022:II.4" }] } })).toEqual(link("hue-2022"));
    // linking to another plan, pairs to the root are left alone (compare passes them on)
    expect(() => link("hue-2026", { to: "hue-2022", overrides: { pin: [{ local: "hue-2026:19", national: `${rootPlan.id}:II.4` }] } })).not.toThrow();
  });

  it("reads a plan's own abbreviations, given as an option, as their long forms", () => {
    const plan = getPlan("hue-2022");
    const long = "dịch vụ công";
    const abbreviated = { ...plan, tasks: plan.tasks.map((t) => ({ ...t, text: t.text.replaceAll(long, "ĐVCX") })) };
    expect(abbreviated.tasks.filter((t, k) => t.text !== plan.tasks[k]!.text).length).toBeGreaterThan(3);
    const abbreviations = [{ short: "ĐVCX", long }];
    // written out, the plan reads as written in full; left as it is, some task reads otherwise
    expect(link(abbreviated, { abbreviations })).toEqual(link(plan));
    expect(JSON.stringify(link(abbreviated).links)).not.toBe(JSON.stringify(link(plan).links));
    for (const bad of [[{ short: "", long }], [{ short: "X" }], "ĐVCX", [null]]) expect(refusal({ abbreviations: bad })).toBeInstanceOf(LinkOptionsError);
  });
});
