import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// These run the built package (test/build-dist.ts builds it when stale).
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const run = async (file: string) => JSON.parse((await promisify(execFile)(process.execPath, [here(file)], { encoding: "utf8" })).stdout);

describe("the built package", () => {
  it("has ESM, CJS and both type entry points", () => {
    for (const file of ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "cli.js"]) {
      expect(existsSync(here(`../../dist/${file}`)), file).toBe(true);
    }
  });

  it.concurrent.each(["smoke.mjs", "smoke.cjs"])("loads the corpus from %s", async (file) => {
    expect(await run(file)).toEqual({
      ids: ["qd-06-2022", "bac-giang-2022", "hue-2022", "ninh-hoa-2022", "hcmc-2024", "hue-2026"],
      root: 52,
      hue: 52,
      q1: "2022-03-31",
    });
  });
});
