import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate";
import { referenceCheck, referenceMismatch } from "../../bench/reference";
import { sectionedPlan, syntheticPlan } from "../../bench/robustness";
import { plans, rootPlan } from "../../src/corpus/index";
import { link } from "../../src/match/link";
import { candidateTargets, prepareLocal, scoreCandidate, sectionAffinities } from "../../src/match/score";
import { CANDIDATE_LIMIT, COMPONENT_NAMES, combine, SCORE_TERMS, textScore, withSetting } from "../../src/match/score-table";
import { buildReferenceIndex, buildTargetIndex } from "../../src/match/target-index";
import { foldDiacritics } from "../../src/text/fold";
import { makePlan } from "../helpers";

describe("the linker's fast path (rank.ts)", () => {
  it("scores every candidate exactly as the reference scorer (score.ts) does, component by component", () => {
    // every labelled plan (test/fixtures/links-*.json label the built-in local plans) and generated ones
    expect(referenceCheck(plans.slice(1))).toBe(plans.slice(1).reduce((n, p) => n + p.tasks.length, 0));
    const generated = generateCorpus(3).plans;
    expect(referenceCheck(generated)).toBe(generated.reduce((n, p) => n + p.tasks.length, 0));
  });

  it("does so on generated plans: the national plan's words dropped, mixed, folded (property)", () => {
    const words = rootPlan.tasks.flatMap((t) => t.text.split(/\s+/)).filter(Boolean);
    const task = fc.record({ picks: fc.array(fc.nat(words.length - 1), { minLength: 1, maxLength: 30 }), folded: fc.boolean(), section: fc.boolean() });
    fc.assert(
      fc.property(fc.array(task, { minLength: 1, maxLength: 5 }), (tasks) => {
        const plan = makePlan(
          "generated",
          tasks.map((t, k) => {
            const text = t.picks.map((i) => words[i]).join(" ");
            return { ref: String(k + 1), text: t.folded ? foldDiacritics(text) : text };
          }),
          { sections: [{ ref: "1", title: tasks[0]!.section ? "Nhiệm vụ phát triển hạ tầng, dữ liệu" : "Nhiệm vụ" }] },
        );
        const { mismatch } = referenceMismatch([plan]);
        expect(mismatch).toBeNull();
      }),
      { numRuns: 60, seed: 6 },
    );
  });
});

describe("the candidates in a target of more than CANDIDATE_LIMIT tasks (large-target.ts)", () => {
  it("are found and scored as the reference states it (candidateTargets): rare terms find them, common ones only add", () => {
    const target = syntheticPlan("big", CANDIDATE_LIMIT * 2 + 50, 1);
    const local = syntheticPlan("local", 40, 3_000);
    expect(referenceMismatch([local], target)).toEqual({ checked: 40, mismatch: null });
  });

  it("weigh sections as the reference does, by section (none in a target of more than CANDIDATE_LIMIT sections)", () => {
    const local = sectionedPlan(syntheticPlan("local", 30, 3_000), 30);
    for (const count of [40, CANDIDATE_LIMIT + 1]) {
      const target = sectionedPlan(syntheticPlan("big", CANDIDATE_LIMIT + 50, 1), count);
      expect(referenceMismatch([local], target)).toEqual({ checked: 30, mismatch: null });
      const affinities = sectionAffinities(buildTargetIndex(target), local.sections);
      expect(affinities.size > 0).toBe(count <= CANDIDATE_LIMIT);
    }
  });

  it("fall back to the first CANDIDATE_LIMIT tasks using the rarest term when no term is rare (a plan of copies)", () => {
    const one = syntheticPlan("copies", 1, 7);
    const copies = { ...one, tasks: Array.from({ length: CANDIDATE_LIMIT + 40 }, (_, k) => ({ ...one.tasks[0]!, id: `copies:${k + 1}`, ref: String(k + 1) })) };
    const local = syntheticPlan("local", 3, 7);
    expect(referenceMismatch([local], copies)).toEqual({ checked: 3, mismatch: null });
    const reference = buildReferenceIndex(copies);
    expect(candidateTargets(reference, prepareLocal(reference, local.tasks[0]!))).toHaveLength(CANDIDATE_LIMIT);
    // each local task links to at most MOST_REACHED of the copies, the first by id
    const { links } = link(local, { to: copies });
    expect(links.filter((l) => l.local === local.tasks[0]!.id).map((l) => l.national)).toEqual(["1", "10", "100", "101", "102", "103", "104", "105"].map((ref) => `copies:${ref}`));
  });
});

describe("the declared score (score-table.ts)", () => {
  it("is the one combine() of the reference's components: the text terms, then section and agencies", () => {
    const reference = buildReferenceIndex(rootPlan);
    const local = prepareLocal(reference, plans[2]!.tasks[0]!);
    for (const target of reference.tasks) {
      const candidate = scoreCandidate(reference, local, target, 0.5);
      expect(candidate.score).toBe(combine(candidate.components));
      expect(candidate.score).toBe(withSetting(textScore(candidate.components), candidate.components));
      let sum = 0;
      for (const term of SCORE_TERMS) sum += term.weight * term.value(candidate.components);
      expect(candidate.score).toBe(Math.min(1, sum));
      expect(Object.keys(candidate.components)).toEqual([...COMPONENT_NAMES]);
    }
  });

  it("weighs a candidate by its named terms", () => {
    const zero = Object.fromEntries(COMPONENT_NAMES.map((name) => [name, 0])) as Record<(typeof COMPONENT_NAMES)[number], number>;
    expect(combine(zero)).toBe(0);
    expect(combine({ ...zero, wording: 1 })).toBe(0.5);
    expect(combine({ ...zero, explained: 1 })).toBeCloseTo(0.4, 12);
    expect(combine({ ...zero, objects: 1, context: 0.25 })).toBeCloseTo(0.25, 12);
    expect(combine({ ...zero, section: 1, agencies: 1 })).toBeCloseTo(0.15, 12);
    expect(combine(Object.fromEntries(COMPONENT_NAMES.map((name) => [name, 1])) as typeof zero)).toBe(1);
  });
});
