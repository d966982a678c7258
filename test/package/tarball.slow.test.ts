import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pkg from "../../package.json";

// Slow (npm run test:slow): packs the built package (test/build-dist.ts builds it when stale),
// checks the tarball with publint and arethetypeswrong, installs it into a scratch project and
// uses it as a consumer would. Child processes are awaited, never run synchronously.
const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const run = async (command: string, args: string[], cwd: string) =>
  (await promisify(execFile)(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 2 ** 20, env: { ...process.env, NO_COLOR: "1" } })).stdout;

let scratch: string;
let tarball: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "dean06-tarball-"));
  // --ignore-scripts: test/build-dist.ts has built dist (prepack would build it again)
  await run("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", scratch], root);
  tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith(".tgz"))!);
  const consumer = join(scratch, "consumer");
  mkdirSync(consumer, { recursive: true });
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], consumer);
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the packed tarball", () => {
  it("passes publint", async () => {
    expect(await run(bin("publint"), [tarball], scratch)).toMatch(/All good/);
  });

  it("passes arethetypeswrong for node10, node16 (CJS and ESM) and bundlers", async () => {
    const output = await run(bin("attw"), [tarball, "--format", "json"], scratch);
    const report = JSON.parse(output.slice(output.indexOf("{")));
    expect(report.problems).toEqual({});
    expect(report.analysis.problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toEqual(Object.keys(pkg.exports));
  });

  it("installs and works from the CLI, ESM and CommonJS", async () => {
    const consumer = join(scratch, "consumer");
    const plans = JSON.parse(await run(join(consumer, "node_modules", ".bin", "dean06"), ["plans", "--format", "json"], consumer));
    expect(plans).toHaveLength(6);
    writeFileSync(
      join(consumer, "esm.mjs"),
      'import { coverage } from "dean06";\nconsole.log(coverage("hue-2022").services.filter((s) => s.status === "missing").map((s) => s.national).join(","));\n',
    );
    writeFileSync(
      join(consumer, "cjs.cjs"),
      'const { getPlan } = require("dean06");\nconsole.log(getPlan("hue-2026").tasks.length, require("dean06/deadline").parseDeadline("Quý I năm 2022").end);\n',
    );
    expect((await run(process.execPath, ["esm.mjs"], consumer)).trim()).toBe("12,13,14,22");
    expect((await run(process.execPath, ["cjs.cjs"], consumer)).trim()).toBe("69 2022-03-31");
  });
});
