import { describe, expect, it } from "vitest";
import { ancestors, Dean06Error, descendants, filterLineage, lineage, planLevel, planLineage, sectionLineage, subgraph, taskLineage } from "../../src/index";

const graph = lineage();
const kinds = (g: ReturnType<typeof lineage>, kind: string) => g.filterNodes((_, a) => a.kind === kind).sort();

describe("lineage filters", () => {
  it("taskLineage: the task, what it implements and what carries it, with their plans up to the root", () => {
    const view = taskLineage(graph, "qd-06-2022:V.11");
    const expectedTasks = ["qd-06-2022:V.11", ...descendants(graph, "qd-06-2022:V.11", { kind: "task" })].sort();
    expect(kinds(view, "task")).toEqual(expectedTasks);
    for (const plan of ["qd-06-2022", "hue-2022", "thua-thien-hue-80-2022", "bac-giang-2022"]) expect(view.hasNode(plan), plan).toBe(true);
    expect(view.hasNode("ninh-hoa-2022")).toBe(false);
    expect(kinds(view, "document")).toEqual([]);
    expect(view.filterEdges((_, a) => a.type === "cites")).toEqual([]);
    expect(view.hasEdge("implements:hue-2022:VI.12->qd-06-2022:V.11")).toBe(true);
    expect(view.getAttribute("title")).toBe("Lineage of qd-06-2022:V.11");
    expect(graph.getAttribute("title")).toBeUndefined(); // the source graph is untouched
  });

  it("taskLineage of a local task: up to the national task, and the plans", () => {
    const view = taskLineage(graph, "hue-2022:VI.12");
    expect(kinds(view, "task")).toEqual(["hue-2022:VI.12", ...ancestors(graph, "hue-2022:VI.12", { kind: "task" }), ...descendants(graph, "hue-2022:VI.12", { kind: "task" })].sort());
    expect(view.hasNode("thua-thien-hue-80-2022")).toBe(true);
  });

  it("planLineage: every task of the plan, the national tasks they implement, the parents", () => {
    const view = planLineage(graph, "ninh-hoa-2022");
    const own = kinds(view, "task").filter((t) => t.startsWith("ninh-hoa-2022:"));
    expect(own).toHaveLength(32);
    const national = new Set(graph.filterEdges((_, a, s) => a.type === "implements" && s.startsWith("ninh-hoa-2022:")).map((e) => graph.target(e)));
    expect(kinds(view, "task").filter((t) => !t.startsWith("ninh-hoa-2022:"))).toEqual([...national].sort());
    expect(kinds(view, "plan")).toEqual(["khanh-hoa-1403-2022", "ninh-hoa-2022", "qd-06-2022"]);
    expect(planLineage(graph, "ninh-hoa-2022", { cites: true }).hasEdge("cites:ninh-hoa-2022->khanh-hoa-1403-2022")).toBe(true);
  });

  it("planLineage of hue-2026 includes the hue-2022 tasks it implements (multi-hop)", () => {
    const view = planLineage(graph, "hue-2026");
    expect(kinds(view, "task").some((t) => t.startsWith("hue-2022:"))).toBe(true);
    expect(view.hasEdge("derives-from:hue-2026->hue-2022")).toBe(true);
  });

  it("sectionLineage: the national section's tasks and every task carrying them", () => {
    const view = sectionLineage(graph, "V");
    const national = kinds(view, "task").filter((t) => t.startsWith("qd-06-2022:"));
    expect(national).toEqual(graph.filterNodes((_, a) => a.kind === "task" && a.plan === "qd-06-2022" && a.section === "V").sort());
    expect(view.hasNode("hue-2022:VI.12")).toBe(true);
    for (const task of kinds(view, "task").filter((t) => !t.startsWith("qd-06-2022:"))) {
      expect(
        national.some((n) => descendants(graph, n).includes(task)),
        task,
      ).toBe(true);
    }
    expect(() => sectionLineage(graph, "XX")).toThrow(Dean06Error);
    expect(() => sectionLineage(graph, "XX")).toThrow(/sections: I, II, III, IV, V, VI/);
  });

  it("planLevel: the plans and derives-from edges only (cited documents on request)", () => {
    const view = planLevel(graph);
    expect(view.order).toBe(10);
    expect(view.filterEdges((_, a) => a.type !== "derives-from")).toEqual([]);
    expect(view.size).toBe(11);
    const docs = planLevel(graph, { documents: true });
    expect(docs.hasNode("nd-107-2021")).toBe(true);
    expect(docs.hasEdge("cites:hue-2022->nd-107-2021")).toBe(true);
  });

  it("subgraph and filterLineage", () => {
    expect(subgraph(graph, ["hue-2022", "thua-thien-hue-80-2022"]).edges().sort()).toEqual(["cites:hue-2022->thua-thien-hue-80-2022", "derives-from:hue-2022->thua-thien-hue-80-2022"]);
    expect(filterLineage(graph, { task: "qd-06-2022:V.11", plan: "hue-2022" }).getAttribute("title")).toBe("Lineage of qd-06-2022:V.11");
    expect(filterLineage(graph, { plansOnly: true }).order).toBe(10);
    expect(filterLineage(graph, {})).toBe(graph);
    expect(() => planLineage(graph, "nope")).toThrow(Dean06Error);
  });
});
