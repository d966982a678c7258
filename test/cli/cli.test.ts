import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const dean06 = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { ...process.env, FORCE_COLOR: "", NO_COLOR: "" } });
const dean06With = (env: Record<string, string>, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { ...process.env, ...env } });

/** Checks that `dean06 links hue-2026 --overrides file` refuses a file with this content: exit 2, one line on stderr matching `message`. */
const refusedOverrides = (file: string) => (content: string, message: RegExp) => {
  writeFileSync(file, content);
  const run = dean06("links", "hue-2026", "--overrides", file);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
};

describe("dean06 CLI", () => {
  it("summarises the corpus (the main job)", () => {
    const { status, stdout, stderr } = dean06("summary");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/6 plans/);
    for (const id of ["qd-06-2022", "bac-giang-2022", "hue-2022", "ninh-hoa-2022", "hcmc-2024", "hue-2026"]) expect(stdout).toContain(id);
  });

  it("lists plans as JSON and CSV", () => {
    const json = JSON.parse(dean06("plans", "--format", "json").stdout);
    expect(json.find((p: { id: string }) => p.id === "hue-2026").tasks).toBe(69);
    const csv = dean06("plans", "--format", "csv").stdout.trim().split("\n");
    expect(csv).toHaveLength(7);
    expect(csv[0]).toMatch(/^plan,code,level/);
  });

  it("prints a plan's deadline drift as markdown, JSON and CSV", () => {
    const markdown = dean06("drift", "hcmc-2024");
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/Deadline drift of hcmc-2024/);
    expect(markdown.stdout).toMatch(/\| later \|/);
    const json = JSON.parse(dean06("drift", "hue-2022", "--format", "json").stdout);
    expect(json.some((i: { status: string }) => i.status === "same")).toBe(true);
    const csv = dean06("drift", "hue-2022", "--format", "csv").stdout.trim().split("\n");
    expect(csv[0]).toMatch(/^local,national,score,local_deadline/);
    expect(csv.length).toBe(json.length + 1);
  });

  it("lists a plan's links with their evidence as markdown, JSON and CSV", () => {
    const markdown = dean06("links", "hue-2026");
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/^Links of hue-2026 \(322\/KH-UBND\) to qd-06-2022: \d+ links/);
    expect(markdown.stdout).toContain("| 54 | III.1 |");
    const json = JSON.parse(dean06("links", "hue-2026", "--format", "json").stdout);
    expect(json.plan).toBe("hue-2026");
    const csv = dean06("links", "hue-2026", "--format", "csv").stdout.trim().split("\n");
    expect(csv.length).toBe(1 + json.links.length + json.unlinked.length);
  });

  it("applies an overrides file (task refs or ids) to links, coverage and drift, and refuses a bad one in one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "dean06-overrides-"));
    const file = join(dir, "overrides.json");
    writeFileSync(file, JSON.stringify({ pin: [{ local: "19", national: "II.4" }], forbid: [{ local: "hue-2026:49", national: "qd-06-2022:V.16" }] }));
    const links = JSON.parse(dean06("links", "hue-2026", "--format", "json", "--overrides", file).stdout);
    expect(links.links.find((l: { local: string; national: string }) => l.local === "hue-2026:19" && l.national === "qd-06-2022:II.4").evidence.origin).toBe("pinned");
    expect(links.links.some((l: { local: string; national: string }) => l.local === "hue-2026:49" && l.national === "qd-06-2022:V.16")).toBe(false);
    const coverage = JSON.parse(dean06("coverage", "hue-2026", "--format", "json", "--overrides", file).stdout);
    expect(coverage.items.find((i: { national: string }) => i.national === "qd-06-2022:II.4").status).toBe("covered");
    const drift = JSON.parse(dean06("drift", "hue-2026", "--format", "json", "--overrides", file).stdout);
    expect(drift.some((i: { local: string }) => i.local === "hue-2026:19")).toBe(true);
    const refused = refusedOverrides(file);
    refused(JSON.stringify({ pin: [{ local: "99", national: "II.4" }] }), /cannot pin hue-2026:99 → qd-06-2022:II.4: plan hue-2026 has no task/);
    refused(JSON.stringify({ pin: [{ local: "19" }] }), /pin\.0\.national/);
    refused("{ pin: ", /is not JSON/);
    expect(dean06("links", "hue-2026", "--overrides", join(dir, "none.json")).stderr).toMatch(/cannot read overrides .* \(no such file\)/);
    expect(dean06("plans", "--overrides", file).stderr).toMatch(/plans does not take --overrides \(coverage, links, matrix, compare, lineage, drift do\)/);
  });

  it("reads back a reviewed links CSV as overrides: pin and forbid rows, a pin added on an unlinked task", () => {
    const dir = mkdtempSync(join(tmpdir(), "dean06-review-"));
    const file = join(dir, "review-hue-2026.csv");
    const [header, ...rows] = dean06("links", "hue-2026", "--format", "csv").stdout.trim().split("\n");
    expect(header!.endsWith(",review,note")).toBe(true);
    // the reviewer forbids 49 → V.16, and pins II.4 on the unlinked task 19 (its row's national cell filled)
    const reviewed = rows.map((row) => {
      if (row.startsWith("hue-2026:49,qd-06-2022:V.16,")) return row.replace(/,,$/, ",forbid,not the population-data centre");
      if (row.startsWith("hue-2026:19,,")) return row.replace(/^hue-2026:19,,/, "hue-2026:19,II.4,").replace(/,,$/, ",pin,e-ID login on the DVC portal");
      return row;
    });
    expect(reviewed.filter((row, i) => row !== rows[i])).toHaveLength(2);
    writeFileSync(file, [header, ...reviewed].join("\n"));
    const { links } = JSON.parse(dean06("links", "hue-2026", "--format", "json", "--overrides", file).stdout);
    const pinned = links.find((l: { local: string; national: string }) => l.local === "hue-2026:19" && l.national === "qd-06-2022:II.4");
    expect(pinned.evidence.origin).toBe("pinned");
    expect(pinned.evidence.summary).toContain("e-ID login on the DVC portal");
    expect(links.some((l: { local: string; national: string }) => l.local === "hue-2026:49" && l.national === "qd-06-2022:V.16")).toBe(false);
    const coverage = JSON.parse(dean06("coverage", "hue-2026", "--format", "json", "--overrides", file).stdout);
    expect(coverage.items.find((i: { national: string }) => i.national === "qd-06-2022:II.4").status).toBe("covered");
    const refused = refusedOverrides(file);
    refused("local,national\n19,II.4", /review-hue-2026\.csv: line 1: the review has no review column/);
    refused("local,national,review\n19,II.4,yes", /line 2: review "yes": write pin, forbid or nothing/);
    refused("local,national,review\n19,,pin", /line 2: a pin needs both tasks/);
    refused("", /the review is empty/);
  });

  it("applies the example overrides (examples/overrides-hue-2026.json) with their reasons", () => {
    const example = fileURLToPath(new URL("../../examples/overrides-hue-2026.json", import.meta.url));
    const { links } = JSON.parse(dean06("links", "hue-2026", "--format", "json", "--overrides", example).stdout);
    const pinned = links.filter((l: { evidence: { origin: string } }) => l.evidence.origin === "pinned");
    expect(pinned.map((l: { local: string; national: string }) => `${l.local} ${l.national}`)).toEqual(["hue-2026:19 qd-06-2022:II.4", "hue-2026:51 qd-06-2022:VI.1", "hue-2026:52 qd-06-2022:VI.1"]);
    for (const l of pinned) expect(l.evidence.summary).toMatch(/^pinned by an override: .+/);
    expect(links.some((l: { local: string; national: string }) => l.local === "hue-2026:49" && l.national === "qd-06-2022:V.16")).toBe(false);
    // the same file over several plans: each plan takes its own tasks' pairs
    const matrix = dean06("matrix", "--format", "csv", "--overrides", example).stdout.split("\n");
    expect(matrix.find((r) => r.startsWith("qd-06-2022:II.4,"))!.split(",").at(-1)).toBe("covered");
    expect(dean06("matrix", "--format", "csv").stdout.split("\n").find((r) => r.startsWith("qd-06-2022:II.4,"))!.split(",").at(-1)).toBe("missing");
    const compared = JSON.parse(dean06("compare", "hue-2022", "hue-2026", "--format", "json", "--overrides", example).stdout);
    // population forecasting (51), pinned to VI.1, now carries hue-2022's population analysis (VII.1)
    const carried = (pairs: { a: string; b: string; national: string | null }[]) => pairs.some((p) => p.a === "hue-2022:VII.1" && p.b === "hue-2026:51" && p.national === "qd-06-2022:VI.1");
    expect(carried(compared.pairs)).toBe(true);
    expect(carried(JSON.parse(dean06("compare", "hue-2022", "hue-2026", "--format", "json").stdout).pairs)).toBe(false);
    expect(dean06("lineage", "--task", "hue-2026:19", "--overrides", example).stdout).toContain("hue-2026:19 → qd-06-2022:II.4");
  });

  it("asks for task ids in an overrides file over several plans", () => {
    const file = join(mkdtempSync(join(tmpdir(), "dean06-overrides-")), "refs.json");
    writeFileSync(file, JSON.stringify({ pin: [{ local: "19", national: "II.4" }] }));
    const run = dean06("compare", "hue-2022", "hue-2026", "--overrides", file);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/"19" is a task ref; over several plans, give the local task's id \(plan:ref, e\.g\. hue-2026:19\)/);
  });

  it("prints coverage, matrix and compare reports in every format", () => {
    const markdown = dean06("coverage", "hue-2022");
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/^# Coverage of hue-2022/);
    expect(JSON.parse(dean06("coverage", "hue-2022", "--format", "json").stdout).items).toHaveLength(52);
    expect(dean06("coverage", "hcmc-2024", "--format", "html").stdout).toMatch(/^<!DOCTYPE html>/);
    expect(dean06("matrix", "--format", "csv").stdout.split("\n")[0]).toBe("national,section,bac-giang-2022,hue-2022,ninh-hoa-2022,hcmc-2024,hue-2026");
    expect(dean06("compare", "hue-2022", "hue-2026").stdout).toMatch(/hue-2026 compared with hue-2022/);
  });

  it("colours statuses on request and never in pipes or with NO_COLOR", () => {
    expect(dean06("coverage", "hue-2022").stdout).not.toMatch(/\u001b\[/);
    expect(dean06With({ FORCE_COLOR: "1" }, "coverage", "hue-2022").stdout).toMatch(/\u001b\[32mcovered\u001b\[39m/);
    expect(dean06With({ FORCE_COLOR: "", NO_COLOR: "1" }, "coverage", "hue-2022").stdout).not.toMatch(/\u001b\[/);
    expect(dean06With({ FORCE_COLOR: "1" }, "coverage", "hue-2022", "--format", "csv").stdout).not.toMatch(/\u001b\[/);
  });

  it("takes a plan file wherever it takes a plan id", () => {
    const fromCsv = dean06("coverage", "examples/plan-example.csv", "--format", "json");
    expect(fromCsv.status).toBe(0);
    expect(JSON.parse(fromCsv.stdout).plan.id).toBe("plan-example");
    const dir = mkdtempSync(join(tmpdir(), "dean06-cli-"));
    const json = join(dir, "hue.json");
    const exported = dean06("import", "seeds/raw/hue-2022.txt", "--id", "hue-import", "--format", "json", "--out", json);
    expect(exported.status).toBe(0);
    const drift = dean06("drift", json, "--format", "json");
    expect(drift.status).toBe(0);
    expect(JSON.parse(drift.stdout).length).toBeGreaterThan(30);
    expect(dean06("compare", "hue-2022", json).stdout).toMatch(/hue-import compared with hue-2022/);
  });

  it("reads DOCX and PDF plan files, with the same coverage as the built-in plan, and refuses a scan in one line", () => {
    const builtIn = JSON.parse(dean06("coverage", "hue-2026", "--format", "json").stdout);
    for (const file of ["test/fixtures/documents/hue-2026.docx", "test/fixtures/documents/hue-2026.pdf"]) {
      const run = dean06("coverage", file, "--format", "json");
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report.plan.id).toBe("hue-2026");
      expect(report.totals, file).toEqual(builtIn.totals);
    }
    const scan = dean06("coverage", "test/fixtures/documents/scan.pdf");
    expect(scan.status).toBe(2);
    expect(scan.stderr).toMatch(/^dean06: the PDF has no text layer .*ocrmypdf -l vie/);
    expect(scan.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("writes to a file with --out", () => {
    const out = join(mkdtempSync(join(tmpdir(), "dean06-cli-")), "hue.csv");
    expect(dean06("coverage", "hue-2022", "--format", "csv", "--out", out).stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^plan,national,section,status/);
  });

  it("prints help for every command", () => {
    for (const command of ["plans", "summary", "drift", "coverage", "matrix", "compare"]) {
      const { status, stdout } = dean06(command, "--help");
      expect(status).toBe(0);
      expect(stdout).toMatch(/Example/);
    }
  });

  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["plans", "--format", "yaml"], /unknown format "yaml"/],
    [["plans", "--bogus"], /Unknown option '--bogus'/],
    [["drift", "nope"], /"nope" is neither a built-in plan id \(qd-06-2022, /],
    [["coverage", "missing-file.txt"], /cannot read missing-file.txt \(no such file\)/],
    [["plans", "--out", "/no/such/dir/plans.md"], /^dean06: cannot write \/no\/such\/dir\/plans.md \(no such directory\)$/m],
    [["plans", "--out", "."], /^dean06: cannot write \. \(is a directory\)$/m],
    [["drift"], /drift takes one plan/],
    [["compare", "hue-2022"], /compare takes two plans/],
    [["coverage", "hue-2022", "--format", "dot"], /unknown format "dot" for coverage/],
  ])("rejects %j with one line on stderr and exit code 2", (args, message) => {
    const { status, stdout, stderr } = dean06(...args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });
});
