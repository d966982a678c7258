import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// These run the built package (npm test builds it first, see "pretest" in package.json).
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const run = (file: string) => JSON.parse(execFileSync(process.execPath, [here(file)], { encoding: "utf8" }));

describe("the built package", () => {
  it("has ESM, CJS and both type entry points", () => {
    for (const file of ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "cli.js"]) {
      expect(existsSync(here(`../../dist/${file}`)), file).toBe(true);
    }
  });

  it.each(["smoke.mjs", "smoke.cjs"])("loads the corpus from %s", (file) => {
    expect(run(file)).toEqual({
      ids: ["qd-06-2022", "bac-giang-2022", "hue-2022", "ninh-hoa-2022", "hcmc-2024", "hue-2026"],
      root: 52,
      hue: 52,
      q1: "2022-03-31",
    });
  });
});
