import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CommandInput } from "../../src/cli/commands";
import { importCommand } from "../../src/cli/import-command";
import { idFromFileName } from "../../src/cli/load-plan";
import { UsageError } from "../../src/cli/usage-error";
import { ImportError } from "../../src/model/errors";
import { PlanSchema } from "../../src/model/plan";

const path = (file: string) => fileURLToPath(new URL(`../../${file}`, import.meta.url));
const run = async (input: Partial<CommandInput>) => importCommand.run({ args: [], format: undefined, ...input });

describe("dean06 import (command module)", () => {
  it("prints a text plan as JSON, the id from the file name", async () => {
    const plan = PlanSchema.parse(JSON.parse(await run({ args: [path("seeds/raw/ninh-hoa-2022.txt")], format: "json" })));
    expect(plan).toMatchObject({ id: "ninh-hoa-2022", code: "1228/KH-UBND", source: { file: "ninh-hoa-2022.txt", method: "imported-text" } });
    expect(plan.tasks).toHaveLength(32);
  });

  it("reads .csv files as spreadsheets and takes --id and --parent", async () => {
    const plan = JSON.parse(await run({ args: [path("examples/plan-example.csv")], format: "json", id: "vi-du-2024", parent: ["khanh-hoa-1403-2022"] }));
    expect(plan).toMatchObject({ id: "vi-du-2024", parents: ["khanh-hoa-1403-2022"], source: { method: "imported-csv" } });
  });

  it("prints a markdown summary by default and CSV on request", async () => {
    const markdown = await run({ args: [path("examples/plan-example.txt")] });
    expect(markdown).toMatch(/^Imported plan-example from .*: 45\/KH-UBND, UBND huyện Ví Dụ \(district\)/);
    expect(markdown).toMatch(/\| 1\.1 \| 1 \| Thành lập Tổ công tác/);
    expect((await run({ args: [path("examples/plan-example.txt")], format: "csv" })).split("\n")[0]).toBe("Mục,STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện,Sản phẩm,dean06");
  });

  it("fails with one clear error for a missing file, a file without tasks, and a wrong number of files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dean06-import-"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const english = join(dir, "notes.txt");
    writeFileSync(english, "Just a paragraph of English prose, nothing else.");
    await expect(run({ args: [join(dir, "missing.txt")] })).rejects.toThrow(/cannot read .*missing\.txt \(no such file\)/);
    await expect(run({ args: [empty] })).rejects.toThrow(ImportError);
    await expect(run({ args: [empty] })).rejects.toThrow(/no tasks found in .*empty\.txt: the input is empty/);
    await expect(run({ args: [english] })).rejects.toThrow(/no tasks found/);
    await expect(run({ args: [] })).rejects.toThrow(UsageError);
  });

  it("reads DOCX and PDF plans, and refuses a scanned PDF and a file in a legacy encoding with one clear error each", async () => {
    const docx = JSON.parse(await run({ args: [path("test/fixtures/documents/hue-2026.docx")], format: "json" }));
    expect(docx).toMatchObject({ id: "hue-2026", code: "322/KH-UBND", source: { file: "hue-2026.docx" } });
    expect(docx.tasks).toHaveLength(69);
    expect(await run({ args: [path("test/fixtures/documents/ninh-hoa-2022.pdf")], id: "ninh-hoa-pdf" })).toMatch(/^Imported ninh-hoa-pdf from .*: 1228\/KH-UBND.* 32 tasks in 6 sections/);
    await expect(run({ args: [path("test/fixtures/documents/scan.pdf")] })).rejects.toMatchObject({ code: "PDF_NO_TEXT_LAYER" });
    const dir = mkdtempSync(join(tmpdir(), "dean06-import-"));
    const legacy = join(dir, "ke-hoach.txt");
    writeFileSync(legacy, Buffer.from("KE HOACH\n1. Ket noi du lieu dan cu v\xe0 c\xe1c h\xea thong\n", "latin1"));
    await expect(run({ args: [legacy] })).rejects.toThrow(/not UTF-8: byte 0xE0 at line 2/);
    const bom = join(dir, "bom.json");
    writeFileSync(bom, `\ufeff${JSON.stringify(docx)}`);
    expect(JSON.parse(await run({ args: [bom], format: "json" })).tasks).toHaveLength(69);
  });

  it("makes plan ids from file names", () => {
    expect(idFromFileName("seeds/raw/ninh-hoa-2022.txt")).toBe("ninh-hoa-2022");
    expect(idFromFileName("Kế hoạch Ninh Hòa 2022.CSV")).toBe("ke-hoach-ninh-hoa-2022");
    expect(idFromFileName("!!!.txt")).toBe("imported");
  });
});
