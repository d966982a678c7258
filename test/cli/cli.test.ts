import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dean06 as runCli } from "./run-cli";

// The CLI in this process (src/cli/run.ts); test/cli/smoke.test.ts runs the built dist/cli.js once per command.
const dean06 = (...args: string[]) => runCli(args);
const dean06With = (env: Record<string, string>, ...args: string[]) => runCli(args, { env });

/** Checks that `dean06 links hue-2026 --overrides file` refuses a file with this content: exit 2, one line on stderr matching `message`. */
const refusedOverrides = (file: string) => async (content: string, message: RegExp) => {
  writeFileSync(file, content);
  const run = await dean06("links", "hue-2026", "--overrides", file);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
};

describe("dean06 CLI", async () => {
  it("summarises the corpus (the main job)", async () => {
    const { status, stdout, stderr } = await dean06("summary");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/6 plans/);
    for (const id of ["qd-06-2022", "bac-giang-2022", "hue-2022", "ninh-hoa-2022", "hcmc-2024", "hue-2026"]) expect(stdout).toContain(id);
  });

  it("lists plans as JSON and CSV", async () => {
    const json = JSON.parse((await dean06("plans", "--format", "json")).stdout);
    expect(json.find((p: { id: string }) => p.id === "hue-2026").tasks).toBe(69);
    const csv = (await dean06("plans", "--format", "csv")).stdout.trim().split("\n");
    expect(csv).toHaveLength(7);
    expect(csv[0]).toMatch(/^plan,code,level/);
  });

  it("prints a plan's deadline drift as markdown, JSON and CSV", async () => {
    const markdown = await dean06("drift", "hcmc-2024");
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/Deadline drift of hcmc-2024/);
    expect(markdown.stdout).toMatch(/\| later \|/);
    const json = JSON.parse((await dean06("drift", "hue-2022", "--format", "json")).stdout);
    expect(json.some((i: { status: string }) => i.status === "same")).toBe(true);
    const csv = (await dean06("drift", "hue-2022", "--format", "csv")).stdout.trim().split("\n");
    expect(csv[0]).toMatch(/^local,national,score,local_deadline/);
    expect(csv.length).toBe(json.length + 1);
  });

  it("lists a plan's links with their evidence as markdown, JSON and CSV", async () => {
    const markdown = await dean06("links", "hue-2026");
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/^Links of hue-2026 \(322\/KH-UBND\) to qd-06-2022: \d+ links/);
    expect(markdown.stdout).toContain("| 54 | III.1 |");
    const json = JSON.parse((await dean06("links", "hue-2026", "--format", "json")).stdout);
    expect(json.plan).toBe("hue-2026");
    const csv = (await dean06("links", "hue-2026", "--format", "csv")).stdout.trim().split("\n");
    expect(csv.length).toBe(1 + json.links.length + json.unlinked.length);
  });

  it("applies an overrides file (task refs or ids) to links, coverage and drift, and refuses a bad one in one line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dean06-overrides-"));
    const file = join(dir, "overrides.json");
    writeFileSync(file, JSON.stringify({ pin: [{ local: "19", national: "II.4" }], forbid: [{ local: "hue-2026:49", national: "qd-06-2022:V.16" }] }));
    const links = JSON.parse((await dean06("links", "hue-2026", "--format", "json", "--overrides", file)).stdout);
    expect(links.links.find((l: { local: string; national: string }) => l.local === "hue-2026:19" && l.national === "qd-06-2022:II.4").evidence.origin).toBe("pinned");
    expect(links.links.some((l: { local: string; national: string }) => l.local === "hue-2026:49" && l.national === "qd-06-2022:V.16")).toBe(false);
    const coverage = JSON.parse((await dean06("coverage", "hue-2026", "--format", "json", "--overrides", file)).stdout);
    expect(coverage.items.find((i: { national: string }) => i.national === "qd-06-2022:II.4").status).toBe("covered");
    const drift = JSON.parse((await dean06("drift", "hue-2026", "--format", "json", "--overrides", file)).stdout);
    expect(drift.some((i: { local: string }) => i.local === "hue-2026:19")).toBe(true);
    const refused = refusedOverrides(file);
    await refused(JSON.stringify({ pin: [{ local: "99", national: "II.4" }] }), /cannot pin hue-2026:99 → qd-06-2022:II.4: plan hue-2026 has no task/);
    await refused(JSON.stringify({ pin: [{ local: "19" }] }), /pin\.0\.national/);
    await refused("{ pin: ", /is not JSON/);
    expect((await dean06("links", "hue-2026", "--overrides", join(dir, "none.json"))).stderr).toMatch(/cannot read overrides .* \(no such file\)/);
    expect((await dean06("plans", "--overrides", file)).stderr).toMatch(/plans does not take --overrides \(coverage, links, matrix, compare, lineage, drift do\)/);
  });

  it("reads back a reviewed links CSV as overrides: pin and forbid rows, a pin added on an unlinked task", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dean06-review-"));
    const file = join(dir, "review-hue-2026.csv");
    const [header, ...rows] = (await dean06("links", "hue-2026", "--format", "csv")).stdout.trim().split("\n");
    expect(header!.endsWith(",review,note")).toBe(true);
    // the reviewer forbids 49 → V.16, and pins II.4 on the unlinked task 19 (its row's national cell filled)
    const reviewed = rows.map((row) => {
      if (row.startsWith("hue-2026:49,qd-06-2022:V.16,")) return row.replace(/,,$/, ",forbid,not the population-data centre");
      if (row.startsWith("hue-2026:19,,")) return row.replace(/^hue-2026:19,,/, "hue-2026:19,II.4,").replace(/,,$/, ",pin,e-ID login on the DVC portal");
      return row;
    });
    expect(reviewed.filter((row, i) => row !== rows[i])).toHaveLength(2);
    writeFileSync(file, [header, ...reviewed].join("\n"));
    const { links } = JSON.parse((await dean06("links", "hue-2026", "--format", "json", "--overrides", file)).stdout);
    const pinned = links.find((l: { local: string; national: string }) => l.local === "hue-2026:19" && l.national === "qd-06-2022:II.4");
    expect(pinned.evidence.origin).toBe("pinned");
    expect(pinned.evidence.summary).toContain("e-ID login on the DVC portal");
    expect(links.some((l: { local: string; national: string }) => l.local === "hue-2026:49" && l.national === "qd-06-2022:V.16")).toBe(false);
    const coverage = JSON.parse((await dean06("coverage", "hue-2026", "--format", "json", "--overrides", file)).stdout);
    expect(coverage.items.find((i: { national: string }) => i.national === "qd-06-2022:II.4").status).toBe("covered");
    const refused = refusedOverrides(file);
    await refused("local,national\n19,II.4", /review-hue-2026\.csv: line 1: the review has no review column/);
    await refused("local,national,review\n19,II.4,yes", /line 2: review "yes": write pin, forbid or nothing/);
    await refused("local,national,review\n19,,pin", /line 2: a pin needs both tasks/);
    await refused("", /the review is empty/);
  });

  it("applies the example overrides (examples/overrides-hue-2026.json) with their reasons", async () => {
    const example = fileURLToPath(new URL("../../examples/overrides-hue-2026.json", import.meta.url));
    const { links } = JSON.parse((await dean06("links", "hue-2026", "--format", "json", "--overrides", example)).stdout);
    const pinned = links.filter((l: { evidence: { origin: string } }) => l.evidence.origin === "pinned");
    expect(pinned.map((l: { local: string; national: string }) => `${l.local} ${l.national}`)).toEqual(["hue-2026:19 qd-06-2022:II.4", "hue-2026:51 qd-06-2022:VI.1", "hue-2026:52 qd-06-2022:VI.1"]);
    for (const l of pinned) expect(l.evidence.summary).toMatch(/^pinned by an override: .+/);
    expect(links.some((l: { local: string; national: string }) => l.local === "hue-2026:49" && l.national === "qd-06-2022:V.16")).toBe(false);
    // the same file over several plans: each plan takes its own tasks' pairs
    const matrix = (await dean06("matrix", "--format", "csv", "--overrides", example)).stdout.split("\n");
    expect(
      matrix
        .find((r) => r.startsWith("qd-06-2022:II.4,"))!
        .split(",")
        .at(-1),
    ).toBe("covered");
    expect(
      (await dean06("matrix", "--format", "csv")).stdout
        .split("\n")
        .find((r) => r.startsWith("qd-06-2022:II.4,"))!
        .split(",")
        .at(-1),
    ).toBe("missing");
    const compared = JSON.parse((await dean06("compare", "hue-2022", "hue-2026", "--format", "json", "--overrides", example)).stdout);
    // population forecasting (51), pinned to VI.1, now carries hue-2022's population analysis (VII.1)
    const carried = (pairs: { a: string; b: string; national: string | null }[]) => pairs.some((p) => p.a === "hue-2022:VII.1" && p.b === "hue-2026:51" && p.national === "qd-06-2022:VI.1");
    expect(carried(compared.pairs)).toBe(true);
    expect(carried(JSON.parse((await dean06("compare", "hue-2022", "hue-2026", "--format", "json")).stdout).pairs)).toBe(false);
    expect((await dean06("lineage", "--task", "hue-2026:19", "--overrides", example)).stdout).toContain("hue-2026:19 → qd-06-2022:II.4");
  });

  it("asks for task ids in an overrides file over several plans", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "dean06-overrides-")), "refs.json");
    writeFileSync(file, JSON.stringify({ pin: [{ local: "19", national: "II.4" }] }));
    const run = await dean06("compare", "hue-2022", "hue-2026", "--overrides", file);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/"19" is a task ref; over several plans, give the local task's id \(plan:ref, e\.g\. hue-2026:19\)/);
  });

  it("prints coverage, matrix and compare reports in every format", async () => {
    const markdown = await dean06("coverage", "hue-2022");
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/^# Coverage of hue-2022/);
    expect(JSON.parse((await dean06("coverage", "hue-2022", "--format", "json")).stdout).items).toHaveLength(52);
    expect((await dean06("coverage", "hcmc-2024", "--format", "html")).stdout).toMatch(/^<!DOCTYPE html>/);
    expect((await dean06("matrix", "--format", "csv")).stdout.split("\n")[0]).toBe("national,section,bac-giang-2022,hue-2022,ninh-hoa-2022,hcmc-2024,hue-2026");
    expect((await dean06("compare", "hue-2022", "hue-2026")).stdout).toMatch(/hue-2026 compared with hue-2022/);
  });

  it("colours statuses on request and never in pipes or with NO_COLOR", async () => {
    expect((await dean06("coverage", "hue-2022")).stdout).not.toMatch(/\u001b\[/);
    expect((await dean06With({ FORCE_COLOR: "1" }, "coverage", "hue-2022")).stdout).toMatch(/\u001b\[32mcovered\u001b\[39m/);
    expect((await dean06With({ FORCE_COLOR: "", NO_COLOR: "1" }, "coverage", "hue-2022")).stdout).not.toMatch(/\u001b\[/);
    expect((await dean06With({ FORCE_COLOR: "1" }, "coverage", "hue-2022", "--format", "csv")).stdout).not.toMatch(/\u001b\[/);
  });

  it("takes a plan file wherever it takes a plan id", async () => {
    const fromCsv = await dean06("coverage", "examples/plan-example.csv", "--format", "json");
    expect(fromCsv.status).toBe(0);
    expect(JSON.parse(fromCsv.stdout).plan.id).toBe("plan-example");
    const dir = mkdtempSync(join(tmpdir(), "dean06-cli-"));
    const json = join(dir, "hue.json");
    const exported = await dean06("import", "seeds/raw/hue-2022.txt", "--id", "hue-import", "--format", "json", "--out", json);
    expect(exported.status).toBe(0);
    const drift = await dean06("drift", json, "--format", "json");
    expect(drift.status).toBe(0);
    expect(JSON.parse(drift.stdout).length).toBeGreaterThan(30);
    expect((await dean06("compare", "hue-2022", json)).stdout).toMatch(/hue-import compared with hue-2022/);
  });

  it("reads DOCX and PDF plan files, with the same coverage as the built-in plan, and refuses a scan in one line", async () => {
    const builtIn = JSON.parse((await dean06("coverage", "hue-2026", "--format", "json")).stdout);
    for (const file of ["test/fixtures/documents/hue-2026.docx", "test/fixtures/documents/hue-2026.pdf"]) {
      const run = await dean06("coverage", file, "--format", "json");
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report.plan.id).toBe("hue-2026");
      expect(report.totals, file).toEqual(builtIn.totals);
    }
    const scan = await dean06("coverage", "test/fixtures/documents/scan.pdf");
    expect(scan.status).toBe(2);
    expect(scan.stderr).toMatch(/^dean06: the PDF has no text layer .*ocrmypdf -l vie/);
    expect(scan.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("writes to a file with --out", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "dean06-cli-")), "hue.csv");
    expect((await dean06("coverage", "hue-2022", "--format", "csv", "--out", out)).stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^plan,national,section,status/);
  });
});
