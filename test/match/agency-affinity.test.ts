import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plans, rootPlan } from "../../src/corpus/index";
import { AgencyAffinity } from "../../src/match/agency-affinity";
import { prepareLocal, scoreCandidate } from "../../src/match/score";
import { SectorReader } from "../../src/match/sector";
import { buildReferenceIndex, buildTargetIndex } from "../../src/match/target-index";
import { createWordReader } from "../../src/text/word-reader";
import { makePlan } from "../helpers";

// The agencies component of every target task for a local task, remembered per combination of
// matched target sectors, is the reference scorer's (score.ts), whatever was asked before and
// however little is remembered.

describe("AgencyAffinity", () => {
  const reference = buildReferenceIndex(rootPlan);
  const index = buildTargetIndex(rootPlan, { reader: createWordReader() });
  const names = [...new Set(plans.flatMap((p) => p.tasks.flatMap((t) => [...t.lead, ...t.coordinating])))];

  it("gives each target task the reference's agencies component, remembering a few rows or many (property)", () => {
    const small = new AgencyAffinity(index.tables, new SectorReader(), 2);
    const large = new AgencyAffinity(index.tables, new SectorReader());
    let matched = 0;
    const agencies = fc.array(fc.oneof(fc.constantFrom(...names), fc.constantFrom("Sở Y tế", "UBND các xã", "Công an tỉnh", "Không rõ")), { maxLength: 4 });
    fc.assert(
      fc.property(agencies, agencies, (lead, coordinating) => {
        const [made] = makePlan("p", [{ ref: "1", text: "Kết nối dữ liệu dân cư", lead }]).tasks;
        const task = { ...made!, coordinating };
        const local = prepareLocal(reference, task);
        const expected = reference.tasks.map((target) => scoreCandidate(reference, local, target, 0).components.agencies);
        if (expected.some((value) => value > 0)) matched++;
        for (const affinity of [small, large]) {
          const row = affinity.of(task);
          expect(row ? [...row] : expected.map(() => 0)).toEqual(expected);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
    // (most draws name an agency of some target sector)
    expect(matched).toBeGreaterThan(150);
  });
});
