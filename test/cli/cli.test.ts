import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const dean06 = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });

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

  it("prints help for every command", () => {
    for (const command of ["plans", "summary", "drift"]) {
      const { status, stdout } = dean06(command, "--help");
      expect(status).toBe(0);
      expect(stdout).toMatch(/Example/);
    }
  });

  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["plans", "--format", "yaml"], /unknown format "yaml"/],
    [["plans", "--bogus"], /Unknown option '--bogus'/],
    [["drift", "nope"], /Unknown plan id "nope". Known plan ids: qd-06-2022/],
    [["drift"], /drift takes one plan id/],
  ])("rejects %j with one line on stderr and exit code 2", (args, message) => {
    const { status, stdout, stderr } = dean06(...args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });
});
