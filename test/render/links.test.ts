import { describe, expect, it } from "vitest";
import { getPlan } from "../../src/corpus/index";
import { link } from "../../src/match/link";
import { linksCsv, linksHeadline, linksTable } from "../../src/render/links";
import { shorten, signedDays, taskRef } from "../../src/render/table";

const plan = getPlan("hue-2026");
const result = link(plan, { overrides: { pin: [{ local: "hue-2026:19", national: "qd-06-2022:II.4" }] } });

describe("links report", () => {
  it("heads the table with the counts and the unlinked tasks by ref", () => {
    const headline = linksHeadline(result, plan);
    const linked = new Set(result.links.map((l) => l.local)).size;
    expect(headline).toContain(`Links of hue-2026 (${plan.code}) to qd-06-2022: ${result.links.length} links from ${linked} of 69 tasks`);
    expect(headline).toContain("1 pinned");
    expect(headline).toMatch(/unlinked \(local additions\): 1, 2, 3,/);
    expect(headline).not.toMatch(/\b19,/);
  });

  it("shows one row per link with its phrases, runners-up and wording, pinned links marked", () => {
    const lines = linksTable(result, plan).split("\n");
    expect(lines[0]).toBe("| local | national | score | strength | shared phrases | runners-up | local task |");
    expect(lines).toHaveLength(result.links.length + 2);
    expect(lines.find((l) => l.startsWith("| 19 | II.4 |"))).toMatch(/\| 1\.00 \| pinned \|/);
    expect(lines.find((l) => l.startsWith("| 54 | III.1 |"))).toContain("viễn thông");
    // the plan defaults to the built-in one the result names
    expect(linksTable(result)).toBe(linksTable(result, plan));
    expect(linksCsv(result)).toBe(linksCsv(result, "hue-2026"));
    const text = linksTable(result, plan, "text").split("\n");
    expect(text[0]).toMatch(/^local\s+national\s+score/);
  });

  it("gives every task of the plan a CSV row: links with their whole evidence, then the unlinked", () => {
    const rows = linksCsv(result, plan).split("\n");
    expect(rows[0]).toBe("local,national,score,strength,origin,shared_phrases,runners_up,summary,local_text,national_text,review,note");
    expect(rows).toHaveLength(1 + result.links.length + result.unlinked.length);
    const tasks = new Set(rows.slice(1).map((r) => r.split(",")[0]));
    expect(tasks.size).toBe(69);
    expect(rows.find((r) => r.startsWith("hue-2026:19,qd-06-2022:II.4,1,strong,pinned,"))).toBeDefined();
    expect(rows.find((r) => r.startsWith("hue-2026:1,,"))).toContain("Luật Xử lý vi phạm hành chính");
    expect(rows.find((r) => r.startsWith("hue-2026:19,qd-06-2022:II.4,"))).toContain("Cổng Dịch vụ công quốc gia");
  });
});

describe("table cells", () => {
  it("cuts texts, signs days and reads refs from ids", () => {
    expect(shorten("Kết nối dữ liệu dân cư", 10)).toBe("Kết nối d…");
    expect(shorten("ngắn", 10)).toBe("ngắn");
    expect([signedDays(366), signedDays(-30), signedDays(0), signedDays(null)]).toEqual(["+366", "-30", "0", ""]);
    expect(taskRef("qd-06-2022:II.4")).toBe("II.4");
  });
});
