import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { citedDocumentId, LINEAGE_EDGE_TYPES, type LineageGraph, lineage, toJSON } from "../../src/index";
import { makePlan } from "../helpers";

const graph = lineage();

const edgesOfType = (g: LineageGraph, type: string) =>
  g
    .filterEdges((_, a) => a.type === type)
    .map((e) => `${g.source(e)} -> ${g.target(e)}`)
    .sort();

describe("lineage() over the built-in corpus", () => {
  it("has the root, the five derived plans (loaded) and the four referenced-only parents", () => {
    const loaded = graph.filterNodes((_, a) => a.kind === "plan" && a.loaded).sort();
    expect(loaded).toEqual(["bac-giang-2022", "hcmc-2024", "hue-2022", "hue-2026", "ninh-hoa-2022", "qd-06-2022"]);
    const referenced = graph.filterNodes((_, a) => a.kind === "plan" && !a.loaded).sort();
    expect(referenced).toEqual(["ct-04-2024", "hcmc-922-2022", "khanh-hoa-1403-2022", "thua-thien-hue-80-2022"]);
  });

  it("has exactly the derives-from edges the data states", () => {
    expect(edgesOfType(graph, "derives-from")).toEqual(
      [
        "bac-giang-2022 -> qd-06-2022",
        "ninh-hoa-2022 -> khanh-hoa-1403-2022",
        "khanh-hoa-1403-2022 -> qd-06-2022",
        "hue-2022 -> thua-thien-hue-80-2022",
        "thua-thien-hue-80-2022 -> qd-06-2022",
        "hcmc-2024 -> hcmc-922-2022",
        "hcmc-922-2022 -> qd-06-2022",
        "hcmc-2024 -> ct-04-2024",
        "ct-04-2024 -> qd-06-2022",
        "hue-2026 -> hue-2022",
        "hue-2026 -> qd-06-2022",
      ].sort(),
    );
  });

  it("gives referenced-only plans their level, issuer, date and code", () => {
    expect(graph.getNodeAttributes("khanh-hoa-1403-2022")).toMatchObject({
      kind: "plan",
      loaded: false,
      code: "1403/KH-UBND",
      level: "province",
      issuer: "UBND tỉnh Khánh Hòa",
      date: "2022-02-18",
      origin: "reference",
    });
    expect(graph.getNodeAttributes("thua-thien-hue-80-2022")).toMatchObject({ code: "80/KH-UBND", date: "2022-03-03", level: "province" });
    expect(graph.getNodeAttributes("hcmc-922-2022")).toMatchObject({ code: "922/KH-UBND", date: "2022-03-18" });
    expect(graph.getNodeAttributes("ct-04-2024")).toMatchObject({ code: "04/CT-TTg", documentKind: "Chỉ thị", level: "national", issuer: "Thủ tướng Chính phủ", date: "2024-02-11" });
    expect(graph.getNodeAttributes("hue-2022")).toMatchObject({ kind: "plan", loaded: true, code: "2274/KH-UBND", level: "city", tasks: 52 });
  });

  it("has every edge type, tasks keyed by task id, contains edges plan → task", () => {
    for (const type of LINEAGE_EDGE_TYPES) expect(edgesOfType(graph, type).length, type).toBeGreaterThan(0);
    expect(graph.getNodeAttributes("qd-06-2022:V.11")).toMatchObject({ kind: "task", plan: "qd-06-2022", ref: "V.11", section: "V" });
    expect(graph.hasEdge("contains:hue-2022->hue-2022:VI.12")).toBe(true);
    const tasks = graph.filterNodes((_, a) => a.kind === "task").length;
    expect(tasks).toBe(52 + 51 + 52 + 32 + 47 + 69);
    expect(edgesOfType(graph, "contains")).toHaveLength(tasks);
  });

  it("adds implements edges local → national with the link's score, strength and evidence", () => {
    const edge = graph.getEdgeAttributes("implements:hue-2022:VI.12->qd-06-2022:V.11");
    expect(edge).toMatchObject({ type: "implements", strength: "strong", toPlan: "qd-06-2022", origin: "matched" });
    expect(edge.type === "implements" && edge.score).toBeGreaterThan(0.8);
    expect(edge.type === "implements" && edge.evidence).toMatch(/^score /);
    graph.forEachEdge((_, a, source, target) => {
      if (a.type !== "implements") return;
      expect(graph.getNodeAttribute(source, "kind")).toBe("task");
      expect(graph.getNodeAttribute(target, "kind")).toBe("task");
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(1);
    });
  });

  it("links hue-2026 to its loaded parent hue-2022 as well (multi-hop)", () => {
    const hops = graph.filterEdges((_, a, source) => a.type === "implements" && a.toPlan === "hue-2022" && source.startsWith("hue-2026:"));
    expect(hops.length).toBeGreaterThan(0);
    for (const edge of hops) expect(graph.target(edge)).toMatch(/^hue-2022:/);
    const none = lineage(["hue-2026"], { multiHop: false });
    expect(none.filterEdges((_, a) => a.type === "implements" && a.toPlan === "hue-2022")).toEqual([]);
  });

  it("adds every cited document with cites edges, with the documented ids", () => {
    const cites = edgesOfType(graph, "cites");
    expect(cites).toContain("ninh-hoa-2022 -> khanh-hoa-1403-2022");
    expect(cites).toContain("hcmc-2024 -> ct-04-2024");
    expect(cites).toContain("hue-2026 -> qd-06-2022");
    expect(graph.getNodeAttributes("nd-107-2021")).toMatchObject({ kind: "document", loaded: false, code: "107/2021/NĐ-CP", documentKind: "Nghị định", date: "2021-12-06" });
    for (const id of ["kh-5755-2021", "qd-34-2021", "nq-98-2023", "nq-71-cp", "kh-02-bcdtw", "cv-1552-2022"]) expect(graph.hasNode(id), id).toBe(true);
    for (const plan of ["bac-giang-2022", "hue-2022", "ninh-hoa-2022"]) expect(graph.hasEdge(`cites:${plan}->qd-1911-2021`), plan).toBe(true);
  });

  it("builds from a selection: the given plans, their ancestors in the corpus and the root", () => {
    const small = lineage(["hue-2026"], { links: false });
    const loaded = small.filterNodes((_, a) => a.kind === "plan" && a.loaded).sort();
    expect(loaded).toEqual(["hue-2022", "hue-2026", "qd-06-2022"]);
    expect(small.hasNode("thua-thien-hue-80-2022")).toBe(true);
    expect(small.hasNode("ninh-hoa-2022")).toBe(false);
    expect(small.filterEdges((_, a) => a.type === "implements")).toEqual([]);
  });

  it("follows the options: plan level without tasks, no cited documents", () => {
    const plansOnly = lineage(undefined, { tasks: false, cites: false });
    expect(plansOnly.order).toBe(10);
    expect(plansOnly.filterNodes((_, a) => a.kind !== "plan")).toEqual([]);
    expect(edgesOfType(plansOnly, "derives-from")).toEqual(edgesOfType(graph, "derives-from"));
    expect(plansOnly.size).toBe(11);
    expect(graph.getAttribute("root")).toBe("qd-06-2022");
  });

  it("round-trips through graphology's serialisation (toJSON → import)", () => {
    const copy = MultiDirectedGraph.from(JSON.parse(toJSON(graph)));
    expect(copy.order).toBe(graph.order);
    expect(copy.size).toBe(graph.size);
    expect(copy.getEdgeAttributes("implements:hue-2022:VI.12->qd-06-2022:V.11")).toEqual(graph.getEdgeAttributes("implements:hue-2022:VI.12->qd-06-2022:V.11"));
    expect(copy.getNodeAttributes("khanh-hoa-1403-2022")).toEqual(graph.getNodeAttributes("khanh-hoa-1403-2022"));
    expect(copy.getAttribute("root")).toBe("qd-06-2022");
    const again = new MultiDirectedGraph();
    again.import(JSON.parse(toJSON(graph, 2)));
    expect(again.edges().sort()).toEqual(graph.edges().sort());
  });
});

describe("lineage of other plans (imported or made up)", () => {
  const task = { ref: "1", text: "Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với cơ sở dữ liệu hộ tịch điện tử" };

  it("resolves a citation without ref to a known plan by code and year, and a parent given by derived id", () => {
    const plan = makePlan("vi-du-2024", [task], {
      parents: ["kh-45-2023"],
      cites: [
        { kind: "Kế hoạch", code: "1403/KH-UBND", date: "2022-02-18", issuer: "UBND tỉnh Khánh Hòa", ref: null },
        { kind: "Kế hoạch", code: "45/KH-UBND", date: "2023-05-02", issuer: "UBND tỉnh Ví Dụ", ref: null },
      ],
    });
    const g = lineage([plan], { links: false });
    expect(g.hasEdge("cites:vi-du-2024->khanh-hoa-1403-2022")).toBe(true);
    expect(g.getNodeAttributes("kh-45-2023")).toMatchObject({ kind: "plan", loaded: false, code: "45/KH-UBND", issuer: "UBND tỉnh Ví Dụ", origin: "citation" });
    expect(g.hasEdge("derives-from:vi-du-2024->kh-45-2023")).toBe(true);
    expect(g.hasEdge("cites:vi-du-2024->kh-45-2023")).toBe(true);
    expect(g.outDegree("kh-45-2023")).toBe(0); // no derives-from edge the data does not state
  });

  it("keeps two different documents that would share an id apart, and a parent known only by id", () => {
    const a = makePlan("tinh-a-2022", [task], { parents: ["qd-06-2022", "chua-biet"], cites: [{ kind: "Kế hoạch", code: "12/KH-UBND", date: "2022-01-10", issuer: "UBND tỉnh A", ref: null }] });
    const b = makePlan("tinh-b-2022", [task], { cites: [{ kind: "Kế hoạch", code: "12/KH-UBND", date: "2022-03-01", issuer: "UBND tỉnh B", ref: null }] });
    const g = lineage([a, b], { links: false });
    expect(g.hasNode("kh-12-2022")).toBe(true);
    expect(g.hasNode("kh-12-2022-ubnd-tinh-b")).toBe(true);
    expect(g.getNodeAttributes("kh-12-2022-ubnd-tinh-b")).toMatchObject({ issuer: "UBND tỉnh B" });
    expect(g.getNodeAttributes("chua-biet")).toMatchObject({ kind: "plan", loaded: false, code: null, origin: "id" });
  });
});

describe("citedDocumentId", () => {
  it.each([
    [{ kind: "Kế hoạch", code: "1403/KH-UBND", date: "2022-02-18" }, "kh-1403-2022"],
    [{ kind: "Quyết định", code: "06/QĐ-TTg", date: "2022-01-06" }, "qd-06-2022"],
    [{ kind: "Chỉ thị", code: "04/CT-TTg", date: "2024-02-11" }, "ct-04-2024"],
    [{ kind: "Nghị định", code: "107/2021/NĐ-CP", date: null }, "nd-107-2021"],
    [{ kind: "Thông tư", code: "59/2021/TT-BCA", date: null }, "tt-59-2021"],
    [{ kind: "Nghị quyết", code: "71/NQ-CP", date: null }, "nq-71-cp"],
    [{ kind: "Kế hoạch", code: "02-KH/BCĐTW", date: null }, "kh-02-bcdtw"],
    [{ kind: "Văn bản", code: "123/QĐ-UBND", date: "2023-01-01" }, "vb-123-2023"],
  ])("%o → %s", (citation, id) => {
    expect(citedDocumentId(citation)).toBe(id);
  });
});
