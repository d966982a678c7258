import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// Runs each example as a user would, against the build (test/build-dist.ts builds it when stale),
// and checks its output. The processes are awaited (never run synchronously: a worker blocked for
// long misses vitest's RPC deadline), several at a time.
const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);
const example = async (name: string, ...args: string[]) => (await run(process.execPath, [join(root, "examples", name), ...args], { cwd: root, encoding: "utf8" })).stdout;

describe.concurrent("examples/", () => {
  it("coverage-all.mjs summarises every built-in plan and writes an HTML report each", async () => {
    const out = mkdtempSync(join(tmpdir(), "dean06-example-"));
    const output = await example("coverage-all.mjs", out);
    for (const id of ["bac-giang-2022", "hue-2022", "ninh-hoa-2022", "hcmc-2024", "hue-2026"]) {
      expect(output).toMatch(new RegExp(`^${id} +\\d+% covered`, "m"));
      expect(readFileSync(join(out, `${id}.html`), "utf8")).toMatch(/^<!DOCTYPE html>/);
    }
    expect(output).toMatch(/hue-2022 .* services 21\/25/);
  });

  it("drift-hcmc.mjs shows the 2024 re-scheduling", async () => {
    const output = await example("drift-hcmc.mjs");
    expect(output).toMatch(/^hcmc-2024: \d+ links to national tasks, \d+ due later than nationally\./);
    expect(output).toMatch(/Largest delay: \d{3,4} days/);
    expect(output).toMatch(/later/);
  });

  it("link-corpus-workers.mjs links a corpus in worker threads into the store linkCorpus makes", async () => {
    const output = await example("link-corpus-workers.mjs", "24", "2");
    expect(output).toMatch(/^24 plans, \d+ tasks: 2 worker threads \d+ ms, one thread \d+ ms/);
    expect(output).toMatch(/stores equal: true; V\.11 implemented by \d+ local tasks/);
  });

  it("compare-hue.mjs lists what hue-2026 carried over and added", async () => {
    const output = await example("compare-hue.mjs");
    expect(output).toMatch(/^hue-2026 compared with hue-2022: \d+ matched pairs/);
    expect(output).toMatch(/Carried over \(\d+ of 69 tasks of hue-2026\)/);
    expect(output).toMatch(/New in 2026 \(\d+\)/);
  });

  it("lineage-svg.mjs writes the lineage picture of V.11 and lists its carriers", async () => {
    const svgFile = join(mkdtempSync(join(tmpdir(), "dean06-example-")), "v11.svg");
    const output = await example("lineage-svg.mjs", svgFile);
    expect(output).toMatch(/^hue-2022:VI\.12 \(hue-2022, score 0\.\d\d/m);
    expect(output).toMatch(/Picture written to/);
    const svg = readFileSync(svgFile, "utf8");
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg.replace(/&#45;/g, "-")).toContain("qd-06-2022:V.11");
  });

  it("import-plan.mjs imports a plan from text and from CSV and analyses both", async () => {
    const output = await example("import-plan.mjs");
    expect(output).toMatch(/^Text: 45\/KH-UBND, UBND huyện Ví Dụ, issued 2024-03-15, derives from khanh-hoa-1403-2022/);
    expect(output).toMatch(/^CSV: +\d+ tasks in \d+ sections/m);
    expect(output).toMatch(/^vi-du-text-2024: [1-9]\d* links to national tasks/m);
    expect(output).toMatch(/^vi-du-csv-2024: [1-9]\d* links to national tasks/m);
    expect(output).toMatch(/→ qd-06-2022:II\.7/);
  });

  it("runs every script in examples/ (none is left untested)", () => {
    const tested = readFileSync(fileURLToPath(import.meta.url), "utf8");
    const scripts = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".mjs"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect(tested, file).toContain(`example("${file}"`);
  });
});
