import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { executeUntilComplete, NOTEBOOK, type Notebook, normalisedOutputs, notebookHtml } from "../../scripts/notebook";

// Slow (npm run test:slow). Executes examples/coverage.ipynb headless with real Jupyter (Debian's jupyter-nbconvert) and
// Deno's kernel (the `deno` npm package), against the local build, and compares its outputs with
// the committed ones (`npm run notebook` writes them). .ci/run installs Jupyter; on a machine
// without it those tests are skipped, except in CI where its absence is a failure.
const hasJupyter = spawnSync("jupyter-nbconvert", ["--version"], { encoding: "utf8" }).status === 0;
const committed = JSON.parse(readFileSync(NOTEBOOK, "utf8")) as Notebook;
const joined = (text: unknown) => [text ?? ""].flat().join("");

describe("examples/coverage.ipynb", () => {
  it("needs Jupyter in CI", () => {
    if (process.env.CI) expect(hasJupyter, "jupyter-nbconvert must be installed in CI (see .ci/run)").toBe(true);
  });

  it("is committed with an output for every code cell, the lineage picture displayed without a wrapper", () => {
    const code = committed.cells.filter((c) => c.cell_type === "code");
    expect(code.filter((c) => (c.outputs ?? []).length === 0).map((c) => joined(c.source).slice(0, 60))).toEqual([]);
    const svgCell = code.find((c) => /^\s*(\/\/.*\n)*await toSVG\(/.test(joined(c.source)))!;
    expect(joined(svgCell.outputs![0]!.data!["image/svg+xml"])).toMatch(/^<svg/);
    expect(joined(code.find((c) => joined(c.source).startsWith('coverage("hue-2022")'))!.outputs![0]!.data!["text/html"])).toContain("dean06-report");
  });

  it.skipIf(!hasJupyter)(
    "exports to HTML with jupyter nbconvert, pictures included",
    () => {
      const html = notebookHtml(NOTEBOOK, mkdtempSync(join(tmpdir(), "dean06-nbhtml-")));
      expect(html).toContain("Coverage of hue-2022");
      // the lineage picture and the waterfall are drawn (nbconvert 6 keeps only the text of an image/svg+xml output)
      expect(html).toMatch(/<svg[^>]*>[\s\S]*<title>hue(?:-|&#45;)2022:VI\.12<\/title>[\s\S]*?<polygon/);
      expect(html).toMatch(/<svg[^>]*>\s*<title>Score of [\s\S]*?<rect/);
    },
    120_000,
  );

  it.skipIf(!hasJupyter)(
    "runs in Deno's Jupyter kernel without errors, and its committed outputs are current",
    () => {
      // Deno's kernel can drop an asynchronous cell's late result under load: a run whose outputs differ
      // from the committed ones is tried again (three runs in all), so only a stale notebook fails
      let notebook = executeUntilComplete(mkdtempSync(join(tmpdir(), "dean06-notebook-"))).notebook;
      for (let retry = 0; retry < 2 && JSON.stringify(normalisedOutputs(notebook)) !== JSON.stringify(normalisedOutputs(committed)); retry++) {
        notebook = executeUntilComplete(mkdtempSync(join(tmpdir(), "dean06-notebook-"))).notebook;
      }
      const outputs = notebook.cells.flatMap((c) => c.outputs ?? []);
      expect(outputs.filter((o) => o.output_type === "error").map((o) => o.ename)).toEqual([]);
      const html = outputs.filter((o) => o.data?.["text/html"]);
      expect(html.length).toBeGreaterThanOrEqual(4); // hue-2022, hcmc-2024, matrix, compare
      expect(joined(html[0]!.data!["text/html"])).toMatch(/Coverage of hue-2022/);
      expect(outputs.some((o) => joined(o.data?.["image/svg+xml"]).startsWith("<svg"))).toBe(true);
      expect(outputs.some((o) => o.output_type === "stream")).toBe(true);
      expect(outputs.some((o) => /^Links of hue-2026 .*\n\n\| local \| national \|/.test(joined(o.data?.["text/markdown"])))).toBe(true);
      // `npm run notebook` brings the committed outputs up to date
      expect(normalisedOutputs(notebook)).toEqual(normalisedOutputs(committed));
    },
    1_260_000,
  );
});
