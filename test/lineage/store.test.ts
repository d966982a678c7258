import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  coverage,
  Dean06Error,
  type LineageGraph,
  type LinkOptions,
  type LinkResult,
  lineage,
  link,
  linkCorpus,
  linkStoreBuilder,
  type Plan,
  PlanNotFoundError,
  PlanValidationError,
  plans,
  rootPlan,
  TaskNotFoundError,
} from "../../src/index";
import { EvidenceTable } from "../../src/lineage/store-columns";
import { createLinker } from "../../src/match/linker";
import { makePlan } from "../helpers";

const locals = plans.slice(1);

/**
 * A small corpus with a province and the plans deriving from it: tasks reworded from national
 * tasks the way local plans reword them (words dropped, a verb put before, an agency added, a
 * tail about the place, diacritics kept or not), and local-only tasks.
 */
function family(): Plan[] {
  const words = (text: string) => text.split(" ");
  const reworded = (text: string, k: number) => {
    const w = words(text);
    const kept = w.filter((_, i) => (i + k) % 7 !== 3).join(" ");
    return [`Triển khai ${kept}`, `${kept} trên địa bàn huyện`, `Tham mưu ${kept.toLowerCase()}`][k % 3]!;
  };
  const tasksOf = (seed: number, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const national = rootPlan.tasks[(seed * 7 + i * 5) % rootPlan.tasks.length]!;
      return { ref: String(i + 1), text: i % 4 === 3 ? `Tổ chức hội nghị sơ kết công tác năm ${2022 + i} của địa phương số ${seed}` : reworded(national.text, seed + i) };
    });
  const province = makePlan("tinh-a-2022", tasksOf(1, 12), { level: "province" });
  const district = makePlan("huyen-b-2022", tasksOf(2, 9), { level: "district", parents: ["tinh-a-2022"] });
  const commune = makePlan("xa-c-2023", tasksOf(3, 8), { level: "commune", parents: ["huyen-b-2022"] });
  const other = makePlan("tinh-d-2022", tasksOf(4, 10), { level: "province" });
  return [province, district, commune, other];
}

const sorted = (graph: LineageGraph) => ({
  nodes: graph.mapNodes((key, attributes) => JSON.stringify([key, attributes])).sort(),
  edges: graph.mapEdges((key, attributes, source, target) => JSON.stringify([key, source, target, attributes])).sort(),
});

describe("linkCorpus", () => {
  const corpus = [...locals, ...family()];
  const progress: number[] = [];
  const store = linkCorpus(corpus, { onProgress: (p) => progress.push(p.plans) });

  it("gives every plan's links as link() gives them, evidence included, byte for byte", () => {
    for (const plan of corpus) expect(JSON.stringify(store.links(plan))).toBe(JSON.stringify(link(plan)));
    expect(store.size).toBe(corpus.reduce((sum, plan) => sum + link(plan).links.length, 0));
    expect(store.tasks).toBe(corpus.reduce((sum, plan) => sum + plan.tasks.length, 0));
  });

  it("gives every plan's coverage as coverage() computes it", () => {
    for (const plan of corpus) expect(store.coverage(plan.id).toJSON()).toBe(coverage(plan).toJSON());
  });

  it("answers descendants and ancestors across every plan as the links say", () => {
    const results = corpus.map((plan) => link(plan));
    for (const national of rootPlan.tasks) {
      const expected = results.flatMap((r) => r.links.filter((l) => l.national === national.id).map((l) => l.local));
      expect(store.descendants(national.id)).toEqual(expected);
    }
    for (const [k, plan] of corpus.entries()) {
      for (const task of plan.tasks) expect(store.ancestors(task.id)).toEqual(results[k]!.links.filter((l) => l.local === task.id).map((l) => l.national));
    }
    expect(rootPlan.tasks.some((t) => store.descendants(t.id).length > 2)).toBe(true);
  });

  it("reports progress after each plan", () => {
    expect(progress).toEqual(corpus.map((_, k) => k + 1));
  });

  it("draws the graph lineage() draws for the same plans (one hop), from the stored links", () => {
    expect(sorted(store.graph({ plans: locals }))).toEqual(sorted(lineage(locals, { multiHop: false })));
    expect(sorted(store.graph({ plan: "hue-2026" }))).toEqual(sorted(lineage(["hue-2026"], { multiHop: false })));
  });

  it("draws a province: the plan and every plan deriving from it, nothing else", () => {
    const graph = store.graph({ province: "tinh-a-2022" });
    const loaded = graph.filterNodes((_, a) => a.kind === "plan" && a.loaded).sort();
    expect(loaded).toEqual(["huyen-b-2022", "qd-06-2022", "tinh-a-2022", "xa-c-2023"]);
    const implementing = graph.filterEdges((_, a) => a.type === "implements").map((e) => graph.source(e));
    expect(implementing.length).toBe(["tinh-a-2022", "huyen-b-2022", "xa-c-2023"].reduce((sum, id) => sum + store.links(id).links.length, 0));
  });

  it("draws a national task with the tasks implementing it and their plans", () => {
    const national = rootPlan.tasks.find((t) => store.descendants(t.id).length > 2)!.id;
    const graph = store.graph({ national });
    const tasks = graph.filterNodes((_, a) => a.kind === "task").sort();
    expect(tasks).toEqual([national, ...store.descendants(national)].sort());
    const implementing = graph.filterInEdges(national, (_, a) => a.type === "implements").map((e) => graph.source(e));
    expect(implementing.sort()).toEqual(store.descendants(national).sort());
    for (const task of store.descendants(national)) expect(graph.hasNode(task.slice(0, task.indexOf(":")))).toBe(true);
  });

  it("draws plan-level lineage: every plan, no task", () => {
    const graph = store.graph({ level: "plan" });
    expect(graph.filterNodes((_, a) => a.kind === "task")).toEqual([]);
    for (const plan of corpus) expect(graph.getNodeAttributes(plan.id)).toMatchObject({ kind: "plan", loaded: true });
    expect(graph.hasEdge("derives-from:xa-c-2023->huyen-b-2022")).toBe(true);
    expect(sorted(graph)).toEqual(sorted(lineage(corpus, { tasks: false })));
  });

  it("says which plan or task it does not know, with typed errors", () => {
    expect(() => store.links("nope")).toThrow(PlanNotFoundError);
    expect(() => store.descendants("qd-06-2022:IX.99")).toThrow(TaskNotFoundError);
    expect(() => store.ancestors("hue-2022:99.9")).toThrow(TaskNotFoundError);
    expect(() => store.ancestors("nope:1")).toThrow(PlanNotFoundError);
    expect(() => linkCorpus(["hue-2022", "hue-2022"])).toThrow(PlanValidationError);
    expect(() => coverage("hue-2022", { links: store.links("hue-2026") })).toThrow(Dean06Error);
  });
});

describe("linkCorpus with options", () => {
  it("passes the target, overrides and thresholds to link(), and takes any iterable", () => {
    const options: LinkOptions = {
      overrides: { pin: [{ local: "hue-2026:19", national: "qd-06-2022:II.4", note: "checked" }], forbid: [{ local: "hue-2022:VI.12", national: "qd-06-2022:V.11" }] },
      thresholds: { link: 0.5 },
    };
    function* some() {
      yield "hue-2022";
      yield "hue-2026";
    }
    const store = linkCorpus(some(), options);
    for (const id of ["hue-2022", "hue-2026"]) expect(JSON.stringify(store.links(id))).toBe(JSON.stringify(link(id, options)));
    expect(store.ancestors("hue-2026:19")).toContain("qd-06-2022:II.4");
    const toParent = linkCorpus(["hue-2026"], { to: "hue-2022" });
    expect(toParent.links("hue-2026")).toEqual(link("hue-2026", { to: "hue-2022" }));
    expect(toParent.coverage("hue-2026").toJSON()).toBe(coverage("hue-2026", { to: "hue-2022" }).toJSON());
  });
});

describe("linkStoreBuilder", () => {
  it("stores results linked elsewhere (workers, another process) as linkCorpus stores its own", () => {
    const corpus = [...locals, ...family()];
    // results made by other linkers, as worker threads would make them, copied as messages are
    const results = corpus.map((plan) => structuredClone(JSON.parse(JSON.stringify(createLinker(rootPlan).link(plan)))) as LinkResult);
    const builder = linkStoreBuilder();
    corpus.forEach((plan, k) => builder.add(plan, results[k]!));
    const built = builder.finish();
    const own = linkCorpus(corpus);
    for (const plan of corpus) expect(JSON.stringify(built.links(plan))).toBe(JSON.stringify(own.links(plan)));
    expect(built.descendants("qd-06-2022:V.11")).toEqual(own.descendants("qd-06-2022:V.11"));
  });

  it("refuses what does not belong: a result of another plan or target, a task neither has, a second plan of one id, adding after finishing", () => {
    const [a, b] = [locals[0]!, locals[1]!];
    const builder = linkStoreBuilder();
    expect(() => builder.add(a, link(b))).toThrow(PlanValidationError);
    expect(() => builder.add(a, link(a, { to: "hue-2022" }))).toThrow(PlanValidationError);
    const result = link(a);
    expect(() => builder.add(a, { ...result, links: [{ ...result.links[0]!, local: `${a.id}:nowhere` }] })).toThrow(TaskNotFoundError);
    builder.add(a, result);
    expect(() => builder.add(a, result)).toThrow(/a second plan with id/);
    builder.finish();
    expect(() => builder.add(b, link(b))).toThrow(/finished/);
  });
});

describe("EvidenceTable", () => {
  it("gives back any evidence it was given", () => {
    const ids = rootPlan.tasks.map((t) => t.id);
    const evidence = fc.record({
      sharedTerms: fc.array(fc.string(), { maxLength: 4 }),
      components: fc.dictionary(
        fc.string({ minLength: 1 }).filter((k) => !k.includes("\u0000") && k !== "__proto__"),
        fc.oneof(
          fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
          fc.double({ noNaN: true }),
        ),
        { maxKeys: 10 },
      ),
      runnersUp: fc.array(
        fc.record({
          national: fc.constantFrom(...ids),
          score: fc.oneof(
            fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
        }),
        { maxLength: 3 },
      ),
      origin: fc.constantFrom("matched" as const, "pinned" as const),
      summary: fc.string({ unit: "grapheme" }),
    });
    fc.assert(
      fc.property(fc.array(evidence, { maxLength: 20 }), (list) => {
        const table = new EvidenceTable(
          (id) => ids.indexOf(id),
          (i) => ids[i]!,
        );
        const rows = list.map((e) => table.add(e));
        table.trim();
        expect(rows.map((r) => table.get(r))).toEqual(list);
      }),
    );
  });
});
