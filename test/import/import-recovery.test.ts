import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { getPlan } from "../../src/corpus/index";
import { parsePlan } from "../../src/import/import-text";
import type { Plan } from "../../src/model/plan";
import { foldDiacritics } from "../../src/text/fold";
import { type Recovery, recovery } from "./task-recovery";

/** How much of the curated corpus the text importer recovers from the raw seeds (the rule: ./task-recovery.ts). */
const raw = (id: string) => readFileSync(fileURLToPath(new URL(`../../seeds/raw/${id}.txt`, import.meta.url)), "utf8");

const results: Recovery[] = [];

describe("the importer on the raw seeds (recovery of the curated tasks)", () => {
  it.each([
    ["hue-2022", 0.95],
    ["ninh-hoa-2022", 0.95],
    ["hcmc-2024", 0.95],
    ["hue-2026", 0.9],
    ["bac-giang-2022", 0],
  ] as const)("%s: recovers at least %s of the curated tasks", (id, threshold) => {
    const plan = parsePlan(raw(id), { id });
    const result = recovery(id, plan);
    results.push(result);
    expect(result.share).toBeGreaterThanOrEqual(threshold);
  });

  it("reads every seed's metadata", () => {
    const read = (id: string) => parsePlan(raw(id), { id });
    expect(read("ninh-hoa-2022")).toMatchObject({ code: "1228/KH-UBND", issuer: "UBND thị xã Ninh Hòa", level: "district", issuedOn: "2022-04-07", parents: ["khanh-hoa-1403-2022"] });
    expect(read("hue-2022")).toMatchObject({ code: "2274/KH-UBND", issuer: "UBND thành phố Huế", level: "city", issuedOn: "2022-04-07", parents: ["thua-thien-hue-80-2022"] });
    expect(read("hcmc-2024")).toMatchObject({ code: "…/KH-UBND", level: "province", issuedOn: null, parents: ["qd-06-2022", "hcmc-922-2022", "ct-04-2024"] });
    expect(read("hue-2026")).toMatchObject({ code: "322/KH-UBND", issuer: "UBND thành phố Huế", level: "province", issuedOn: "2026-06-06" });
    const bacGiang = read("bac-giang-2022");
    expect(bacGiang).toMatchObject({ code: "395/KH-UBND", issuedOn: "2022-01-26", parents: ["qd-06-2022"] });
    expect(bacGiang.adopts).toEqual([expect.objectContaining({ plan: "qd-06-2022", tasks: true, services: true })]);
  });

  it("takes the sections and numbering of each seed's task list", () => {
    const sections = (id: string) => parsePlan(raw(id), { id }).sections.map((s) => s.ref);
    expect(sections("hue-2022")).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
    expect(sections("ninh-hoa-2022")).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(sections("hue-2026")).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]);
    for (const id of ["hue-2022", "ninh-hoa-2022", "hcmc-2024", "hue-2026", "bac-giang-2022"]) {
      expect(
        parsePlan(raw(id), { id }).tasks.map((t) => t.ref),
        id,
      ).toEqual(getPlan(id).tasks.map((t) => t.ref));
    }
  });

  it("reads hcmc-2024's numeric targets (§II Chỉ tiêu) exactly as curated, one per figure", () => {
    expect(parsePlan(raw("hcmc-2024"), { id: "hcmc-2024" }).targets).toEqual(getPlan("hcmc-2024").targets);
    for (const id of ["hue-2022", "ninh-hoa-2022", "hue-2026", "bac-giang-2022"]) expect(parsePlan(raw(id), { id }).targets, id).toEqual([]);
  });

  it("reads the essential services of hue-2022's Phụ lục I", () => {
    const services = parsePlan(raw("hue-2022"), { id: "hue-2022" }).services;
    expect(services.map((s) => s.ref)).toEqual(getPlan("hue-2022").services.map((s) => s.ref));
    expect(services.map((s) => s.deadline.raw)).toEqual(getPlan("hue-2022").services.map((s) => s.deadline.raw));
  });

  afterAll(() => {
    const lines = results.map((r) => `| ${r.id} | ${r.recovered}/${r.curated} | ${(100 * r.share).toFixed(1)}% | ${r.refsFound}/${r.curated} | ${r.meanOverlap.toFixed(2)} |`);
    console.log(["Importer recovery of the curated tasks:", "| plan | recovered | share | refs found | mean word overlap |", "|---|---:|---:|---:|---:|", ...lines].join("\n"));
  });
});

describe("the importer on the raw seeds written without diacritics", () => {
  it.each(["bac-giang-2022", "hcmc-2024", "hue-2022", "hue-2026", "ninh-hoa-2022"])("reads %s as it reads it with them", (id) => {
    const withMarks = parsePlan(raw(id), { id });
    const without = parsePlan(foldDiacritics(raw(id)), { id });
    const shape = (plan: Plan) => ({
      level: plan.level,
      parents: plan.parents,
      warnings: plan.warnings.length,
      tasks: plan.tasks.map((t) => [t.ref, t.section, t.lead.length, t.coordinating.length, t.deadline.kind, t.deadline.end]),
    });
    expect(shape(without)).toEqual(shape(withMarks));
    expect(without.tasks.map((t) => t.text)).toEqual(withMarks.tasks.map((t) => foldDiacritics(t.text)));
  });
});
