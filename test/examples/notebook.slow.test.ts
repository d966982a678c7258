import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// Slow (npm run test:slow). Executes examples/coverage.ipynb headless with real Jupyter (Debian's jupyter-nbconvert) and
// Deno's kernel (the `deno` npm package), against the local build. .ci/run installs Jupyter; on
// a machine without it the test is skipped, except in CI where its absence is a failure.
const root = fileURLToPath(new URL("../..", import.meta.url));
const hasJupyter = spawnSync("jupyter-nbconvert", ["--version"], { encoding: "utf8" }).status === 0;

describe("examples/coverage.ipynb", () => {
  it("needs Jupyter in CI", () => {
    if (process.env.CI) expect(hasJupyter, "jupyter-nbconvert must be installed in CI (see .ci/run)").toBe(true);
  });

  it.skipIf(!hasJupyter)("runs in Deno's Jupyter kernel with HTML and SVG outputs and no errors", async () => {
    const scratch = mkdtempSync(join(tmpdir(), "dean06-notebook-"));
    // A kernelspec of our own, so the test uses this checkout's deno and leaves the user's Jupyter alone.
    const kernelDir = join(scratch, "jupyter", "kernels", "deno");
    mkdirSync(kernelDir, { recursive: true });
    writeFileSync(
      join(kernelDir, "kernel.json"),
      JSON.stringify({ argv: [join(root, "node_modules", ".bin", "deno"), "jupyter", "--kernel", "--conn", "{connection_file}"], display_name: "Deno", language: "typescript" }),
    );
    type Output = { output_type: string; data?: Record<string, unknown>; ename?: string };
    const execute = async (attempt: number): Promise<Output[]> => {
      const output = join(scratch, `executed-${attempt}.ipynb`);
      await promisify(execFile)(
        "jupyter-nbconvert",
        ["--to", "notebook", "--execute", join(root, "examples", "coverage.ipynb"), "--output", output, "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.iopub_timeout=120", "--ExecutePreprocessor.kernel_name=deno"],
        { cwd: join(root, "examples"), env: { ...process.env, JUPYTER_PATH: join(scratch, "jupyter"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" }, timeout: 400_000, maxBuffer: 64 * 2 ** 20 },
      );
      const notebook = JSON.parse(readFileSync(output, "utf8")) as { cells: { outputs?: Output[] }[] };
      return notebook.cells.flatMap((c) => c.outputs ?? []);
    };
    // (nbformat keeps a multi-line output as its lines)
    const linksShown = (o: Output) => /^Links of hue-2026 .*\n\n\| local \| national \|/.test([o.data?.["text/markdown"] ?? ""].flat().join(""));
    const complete = (outputs: Output[]) => outputs.filter((o) => o.data?.["text/html"]).length >= 4 && outputs.some((o) => o.data?.["image/svg+xml"]) && outputs.some(linksShown);
    // Under heavy load Deno's kernel (2.9) can publish a cell's result after reporting idle, and
    // nbclient then drops it. An error is never retried; a dropped output is, up to three runs.
    let outputs = await execute(1);
    for (let attempt = 2; attempt <= 3 && !complete(outputs) && !outputs.some((o) => o.output_type === "error"); attempt++) outputs = await execute(attempt);
    expect(outputs.filter((o) => o.output_type === "error").map((o) => o.ename)).toEqual([]);
    const html = outputs.filter((o) => o.data?.["text/html"]);
    expect(html.length).toBeGreaterThanOrEqual(4); // hue-2022, hcmc-2024, matrix, compare
    expect(String(html[0]!.data!["text/html"])).toMatch(/Coverage of hue-2022/);
    expect(outputs.some((o) => String(o.data?.["image/svg+xml"] ?? "").includes("<svg"))).toBe(true);
    expect(outputs.some((o) => o.output_type === "stream")).toBe(true);
    expect(outputs.some(linksShown)).toBe(true);
  }, 1_260_000);
});
