import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { version } from "../../package.json";
import { FileProblem, type FileSystem, MAX_INPUT_BYTES, readInputFile } from "../../src/cli/files";
import { rawArguments } from "../../src/cli/io";
import { closest } from "../../src/cli/suggest";
import { dean06 } from "./run-cli";

const scratch = () => mkdtempSync(join(tmpdir(), "dean06-args-"));

/** Exit code 2, nothing on stdout, exactly one line on stderr matching `message`, no stack trace. */
async function refused(args: readonly (string | Buffer)[], message: RegExp, io: Parameters<typeof dean06>[1] = {}) {
  const { status, stdout, stderr } = await dean06(args, io);
  expect(stderr).toMatch(message);
  expect(stderr.endsWith("\n") && stderr.indexOf("\n") === stderr.length - 1, `one line: ${JSON.stringify(stderr)}`).toBe(true);
  expect(stderr).toMatch(/^dean06: /);
  expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  expect(stdout).toBe("");
  expect(status).toBe(2);
}

describe("terminal safety of what the CLI prints", () => {
  it("makes controls in an error message visible, on one line (a file name with ESC, BEL and a line break)", async () => {
    await refused(["coverage", "nope\u001b]0;owned\u0007\n.txt"], /cannot read nope␛\]0;owned␇[␊ ]\.txt \(no such file\)/);
  });

  it("prints no C1 control in JSON output (a plan file's are removed at import; any other is written as a \\u escape)", async () => {
    const dir = scratch();
    const plan = JSON.parse(JSON.stringify((await import("../../src/corpus/index")).getPlan("ninh-hoa-2022")));
    plan.tasks[0].notes = ["CSI \u009b2J here"];
    writeFileSync(join(dir, "p.json"), JSON.stringify(plan));
    const { status, stdout } = await dean06(["import", join(dir, "p.json"), "--format", "json"]);
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/[\u0080-\u009f]/);
    expect(JSON.parse(stdout).tasks[0].notes).toEqual(["CSI 2J here"]);
  });
});

describe("overrides files are read as plan files are", () => {
  it("takes one saved with a byte-order mark, and refuses one in a legacy encoding in one line", async () => {
    const dir = scratch();
    const bom = join(dir, "bom.json");
    writeFileSync(bom, `\ufeff${JSON.stringify({ pin: [{ local: "19", national: "II.4" }] })}`);
    expect((await dean06(["links", "hue-2026", "--overrides", bom, "--format", "json"])).status).toBe(0);
    const latin1 = join(dir, "latin1.json");
    writeFileSync(latin1, Buffer.from('{ "pin": [{ "local": "19", "national": "II.4", "note": "vi\u00e9t" }] }', "latin1"));
    await refused(["links", "hue-2026", "--overrides", latin1], /cannot read overrides .*latin1\.json \(.*UTF-8/);
  });
});

describe("dean06 help, --version and usage", () => {
  it("prints its version with --version (and -v)", async () => {
    for (const flag of ["--version", "-v"]) expect(await dean06([flag])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("prints the overview with help and --help, on stdout with exit 0", async () => {
    for (const args of [["help"], ["--help"], ["-h"]]) {
      const { status, stdout, stderr } = await dean06(args);
      expect([status, stderr]).toEqual([0, ""]);
      expect(stdout).toMatch(/^dean06 \d+\.\d+\.\d+: coverage, deadline drift and lineage/);
      for (const command of ["coverage", "links", "matrix", "compare", "lineage", "import", "drift", "plans", "summary"]) expect(stdout).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
    }
  });

  it("prints a command's help with help <command> as with <command> --help", async () => {
    for (const command of ["coverage", "links", "matrix", "compare", "lineage", "import", "drift", "plans", "summary"]) {
      const viaHelp = await dean06(["help", command]);
      expect(viaHelp.status).toBe(0);
      expect(viaHelp.stdout).toMatch(new RegExp(`^dean06 ${command}\\b`, "m"));
      expect(viaHelp.stdout).toMatch(/Example/);
      expect(await dean06([command, "--help"])).toEqual(viaHelp);
    }
  });

  it("prints the overview on stderr with exit 2 when run without arguments", async () => {
    const { status, stdout, stderr } = await dean06([]);
    expect([status, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(/^dean06 .*\n\nUsage: dean06 <command> \[options\]/);
  });
});

describe("dean06 suggests what was meant", () => {
  it.each([
    [["covrage", "hue-2022"], /unknown command "covrage"; did you mean "coverage"\?/],
    [["help", "lineaeg"], /unknown command "lineaeg"; did you mean "lineage"\?/],
    [["drift", "hue-2025"], /"hue-2025" is neither a built-in plan id .*; did you mean "hue-2022" or "hue-2026"\?/],
    [["links", "hu-2026"], /did you mean "hue-2026"\?/],
    [["coverage", "hcmc2024"], /did you mean "hcmc-2024"\?/],
    [["links", "hue-2026", "--fromat", "json"], /unknown option --fromat; did you mean --format\?/],
    [["lineage", "--secton", "V"], /unknown option --secton; did you mean --section\?/],
    [["lineage", "--plan", "hue-2062"], /No node "hue-2062" in the lineage graph .*; did you mean "hue-2022" or "hue-2026"\?/],
    [["lineage", "--task", "qd-06-2022:V.111"], /did you mean "qd-06-2022:V.11"\?/],
    [["coverage", "hue-2022", "--format", "jsno"], /unknown format "jsno" for coverage; did you mean "json"\?/],
  ])("%j", async (args, message) => refused(args, message));

  it("suggests nothing when nothing is close", async () => {
    const { stderr } = await dean06(["frobnicate"]);
    expect(stderr).toMatch(/^dean06: unknown command "frobnicate"; commands: coverage, links/);
    expect(stderr).not.toMatch(/did you mean/);
    expect((await dean06(["plans", "--format", "yaml"])).stderr).not.toMatch(/did you mean/);
    expect(closest("zzz", ["coverage", "compare"])).toEqual([]);
    expect(closest("hue", ["hue-2022", "hue-2026"])).toEqual([]); // two plans start so: no guess
    expect(closest("hcmc", ["hue-2022", "hcmc-2024"])).toEqual(["hcmc-2024"]);
    expect(closest("COVERGAE", ["coverage", "compare"])).toEqual(["coverage"]);
  });
});

describe("dean06 refuses every bad argument with one line on stderr and exit code 2", () => {
  it.each([
    [["plans", "--format", "yaml"], /unknown format "yaml" for plans; formats: markdown, json, csv/],
    [["plans", "--bogus"], /unknown option --bogus \(run `dean06 help <command>`/],
    [["plans", "-x"], /unknown option -x/],
    [["coverage", "missing-file.txt"], /cannot read missing-file.txt \(no such file\)/],
    [["plans", "--out", "/no/such/dir/plans.md"], /^dean06: cannot write \/no\/such\/dir\/plans.md \(no such directory\)$/m],
    [["plans", "--out", "."], /^dean06: cannot write \. \(is a directory\)$/m],
    [["plans", "--out", ""], /--out needs a file name/],
    [["drift"], /drift takes one plan/],
    [["compare", "hue-2022"], /compare takes two plans/],
    [["coverage", "hue-2022", "--format", "dot"], /unknown format "dot" for coverage/],
    // extra positional arguments
    [["plans", "extra"], /plans takes no arguments \(got "extra"\)/],
    [["summary", "hue-2022"], /summary takes no arguments/],
    [["coverage", "hue-2022", "hue-2026"], /coverage takes one plan: .* \(got 2: hue-2022 hue-2026\)/],
    [["links", "hue-2026", "x"], /links takes one plan/],
    [["drift", "hue-2022", "x"], /drift takes one plan/],
    [["compare", "hue-2022", "hue-2026", "bac-giang-2022"], /compare takes two plans: .* \(got 3/],
    [["import", "a.txt", "b.txt"], /import takes one file: .* \(got 2: a\.txt b\.txt\)/],
    [["lineage", "hue-2022", "hue-2026"], /lineage takes at most one plan or task id/],
    [["help", "coverage", "links"], /help takes one command at most/],
    // options that do not apply to the command
    [["plans", "--overrides", "x.json"], /plans does not take --overrides \(coverage, links, matrix, compare, lineage, drift do\)/],
    [["coverage", "hue-2022", "--task", "qd-06-2022:V.11"], /coverage does not take --task \(lineage does\); its options: --format, --out, --overrides/],
    [["drift", "hue-2022", "--id", "x"], /drift does not take --id \(import does\)/],
    [["import", "examples/plan-example.txt", "--plan", "hue-2022"], /import does not take --plan \(lineage does\)/],
    [["summary", "--parent", "qd-06-2022"], /summary does not take --parent/],
    // an option given twice
    [["plans", "--format", "json", "--format", "csv"], /--format is given 2 times; give it once/],
    [["coverage", "hue-2022", "-f", "json", "--format=csv"], /--format is given 2 times/],
    [["coverage", "hue-2022", "--out", "a", "-o", "b"], /--out is given 2 times/],
    // options without their value, and options without a command
    [["plans", "--format"], /argument missing/],
    [["--format", "json"], /no command given; commands: coverage, /],
  ])("%j", async (args, message) => refused(args, message));

  it("takes --parent more than once (it is repeatable)", async () => {
    const { status, stdout } = await dean06(["import", "examples/plan-example.csv", "--parent", "a-2022", "--parent", "b-2022", "--format", "json"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).parents).toEqual(["a-2022", "b-2022"]);
  });
});

describe("dean06 reads only regular files of sensible size", () => {
  it("refuses a device (/dev/zero) at once instead of reading it for ever", async () => {
    for (const command of ["import", "coverage", "links", "drift"]) await refused([command, "/dev/zero"], /cannot read \/dev\/zero \(not a regular file \(a device\)\)/);
    await refused(["compare", "hue-2022", "/dev/zero"], /cannot read \/dev\/zero \(not a regular file/);
    await refused(["links", "hue-2026", "--overrides", "/dev/zero"], /cannot read overrides \/dev\/zero \(not a regular file \(a device\)\)/);
  });

  it("refuses a FIFO without opening it (opening one blocks until a writer comes)", async () => {
    const fifo = join(scratch(), "plan.txt");
    execFileSync("mkfifo", [fifo]);
    await refused(["import", fifo], /\(not a regular file \(a pipe\)\)/);
    await refused(["coverage", fifo], /\(not a regular file \(a pipe\)\)/);
  });

  it("refuses a directory and a file over the size limit", async () => {
    await refused(["import", "examples"], /cannot read examples \(is a directory\)/);
    const big = join(scratch(), "big.txt");
    fs.closeSync(fs.openSync(big, "w"));
    fs.truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: no disk used
    await refused(["import", big], /\(too large: 64 MiB, the limit is 64 MiB\)/);
    expect(() => readInputFile(big)).toThrow(FileProblem);
  });
});

describe("dean06 --out writes the whole file or nothing", () => {
  /** A file system whose writes fail with `code` after writing half the text (a disk that fills up). */
  const failing = (code: string, when: "write" | "rename" = "write"): FileSystem => ({
    ...fs,
    writeFileSync: ((file: fs.PathOrFileDescriptor, text: string, options: fs.WriteFileOptions) => {
      if (when === "write") {
        fs.writeFileSync(file, text.slice(0, text.length >> 1), options);
        throw Object.assign(new Error(`${code}: failed`), { code });
      }
      fs.writeFileSync(file, text, options);
    }) as FileSystem["writeFileSync"],
    renameSync: ((from: fs.PathLike, to: fs.PathLike) => {
      if (when === "rename") throw Object.assign(new Error(`${code}: failed`), { code });
      fs.renameSync(from, to);
    }) as FileSystem["renameSync"],
  });

  it.each([
    ["ENOSPC", "write", "no space left on device"],
    ["EFBIG", "write", "file too large"],
    ["EDQUOT", "write", "disk quota exceeded"],
    ["EIO", "rename", "input/output error"],
  ] as const)("keeps the old file and leaves no temporary file when a write fails with %s", async (code, when, reason) => {
    const dir = scratch();
    const out = join(dir, "plans.csv");
    writeFileSync(out, "the previous report\n");
    fs.chmodSync(out, 0o640);
    await refused(["plans", "--format", "csv", "--out", out], new RegExp(`^dean06: cannot write .*plans\\.csv \\(${reason}\\)$`, "m"), { fs: failing(code, when) });
    expect(readFileSync(out, "utf8")).toBe("the previous report\n");
    expect(readdirSync(dir)).toEqual(["plans.csv"]);
    // and a write that succeeds replaces it whole, keeping its permissions
    expect((await dean06(["plans", "--format", "csv", "--out", out])).status).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^plan,code,level/);
    expect(fs.statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["plans.csv"]);
  });

  it("writes through a symbolic link, which stays a link", async () => {
    const dir = scratch();
    fs.mkdirSync(join(dir, "reports"));
    writeFileSync(join(dir, "reports", "plans.csv"), "old\n");
    fs.symlinkSync(join("reports", "plans.csv"), join(dir, "latest.csv"));
    expect((await dean06(["plans", "--format", "csv", "--out", join(dir, "latest.csv")])).status).toBe(0);
    expect(fs.lstatSync(join(dir, "latest.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "reports", "plans.csv"), "utf8")).toMatch(/^plan,code,level/);
    expect(readdirSync(join(dir, "reports"))).toEqual(["plans.csv"]);
  });

  it("writes a relative --out in its working folder", async () => {
    const dir = scratch();
    expect((await dean06(["plans", "--out", "plans.md"], { cwd: dir })).status).toBe(0);
    expect(readFileSync(join(dir, "plans.md"), "utf8")).toMatch(/^\| plan \| code \|/);
  });
});

describe("dean06 opens file names that are not valid UTF-8", () => {
  const latin1 = (dir: string, name: string) => Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name, "latin1")]);

  it("reads and writes them by their bytes", async () => {
    const dir = scratch();
    const plan = latin1(dir, "k\u00e9 ho\u00e1ch.txt"); // "kế hoạch" written by a Latin-1 system: bytes e9, e1
    fs.writeFileSync(plan, readFileSync("examples/plan-example.txt"));
    const imported = await dean06(["import", plan, "--format", "json", "--id", "vi-du"]);
    expect(imported.stderr).toBe("");
    const tasks = JSON.parse((await dean06(["import", "examples/plan-example.txt", "--format", "json", "--id", "vi-du"])).stdout).tasks;
    expect(JSON.parse(imported.stdout).tasks).toEqual(tasks);
    expect((await dean06(["coverage", plan, "--format", "json"])).status).toBe(0);
    const out = latin1(dir, "r\u00e9sum\u00e9.md");
    expect((await dean06(["plans", "--out", out])).status).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toMatch(/^\| plan \|/);
    // relative to the working folder too
    expect((await dean06(["import", Buffer.from("k\u00e9 ho\u00e1ch.txt", "latin1")], { cwd: dir })).status).toBe(0);
  });

  it("names a missing one in the error, its bad bytes as U+FFFD", async () => {
    await refused(["import", Buffer.from("/nowhere/caf\u00e9.txt", "latin1")], /^dean06: cannot read \/nowhere\/caf\uFFFD\.txt \(no such file\)$/m);
  });

  it("recovers the raw bytes of arguments Node decoded as U+FFFD from /proc/self/cmdline", () => {
    const raw = Buffer.concat([Buffer.from("node\0/usr/bin/dean06\0import\0"), Buffer.from("caf\u00e9.txt", "latin1"), Buffer.from("\0")]);
    expect(rawArguments(["node", "/usr/bin/dean06", "import", "caf\uFFFD.txt"], () => raw)).toEqual(["import", Buffer.from("caf\u00e9.txt", "latin1")]);
    // a real U+FFFD in a valid name stays a string; an unreadable cmdline keeps the decoded strings
    const valid = Buffer.from("node\0dean06\0import\0caf\uFFFD.txt\0");
    expect(rawArguments(["node", "dean06", "import", "caf\uFFFD.txt"], () => valid)).toEqual(["import", "caf\uFFFD.txt"]);
    expect(
      rawArguments(["node", "dean06", "import", "caf\uFFFD.txt"], () => {
        throw new Error("no /proc");
      }),
    ).toEqual(["import", "caf\uFFFD.txt"]);
    expect(
      rawArguments(["node", "dean06", "plans"], () => {
        throw new Error("not read");
      }),
    ).toEqual(["plans"]);
  });
});
