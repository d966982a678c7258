import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { version } from "../../package.json";
import { root } from "./run-cli";

// The built executable (dist/cli.js, built by test/build-dist.ts when stale), run as a user runs
// it: one process per command, plus what only a real process shows (exit codes, closed pipes,
// raw argument bytes). Everything else about the CLI is tested in-process (cli.test.ts,
// arguments.test.ts).

const cli = join(root, "dist", "cli.js");

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command line in bash (for pipes and raw bytes), from the repository's folder, without colour. */
function shell(script: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", `set -o pipefail; ${script}`], { cwd: root, env: { ...process.env, DEAN06: cli, FORCE_COLOR: "", NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
const dean06 = (...args: string[]) => shell(`node "$DEAN06" ${args.map(quote).join(" ")}`);

describe.concurrent("dist/cli.js, one process per command", () => {
  it.each([
    [["summary"], /^dean06 corpus: 6 plans/],
    [["plans", "--format", "csv"], /^plan,code,level/],
    [["coverage", "hue-2022"], /^# Coverage of hue-2022/],
    [["links", "hue-2026", "--format", "csv"], /^local,national,/],
    [["drift", "hcmc-2024"], /^Deadline drift of hcmc-2024/],
    [["matrix", "--format", "csv"], /^national,section,bac-giang-2022,hue-2022,ninh-hoa-2022,hcmc-2024,hue-2026/],
    [["compare", "hue-2022", "hue-2026"], /hue-2026 compared with hue-2022/],
    [["lineage", "--task", "qd-06-2022:V.11", "--format", "svg"], /<svg[\s>]/],
  ])("dean06 %j", async (args, expected) => {
    const { status, stdout, stderr } = await dean06(...args);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(expected);
  });

  it("prints its version", async () => {
    expect(await dean06("--version")).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("exits 2 with one line on stderr for a bad argument, and with usage for no argument", async () => {
    const bad = await dean06("covrage", "hue-2022");
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([2, "", expect.stringMatching(/^dean06: unknown command "covrage"; did you mean "coverage"\?[^\n]*\n$/)]);
    const none = await dean06();
    expect([none.status, none.stdout]).toEqual([2, ""]);
    expect(none.stderr).toMatch(/Usage: dean06 <command>/);
  });

  it("exits quietly when its output pipe closes early", async () => {
    // issue 25: these printed a 16-line EPIPE stack trace and exited 1
    const head = await shell(`node "$DEAN06" lineage --format json | head -c 100`);
    expect(head).toEqual({ status: 0, stdout: expect.stringMatching(/^\{/), stderr: "" });
    expect(head.stdout).toHaveLength(100);
    expect(await shell(`node "$DEAN06" links hue-2026 --format json | true`)).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("dean06 import, of a file named in bytes that are not UTF-8 (Latin-1 é)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dean06-smoke-"));
    writeFileSync(Buffer.from(`${dir}/k\u00e9 ho\u00e1ch.csv`, "latin1"), readFileSync(join(root, "examples", "plan-example.csv")));
    const ran = await shell(`node "$DEAN06" import "${dir}/k$(printf '\\351') ho$(printf '\\341')ch.csv" --id vi-du-2024 --format json`);
    expect(ran.stderr).toBe("");
    expect(JSON.parse(ran.stdout)).toMatchObject({ id: "vi-du-2024", source: { method: "imported-csv" } });
  });
});
