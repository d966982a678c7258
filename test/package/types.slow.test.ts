import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Slow (npm run test:slow; test/build-dist.ts builds dist when stale). Type-checks a consumer
// (test/package/consumer/check.mts) against the built declarations, with skipLibCheck off, as ESM
// and CommonJS under node16 and as ESM under bundler resolution. The consumer sees dean06 as an
// installed package (node_modules/dean06, a link to this checkout).
const root = fileURLToPath(new URL("../..", import.meta.url));
const consumer = fileURLToPath(new URL("consumer", import.meta.url));
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "dean06-types-"));
  mkdirSync(join(scratch, "node_modules"));
  symlinkSync(root, join(scratch, "node_modules", "dean06"), "dir");
  for (const file of ["check.mts", "tsconfig.node16.json", "tsconfig.bundler.json"]) copyFileSync(join(consumer, file), join(scratch, file));
  copyFileSync(join(consumer, "check.mts"), join(scratch, "check.cts"));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Asynchronous, so the test worker stays responsive while tsc works (tens of seconds on a busy machine).
const tsc = async (project: string) => {
  try {
    await promisify(execFile)(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", project], { cwd: scratch, encoding: "utf8" });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout || error);
  }
};

describe("the built declarations, as a consumer compiles them (skipLibCheck: false)", () => {
  it.each(["tsconfig.node16.json", "tsconfig.bundler.json"])(
    "type-check %s without errors",
    async (project) => {
      expect(await tsc(project)).toBe("");
    },
    240_000,
  );
});
