import { describe, expect, it } from "vitest";
import * as dean06 from "../../src/index";
import { PlanValidationError } from "../../src/model/errors";

/**
 * Issue 10, point 1: every public function that takes a plan validates it with the zod schemas
 * and throws PlanValidationError naming the bad field — never a TypeError from deep inside. The
 * table lists every export of src/index.ts that accepts a plan object (directly, in a list, or as
 * an option); a test below fails when an export that takes a plan is missing from it.
 */

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
type AnyPlan = dean06.Plan;

/** Each export that accepts a plan object, called with `plan` in each place it accepts one. */
const TAKES_A_PLAN: Record<string, ((plan: AnyPlan) => unknown)[]> = {
  resolvePlan: [(p) => dean06.resolvePlan(p)],
  validatePlan: [(p) => dean06.validatePlan(p)],
  planFromJSON: [(p) => dean06.planFromJSON(JSON.stringify(p))],
  coverage: [(p) => dean06.coverage(p), (p) => dean06.coverage("hue-2022", { to: p })],
  coverageData: [(p) => dean06.coverageData(p), (p) => dean06.coverageData("hue-2022", { to: p })],
  drift: [(p) => dean06.drift(p), (p) => dean06.drift("hue-2022", { to: p })],
  compare: [(p) => dean06.compare(p, "hue-2022"), (p) => dean06.compare("hue-2022", p)],
  compareData: [(p) => dean06.compareData(p, "hue-2022"), (p) => dean06.compareData("hue-2022", p)],
  coverageMatrix: [(p) => dean06.coverageMatrix([p]), (p) => dean06.coverageMatrix(["hue-2022"], { to: p })],
  matrixData: [(p) => dean06.matrixData([p]), (p) => dean06.matrixData(["hue-2022"], { to: p })],
  link: [(p) => dean06.link(p), (p) => dean06.link("hue-2022", { to: p })],
  // (a list is a selection of plans: a malformed one is given inside a list)
  lineage: [(p) => dean06.lineage(Array.isArray(p) ? [p] : p), (p) => dean06.lineage([p, "hue-2022"]), (p) => dean06.lineage(["hue-2022"], { root: p })],
  planSummary: [(p) => dean06.planSummary(p)],
  linksTable: [(p) => dean06.linksTable(dean06.link("hue-2022"), p)],
  linksCsv: [(p) => dean06.linksCsv(dean06.link("hue-2022"), p), (p) => dean06.linksCsv(dean06.link("hue-2022"), "hue-2022", p)],
  linksHtml: [(p) => dean06.linksHtml(dean06.link("hue-2022"), p), (p) => dean06.linksHtml(dean06.link("hue-2022"), "hue-2022", p)],
  linkCorpus: [(p) => dean06.linkCorpus([p]), (p) => dean06.linkCorpus(["hue-2022"], { to: p })],
  linksHeadline: [(p) => dean06.linksHeadline(dean06.link("hue-2022"), p)],
  planToCSV: [(p) => dean06.planToCSV(p)],
};

/** Exports whose parameters mention a Plan but that are not analysis entry points (listed so the completeness check knows them). */
const NOT_ENTRY_POINTS: Record<string, string> = {
  getPlan: "takes an id only",
  planIntegrityIssues: "returns the issues of a plan instead of throwing (tested below)",
  planFromSeed: "takes a seed file's content, validated with SeedPlanSchema (PlanValidationError)",
  parentCycles: "takes { id, parents } nodes, not plans",
  citedDocuments: "takes a lineage graph and a plan id",
  planLevel: "takes a lineage graph",
  planLineage: "takes a lineage graph and a plan id",
};

/** Malformed plans: each must give PlanValidationError whose issues name the path. */
function malformed(): { name: string; plan: unknown; path: RegExp }[] {
  const base = () => clone(dean06.getPlan("ninh-hoa-2022")) as unknown as Record<string, unknown> & { tasks: Record<string, unknown>[] };
  const cases: { name: string; plan: unknown; path: RegExp }[] = [];
  const with_ = (name: string, path: RegExp, change: (p: ReturnType<typeof base>) => void) => {
    const plan = base();
    change(plan);
    cases.push({ name, plan, path });
  };
  with_("tasks is not a list", /^tasks$/, (p) => (p.tasks = "none" as never));
  with_("a task is null", /^tasks\[2\]$/, (p) => (p.tasks[2] = null as never));
  with_("a task without text", /^tasks\[0\]\.text$/, (p) => delete p.tasks[0]!.text);
  with_("an empty task text", /^tasks\[1\]\.text$/, (p) => (p.tasks[1]!.text = ""));
  with_("a deadline without its parse", /^tasks\[3\]\.deadline\.kind$/, (p) => delete (p.tasks[3]!.deadline as Record<string, unknown>).kind);
  with_("an agency that is not a string", /^tasks\[4\]\.lead\[0\]$/, (p) => (p.tasks[4]!.lead = [42]));
  with_("an unknown level", /^level$/, (p) => (p.level = "galaxy"));
  with_("a bad id", /^id$/, (p) => (p.id = "Ninh Hòa"));
  with_("a duplicate ref", /^tasks\[1\]\.ref$/, (p) => Object.assign(p.tasks[1]!, { ref: p.tasks[0]!.ref, id: p.tasks[0]!.id }));
  with_("its own parent", /^parents$/, (p) => (p.parents = [p.id as string]));
  // (planToCSV reads an object without an id as a bare task list: its sections and tasks are missing)
  cases.push({ name: "an empty object", plan: {}, path: /^(id|sections|tasks)$/ });
  cases.push({ name: "an array", plan: [], path: /^$/ });
  return cases;
}

describe("every function that takes a plan validates it (PlanValidationError with the path)", () => {
  const cases = malformed();
  for (const [name, calls] of Object.entries(TAKES_A_PLAN)) {
    it.each(cases.map((c) => [c.name, c] as const))(`${name}: %s`, (_, { plan, path }) => {
      for (const call of calls) {
        let thrown: unknown;
        try {
          call(clone(plan) as AnyPlan);
        } catch (error) {
          thrown = error;
        }
        expect(thrown, `${name} did not throw`).toBeInstanceOf(PlanValidationError);
        const error = thrown as PlanValidationError;
        expect(error.code).toBe("PLAN_INVALID");
        expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([expect.stringMatching(path)]));
      }
    });
  }

  it("rejects values that are not plans at all with PlanValidationError, not a TypeError", () => {
    for (const [name, calls] of Object.entries(TAKES_A_PLAN)) {
      for (const value of [null, 42, true]) {
        for (const call of calls) expect(() => call(value as never), `${name}(${String(value)})`).toThrow(PlanValidationError);
      }
    }
  });

  it("accepts the same plans as valid objects, cloned", () => {
    const plan = clone(dean06.getPlan("ninh-hoa-2022"));
    for (const calls of Object.values(TAKES_A_PLAN)) for (const call of calls) expect(() => call(clone(plan))).not.toThrow();
  });

  it("lists every export that takes a plan", () => {
    // an export whose source mentions a Plan parameter or a plan list is either in the table or explained
    const source = Object.entries(dean06)
      .filter(([, value]) => typeof value === "function" && !/^[A-Z]/.test(value.name))
      .filter(([name, value]) => /\bplan|plansOrIds|planOrId|aOrId|\bto\b|\broot\b/i.test(value.toString().split(")")[0]!) && name !== "default");
    const unknown = source.map(([name]) => name).filter((name) => !(name in TAKES_A_PLAN) && !(name in NOT_ENTRY_POINTS));
    expect(unknown).toEqual([]);
  });

  it("planIntegrityIssues reports a malformed plan instead of throwing a TypeError", () => {
    for (const { plan } of malformed()) expect(() => dean06.planIntegrityIssues(plan as never)).not.toThrow();
    expect(dean06.planIntegrityIssues({ tasks: "none" } as never).map((i) => i.path)).toEqual(expect.arrayContaining(["tasks"]));
  });
});
