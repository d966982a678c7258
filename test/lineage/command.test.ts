import { XMLValidator } from "fast-xml-parser";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { type LineageCommandInput, lineageCommand } from "../../src/cli/lineage-command";
import { Dean06Error } from "../../src/index";

const run = async (input: Partial<LineageCommandInput>) => lineageCommand.run({ args: [], format: undefined, ...input });

describe("dean06 lineage (command)", () => {
  it("prints the plan level as markdown by default", async () => {
    const out = await run({});
    expect(out).toMatch(/^Plan lineage: 10 plans\./);
    expect(out).toMatch(/\| ninh-hoa-2022 \| 1228\/KH-UBND \|.*\| khanh-hoa-1403-2022 \|/);
    expect(out).toMatch(/\| hcmc-2024 \|.*\| hcmc-922-2022, ct-04-2024 \|/);
  });

  it("prints a task's lineage: path to the root and the tasks carrying it", async () => {
    const out = await run({ task: "qd-06-2022:V.11" });
    expect(out).toMatch(/^Lineage of qd-06-2022:V\.11: qd-06-2022:V\.11 → qd-06-2022\./);
    expect(out).toMatch(/\| hue-2022:VI\.12 \| Quý I năm 2022 \| qd-06-2022:V\.11 \| 0\.\d\d \|/);
    expect(await run({ args: ["hue-2022:VI.12"] })).toMatch(/hue-2022:VI\.12 → qd-06-2022:V\.11 → qd-06-2022/);
  });

  it("prints a plan's and a section's lineage", async () => {
    expect(await run({ plan: "ninh-hoa-2022" })).toMatch(/^Lineage of ninh-hoa-2022: ninh-hoa-2022 → khanh-hoa-1403-2022 → qd-06-2022\. Cites: /);
    expect(await run({ args: ["hue-2022"] })).toMatch(/\| hue-2022:VI\.12 \| qd-06-2022:V\.11 \(0\.\d\d\)/);
    expect(await run({ section: "V" })).toMatch(/\| qd-06-2022:V\.11 \| \d+ \| .*hue-2022/);
  });

  it("writes dot, mermaid, json, gexf and svg", async () => {
    expect(await run({ format: "dot", task: "qd-06-2022:V.11" })).toMatch(/^digraph lineage \{/);
    expect(await run({ format: "mermaid", plan: "hue-2022" })).toMatch(/flowchart (BT|RL)/);
    const json = JSON.parse(await run({ format: "json" }));
    expect(MultiDirectedGraph.from(json).hasNode("qd-06-2022:V.11")).toBe(true); // whole graph
    expect(XMLValidator.validate(await run({ format: "gexf", section: "V" }))).toBe(true);
    const svg = await run({ format: "svg" });
    expect(svg).toContain("<svg");
    expect(svg).toContain("khanh&#45;hoa&#45;1403&#45;2022");
  });

  it("rejects unknown ids, sections, formats and extra arguments with a Dean06Error", async () => {
    await expect(run({ plan: "nope" })).rejects.toThrow(Dean06Error);
    await expect(run({ section: "XX" })).rejects.toThrow(/No section "XX"/);
    await expect(run({ format: "csv" })).rejects.toThrow(/unknown format/);
    await expect(run({ args: ["a", "b"] })).rejects.toThrow(/at most one/);
    expect(lineageCommand.formats).toEqual(["markdown", "dot", "mermaid", "gexf", "json", "svg"]);
  });
});
