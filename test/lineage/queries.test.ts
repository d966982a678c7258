import { describe, expect, it } from "vitest";
import { ancestors, carriers, citedDocuments, citingPlans, Dean06Error, descendants, LineageNodeNotFoundError, lineage, pathToRoot, upwardView } from "../../src/index";

const graph = lineage();

/** Every local task with an implements path to the target (computed by hand, without the queries). */
function implementersOf(target: string): Set<string> {
  const found = new Set<string>();
  const queue = [target];
  for (let node = queue.shift(); node; node = queue.shift()) {
    graph.forEachInEdge(node, (_, a, source) => {
      if (a.type === "implements" && !found.has(source)) {
        found.add(source);
        queue.push(source);
      }
    });
  }
  return found;
}

describe("descendants", () => {
  it("lists the local tasks that carry national task V.11 (implements edges followed backwards)", () => {
    const below = descendants(graph, "qd-06-2022:V.11");
    expect(below).toContain("hue-2022:VI.12");
    expect(new Set(below)).toEqual(implementersOf("qd-06-2022:V.11"));
    const hcmc = graph.filterInNeighbors("qd-06-2022:V.11", (n) => n.startsWith("hcmc-2024:"));
    for (const task of hcmc) expect(below).toContain(task); // the hcmc-2024 task, if the linker links one
    for (const key of below) expect(graph.getNodeAttribute(key, "kind")).toBe("task");
  });

  it("of a plan: its tasks, the plans deriving from it and their tasks", () => {
    const below = descendants(graph, "khanh-hoa-1403-2022");
    expect(below).toContain("ninh-hoa-2022");
    expect(below).toContain("ninh-hoa-2022:1.1");
    expect(below).not.toContain("hue-2022");
    expect(descendants(graph, "thua-thien-hue-80-2022", { kind: "plan" })).toEqual(["hue-2022", "hue-2026"]);
  });
});

describe("ancestors", () => {
  it("of a local task: the national task it implements, its plan and the plans up to the root", () => {
    const up = ancestors(graph, "hue-2022:VI.12");
    expect(up).toContain("qd-06-2022:V.11");
    expect(up).toContain("hue-2022");
    expect(up).toContain("thua-thien-hue-80-2022");
    expect(up).toContain("qd-06-2022");
    expect(up).not.toContain("hue-2022:VI.12");
    expect(ancestors(graph, "hue-2022:VI.12", { kind: "task" })).toContain("qd-06-2022:V.11");
  });

  it("of a plan: its parents up to the root, nearest first", () => {
    expect(ancestors(graph, "ninh-hoa-2022")).toEqual(["khanh-hoa-1403-2022", "qd-06-2022"]);
    expect(ancestors(graph, "hcmc-2024")).toEqual(["hcmc-922-2022", "ct-04-2024", "qd-06-2022"]);
    expect(ancestors(graph, "hue-2026")).toEqual(["hue-2022", "qd-06-2022", "thua-thien-hue-80-2022"]);
    expect(ancestors(graph, "qd-06-2022")).toEqual([]);
  });

  it("climbs to cited documents only when asked", () => {
    expect(ancestors(graph, "ninh-hoa-2022", { via: ["cites"] })).toEqual(["khanh-hoa-1403-2022", "nd-137-2015", "qd-34-2021", "qd-1911-2021"]);
    expect(upwardView(graph).hasEdge("hue-2022:VI.12", "hue-2022")).toBe(true);
    expect(upwardView(graph).hasEdge("hue-2022", "hue-2022:VI.12")).toBe(false);
  });

  it("throws a LineageNodeNotFoundError (a Dean06Error) for an unknown key", () => {
    expect(() => ancestors(graph, "nope:1")).toThrow(LineageNodeNotFoundError);
    expect(() => descendants(graph, "nope:1")).toThrow(Dean06Error);
  });
});

describe("pathToRoot", () => {
  /** Each step goes up: along implements / derives-from, or from a task to its plan. */
  const isStepUp = (from: string, to: string) =>
    graph.edges(from, to).some((e) => ["implements", "derives-from"].includes(graph.getEdgeAttribute(e, "type"))) || graph.hasEdge(`contains:${to}->${from}`);

  it("goes from a hue-2026 task through the hue-2022 task it implements to the national task and the root", () => {
    const score = (edge: string) => {
      const a = graph.getEdgeAttributes(edge);
      return a.type === "implements" ? a.score : 0;
    };
    const start = graph
      .filterNodes((_, a) => a.kind === "task" && a.plan === "hue-2026")
      .find((key) => {
        const best = graph.filterOutEdges(key, (_, a) => a.type === "implements").sort((x, y) => score(y) - score(x))[0];
        return best !== undefined && graph.target(best).startsWith("hue-2022:");
      });
    expect(start).toBeDefined();
    const path = pathToRoot(graph, start!)!;
    expect(path[0]).toBe(start);
    expect(path[1]).toMatch(/^hue-2022:/);
    expect(path.at(-1)).toBe("qd-06-2022");
    for (let i = 1; i < path.length; i++) expect(isStepUp(path[i - 1]!, path[i]!), `${path[i - 1]} → ${path[i]}`).toBe(true);
  });

  it("follows the task lineage from a local task and the plan lineage from a plan", () => {
    expect(pathToRoot(graph, "hue-2022:VI.12")).toEqual(["hue-2022:VI.12", "qd-06-2022:V.11", "qd-06-2022"]);
    expect(pathToRoot(graph, "ninh-hoa-2022")).toEqual(["ninh-hoa-2022", "khanh-hoa-1403-2022", "qd-06-2022"]);
    expect(pathToRoot(graph, "qd-06-2022")).toEqual(["qd-06-2022"]);
    for (const key of graph.filterNodes((_, a) => a.kind === "task")) {
      const path = pathToRoot(graph, key);
      expect(path?.at(-1), key).toBe("qd-06-2022");
    }
  });

  it("is null from a cited document (nothing leads up from it)", () => {
    expect(pathToRoot(graph, "nd-107-2021")).toBeNull();
  });
});

describe("carriers, citingPlans, citedDocuments", () => {
  it("gives the wording and deadline of every task that carries V.11", () => {
    const rows = carriers(graph, "qd-06-2022:V.11");
    const hue = rows.find((r) => r.task === "hue-2022:VI.12");
    expect(hue).toMatchObject({ plan: "hue-2022", ref: "VI.12", deadline: "Quý I năm 2022", deadlineEnd: "2022-03-31", implements: "qd-06-2022:V.11", depth: 1 });
    expect(hue!.text).toMatch(/hộ tịch điện tử/);
    expect(rows.map((r) => r.task).sort()).toEqual(descendants(graph, "qd-06-2022:V.11").sort());
  });

  it("finds the plans citing a document, by key or by code", () => {
    expect(citingPlans(graph, "khanh-hoa-1403-2022")).toEqual(["ninh-hoa-2022"]);
    expect(citingPlans(graph, "1911/QĐ-TTg").sort()).toEqual(["bac-giang-2022", "hue-2022", "ninh-hoa-2022"]);
    expect(citingPlans(graph, "06/QĐ-TTg").sort()).toEqual(["bac-giang-2022", "hcmc-2024", "hue-2022", "hue-2026"]);
    expect(citingPlans(graph, "999/XX-YY")).toEqual([]);
    expect(citedDocuments(graph, "hcmc-2024")).toContain("ct-04-2024");
  });
});
