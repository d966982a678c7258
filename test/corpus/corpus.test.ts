import { describe, expect, it, vi } from "vitest";
import { plans as SEED_PLANS } from "../../seeds/index.cjs";
import { getPlan, plans, referencedPlans, resolvePlan, rootPlan } from "../../src/corpus/index";
import { PlanNotFoundError } from "../../src/model/errors";
import { planIntegrityIssues } from "../../src/model/integrity";
import { PlanSchema } from "../../src/model/plan";
import { SeedPlanSchema } from "../../src/model/seed";

const refs = (id: string) => getPlan(id).tasks.map((t) => t.ref);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

describe("the built-in corpus", () => {
  it("holds the root first, then the five derived plans", () => {
    expect(plans.map((p) => p.id)).toEqual(["qd-06-2022", "bac-giang-2022", "hue-2022", "ninh-hoa-2022", "hcmc-2024", "hue-2026"]);
    expect(rootPlan).toBe(plans[0]);
    expect(rootPlan.level).toBe("national");
  });

  it("validates every seed file and every plan against the schemas", () => {
    for (const { file, load } of SEED_PLANS) expect(SeedPlanSchema.safeParse(load()).success, file).toBe(true);
    for (const plan of plans) {
      expect(PlanSchema.parse(plan)).toEqual(plan);
      expect(planIntegrityIssues(plan), plan.id).toEqual([]);
    }
  });

  it("has the national root's 52 tasks in six sections and 25 essential services", () => {
    const perSection = Object.fromEntries(rootPlan.sections.map((s) => [s.ref, rootPlan.tasks.filter((t) => t.section === s.ref).length]));
    expect(perSection).toEqual({ I: 11, II: 13, III: 4, IV: 2, V: 19, VI: 3 });
    const expected = Object.entries(perSection).flatMap(([section, n]) => range(1, n).map((i) => `${section}.${i}`));
    expect(refs("qd-06-2022")).toEqual(expected);
    expect(rootPlan.services.map((s) => s.ref)).toEqual(range(1, 25));
    for (const service of rootPlan.services) expect([3, 4]).toContain(service.serviceLevel);
  });

  it("has every task of each derived plan's task list", () => {
    const bacGiang = refs("bac-giang-2022");
    expect(bacGiang).toHaveLength(51);
    expect(bacGiang.slice(0, 9)).toEqual(range(1, 9).map((i) => `II.${i}`));
    expect(bacGiang.filter((r) => r.startsWith("III."))).toHaveLength(42);
    expect(bacGiang.at(-1)).toBe("III.22.6");
    expect(getPlan("bac-giang-2022").adopts).toMatchObject([{ plan: "qd-06-2022", tasks: true, services: true }]);

    expect(refs("ninh-hoa-2022")).toHaveLength(32);
    expect(refs("ninh-hoa-2022")[0]).toBe("1.1");
    expect(refs("ninh-hoa-2022").at(-1)).toBe("6.2");

    expect(refs("hue-2022")).toHaveLength(52);
    expect(refs("hue-2022").at(-1)).toBe("VII.6");
    expect(getPlan("hue-2022").services).toHaveLength(21);

    expect(refs("hcmc-2024")).toEqual(["1", ...range(3, 9), ...range(11, 49)]);
    expect(getPlan("hcmc-2024").targets.length).toBeGreaterThan(0);

    expect(refs("hue-2026")).toEqual(range(1, 69));
    expect(getPlan("hue-2026").tasks.filter((t) => t.product !== null).length).toBeGreaterThan(30);
  });

  it("gives every task a unique, well-formed id and non-empty NFC text", () => {
    const ids = plans.flatMap((p) => p.tasks.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const plan of plans) {
      for (const task of plan.tasks) {
        expect(task.id).toBe(`${plan.id}:${task.ref}`);
        expect(task.id).toMatch(/^[a-z0-9-]+:[0-9A-Z]+(\.[0-9A-Z]+)*$/);
        expect(task.text.trim().length, task.id).toBeGreaterThan(10);
        expect(task.text, task.id).toBe(task.text.normalize("NFC"));
      }
    }
  });

  it("keeps OCR originals beside the restored text of OCR'd plans", () => {
    for (const task of getPlan("bac-giang-2022").tasks) expect(task.ocr, task.id).toBeTruthy();
    for (const task of rootPlan.tasks) expect(task.ocr, task.id).toBeTruthy();
    // restored text has diacritics; the OCR does not
    expect(rootPlan.tasks.every((t) => /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i.test(t.text))).toBe(true);
  });

  it("flags uncertain readings with a note", () => {
    for (const plan of plans) {
      for (const item of [...plan.tasks, ...plan.services]) {
        if (item.uncertain.length) expect(item.notes.length, item.id).toBeGreaterThan(0);
      }
    }
  });

  it("records the metadata and lineage of each plan", () => {
    expect(getPlan("hue-2022")).toMatchObject({ code: "2274/KH-UBND", level: "city", issuedOn: "2022-04-07", parents: ["thua-thien-hue-80-2022"] });
    expect(getPlan("ninh-hoa-2022")).toMatchObject({ code: "1228/KH-UBND", level: "district", parents: ["khanh-hoa-1403-2022"] });
    expect(getPlan("bac-giang-2022")).toMatchObject({ code: "395/KH-UBND", level: "province", issuedOn: "2022-01-26", parents: ["qd-06-2022"] });
    expect(getPlan("hcmc-2024")).toMatchObject({ level: "province", parents: ["hcmc-922-2022", "ct-04-2024"] });
    expect(getPlan("hue-2026")).toMatchObject({ code: "322/KH-UBND", issuedOn: "2026-06-06" });
    const known = new Set([...plans.map((p) => p.id), ...referencedPlans.map((r) => r.id)]);
    for (const plan of plans) for (const parent of plan.parents) expect(known.has(parent), `${plan.id} → ${parent}`).toBe(true);
    for (const reference of referencedPlans) expect(reference.parents).toEqual(["qd-06-2022"]);
  });

  it("normalises agencies for grouping while keeping them as written", () => {
    const hue = getPlan("hue-2022");
    const names = new Set(hue.tasks.flatMap((t) => [...t.lead, ...t.coordinating]));
    expect(new Set(hue.agencies.map((a) => a.name))).toEqual(new Set([...names, ...hue.services.flatMap((s) => [...s.lead, ...s.coordinating])]));
    expect(new Set(hue.agencies.map((a) => a.key)).size).toBeLessThan(hue.agencies.length);
  });
});

describe("loading", () => {
  const isBuilt = (plan: object) => !Object.getOwnPropertyDescriptor(plan, "id")?.get;

  it("reads nothing at import and builds a plan when one of its fields is first read", async () => {
    vi.resetModules();
    const fresh = await import("../../src/corpus/index");
    expect(fresh.plans).toHaveLength(6);
    expect(fresh.plans.map(isBuilt)).toEqual([false, false, false, false, false, false]);
    expect(fresh.referencedPlans.map(isBuilt)).toEqual([false, false, false, false]);
    const hue = fresh.getPlan("hue-2022");
    expect(isBuilt(hue)).toBe(false);
    expect(hue.code).toBe("2274/KH-UBND");
    expect(fresh.plans.map(isBuilt)).toEqual([false, false, true, false, false, false]);
    expect(fresh.resolvePlan(hue)).toBe(hue);
  });

  it("gives plans that are ordinary objects once built: same keys as the schema, cloneable, JSON", () => {
    const hue = getPlan("hue-2026");
    expect(Object.keys(hue)).toEqual(Object.keys(PlanSchema.shape));
    expect(structuredClone(hue)).toEqual(hue);
    expect(JSON.parse(JSON.stringify(hue))).toEqual(hue);
    expect({ ...hue }).toEqual(hue);
    expect(Object.keys(referencedPlans[0]!)).toEqual(["id", "code", "kind", "title", "issuer", "level", "issuedOn", "parents", "notes"]);
  });

  it("lists the seed files by the ids their plans have", () => {
    expect(SEED_PLANS.map((s) => s.id)).toEqual(plans.map((p) => p.id));
    expect(SEED_PLANS.map((s) => s.file)).toEqual(plans.map((p) => `seeds/plans/${p.id}.json`));
  });
});

describe("getPlan", () => {
  it("throws PlanNotFoundError listing the known ids", () => {
    expect(() => getPlan("nope")).toThrow(PlanNotFoundError);
    expect(() => getPlan("nope")).toThrow(/Unknown plan id "nope".*qd-06-2022, bac-giang-2022, hue-2022, ninh-hoa-2022, hcmc-2024, hue-2026/);
  });

  it("resolves ids and passes plans through", () => {
    expect(resolvePlan("hue-2026")).toBe(getPlan("hue-2026"));
    expect(resolvePlan(rootPlan)).toBe(rootPlan);
  });
});
