import { describe, expect, it, vi } from "vitest";
import { coverage } from "../../src/analysis/coverage";
import { drift } from "../../src/analysis/drift";
import { getPlan, plans, referencedPlans, resolvePlan } from "../../src/corpus/index";
import { planFromJSON } from "../../src/import/plan-json";
import { link } from "../../src/match/link";
import { PlanNotFoundError, PlanValidationError } from "../../src/model/errors";
import { parentCycles, validatePlan } from "../../src/model/validate";
import { makePlan } from "../helpers";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe("typed errors for bad plans", () => {
  it("rejects an unknown id with PlanNotFoundError", () => {
    for (const call of [() => link("nope"), () => coverage("nope"), () => drift("nope")]) expect(call).toThrow(PlanNotFoundError);
  });

  it("names the path of each bad field", () => {
    const plan = clone(getPlan("hue-2022")) as unknown as Record<string, unknown> & { tasks: Record<string, unknown>[] };
    plan.level = "galaxy";
    plan.tasks[3]!.text = "";
    delete plan.tasks[5]!.lead;
    try {
      validatePlan(plan);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanValidationError);
      const paths = (error as PlanValidationError).issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(["level", "tasks[3].text", "tasks[5].lead"]));
      expect((error as Error).message).toMatch(/tasks\[3\]\.text/);
    }
  });

  it("validates plan objects passed to every analysis function", () => {
    const broken = { ...clone(getPlan("ninh-hoa-2022")), tasks: "none" };
    for (const call of [() => link(broken as never), () => coverage(broken as never), () => drift(broken as never)]) expect(call).toThrow(PlanValidationError);
    expect(() => resolvePlan(42 as never)).toThrow(PlanValidationError);
    expect(() => resolvePlan(null as never)).toThrow(/expected a plan object or a plan id/);
  });

  it("rejects duplicate refs, empty task text and a plan that is its own parent", () => {
    const base = clone(getPlan("ninh-hoa-2022"));
    const duplicate = clone(base);
    duplicate.tasks[1] = { ...duplicate.tasks[1]!, ref: duplicate.tasks[0]!.ref, id: duplicate.tasks[0]!.id };
    expect(() => validatePlan(duplicate)).toThrow(/duplicate task ref "1.1"/);
    const empty = clone(base);
    empty.tasks[0]!.text = "";
    expect(() => validatePlan(empty)).toThrow(PlanValidationError);
    const selfParent = { ...clone(base), parents: ["ninh-hoa-2022"] };
    expect(() => validatePlan(selfParent)).toThrow(/lists itself as parent/);
  });

  it("finds cycles in parents, and none in the corpus", () => {
    expect(
      parentCycles([
        { id: "a", parents: ["b"] },
        { id: "b", parents: ["c"] },
        { id: "c", parents: ["a"] },
      ]),
    ).toEqual([["a", "b", "c"]]);
    expect(parentCycles([{ id: "a", parents: ["a"] }])).toEqual([["a"]]);
    expect(parentCycles([...plans, ...referencedPlans])).toEqual([]);
  });

  it("says what is wrong with text that is not plan JSON", () => {
    expect(() => planFromJSON("{ not json")).toThrow(/not JSON/);
    expect(() => planFromJSON("[]")).toThrow(PlanValidationError);
  });
});

describe("nothing is lost", () => {
  it("round-trips every built-in plan through JSON", () => {
    for (const plan of plans) expect(planFromJSON(JSON.stringify(plan))).toEqual(plan);
  });
});

describe("adversarial plans get a defined result", () => {
  it("links a plan with 10,000 tasks", () => {
    const texts = getPlan("hue-2022").tasks.map((t) => t.text);
    const plan = makePlan(
      "test-huge",
      Array.from({ length: 10_000 }, (_, i) => ({ ref: String(i + 1), text: texts[i % texts.length]! })),
    );
    const result = link(plan);
    expect(result.links.length + result.unlinked.length).toBeGreaterThanOrEqual(10_000);
    expect(new Set(result.links.map((l) => l.local)).size + result.unlinked.length).toBe(10_000);
  }, 120_000);

  it("leaves a plan in English unlinked", () => {
    const plan = makePlan("test-english", [
      { ref: "1", text: "Connect the national population database with the tax database" },
      { ref: "2", text: "Organise a training workshop on digital transformation for civil servants" },
    ]);
    const result = link(plan);
    expect(result.links).toEqual([]);
    expect(coverage(plan).totals.missing).toBe(52);
  });

  it("is deterministic: the same input gives the same links and report bytes, warm or from a fresh process state", async () => {
    const outputs = (l: typeof link, c: typeof coverage, plan: (id: string) => ReturnType<typeof getPlan>, id: string) => {
      const report = c(plan(id));
      return [JSON.stringify(l(plan(id))), report.toHTML(), report.toCSV(), report.toJSON()];
    };
    const warm = ["hue-2026", "bac-giang-2022"].map((id) => outputs(link, coverage, getPlan, id));
    // again, on copies (the caches keyed by plan objects miss; those keyed by text hit)
    expect(["hue-2026", "bac-giang-2022"].map((id) => outputs(link, coverage, (i) => clone(getPlan(i)), id))).toEqual(warm);
    // and from new module instances: every cache, memo and the corpus itself built afresh
    vi.resetModules();
    const fresh = { ...(await import("../../src/match/link")), ...(await import("../../src/analysis/coverage")), ...(await import("../../src/corpus/index")) };
    expect(fresh.coverage).not.toBe(coverage);
    expect(["hue-2026", "bac-giang-2022"].map((id) => outputs(fresh.link, fresh.coverage, fresh.getPlan, id))).toEqual(warm);
  });
});
