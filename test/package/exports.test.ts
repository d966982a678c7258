import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json";
import { plans as SEED_PLANS } from "../../seeds/index.cjs";

// These run the built package (test/build-dist.ts builds it when stale).
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const dist = here("../../dist");
const run = async (file: string) => JSON.parse((await promisify(execFile)(process.execPath, [here(file)], { encoding: "utf8" })).stdout);
const subpaths = Object.keys(pkg.exports).filter((key) => key !== "./package.json");
const parts = subpaths.filter((key) => key !== ".").map((key) => key.slice(2));

describe("the built package", () => {
  it("has ESM, CJS and both type entry points for the root and every part, and the CLI", () => {
    expect(parts).toEqual(["model", "text", "deadline", "corpus", "import", "match", "analysis", "lineage", "render"]);
    for (const name of ["index", ...parts]) {
      for (const ext of [".js", ".cjs", ".d.ts", ".d.cts"]) expect(existsSync(`${dist}/${name}${ext}`), `${name}${ext}`).toBe(true);
    }
    expect(existsSync(`${dist}/cli.js`)).toBe(true);
    expect(readFileSync(`${dist}/cli.js`, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it.concurrent.each(["smoke.mjs", "smoke.cjs"])("loads the corpus from %s", async (file) => {
    expect(await run(file)).toEqual({
      ids: ["qd-06-2022", "bac-giang-2022", "hue-2022", "ninh-hoa-2022", "hcmc-2024", "hue-2026"],
      root: 52,
      hue: 52,
      q1: "2022-03-31",
      sameClass: true,
      sameRoot: true,
    });
  });

  it("holds no copy of the corpus data (the seed files are read at run time) and no source maps", () => {
    const files = readdirSync(dist);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    const taskText = (SEED_PLANS[5]!.load() as { tasks: { text: string }[] }).tasks[3]!.text;
    // as esbuild writes it: \xHH up to U+00FF, \uHHHH beyond
    const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).toUpperCase().padStart(width, "0");
    const escaped = taskText.replace(/[^\x20-\x7e]/g, (c) => (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
    for (const file of files) {
      const code = readFileSync(`${dist}/${file}`, "utf8");
      expect(code.includes(taskText) || code.includes(escaped), file).toBe(false);
    }
  });

  it("loads Node built-ins only in the CLI, or on demand (the library runs in Deno, browsers and bundlers)", () => {
    // A module-level import or require of a built-in would fail where there is none; a dynamic
    // import() inside a function that reads files (importPlanFile) runs only when that is called.
    const moduleLevel = /^(?:import [^;]*?from |var \w+ = (?:__toESM\()?require\()["'](?:node:[\w/]+|fs|path|util|os|url|child_process)["']/m;
    expect(moduleLevel.test('import { readFile } from "node:fs/promises";')).toBe(true);
    expect(moduleLevel.test('var import_fs = require("fs");')).toBe(true);
    expect(moduleLevel.test('import {\n  readFile,\n  writeFile\n} from "node:fs/promises";')).toBe(true);
    expect(moduleLevel.test('  const { readFile } = await import("node:fs/promises");')).toBe(false);
    const library = readdirSync(dist).filter((f) => /\.c?js$/.test(f) && f !== "cli.js");
    for (const file of library) expect(readFileSync(`${dist}/${file}`, "utf8"), file).not.toMatch(moduleLevel);
    expect(readFileSync(`${dist}/cli.js`, "utf8")).toMatch(moduleLevel);
  });
});
