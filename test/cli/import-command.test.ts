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
const run = (input: Partial<CommandInput>) => importCommand.run({ args: [], format: undefined, ...input }) as string;

describe("dean06 import (command module)", () => {
  it("prints a text plan as JSON, the id from the file name", () => {
    const plan = PlanSchema.parse(JSON.parse(run({ args: [path("seeds/raw/ninh-hoa-2022.txt")], format: "json" })));
    expect(plan).toMatchObject({ id: "ninh-hoa-2022", code: "1228/KH-UBND", source: { file: "ninh-hoa-2022.txt", method: "imported-text" } });
    expect(plan.tasks).toHaveLength(32);
  });

  it("reads .csv files as spreadsheets and takes --id and --parent", () => {
    const plan = JSON.parse(run({ args: [path("examples/plan-example.csv")], format: "json", id: "vi-du-2024", parent: ["khanh-hoa-1403-2022"] }));
    expect(plan).toMatchObject({ id: "vi-du-2024", parents: ["khanh-hoa-1403-2022"], source: { method: "imported-csv" } });
  });

  it("prints a markdown summary by default and CSV on request", () => {
    const markdown = run({ args: [path("examples/plan-example.txt")] });
    expect(markdown).toMatch(/^Imported plan-example from .*: 45\/KH-UBND, UBND huyện Ví Dụ \(district\)/);
    expect(markdown).toMatch(/\| 1\.1 \| 1 \| Thành lập Tổ công tác/);
    expect(run({ args: [path("examples/plan-example.txt")], format: "csv" }).split("\n")[0]).toBe("Mục,STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện,Sản phẩm,dean06");
  });

  it("fails with one clear error for a missing file, a file without tasks, and a wrong number of files", () => {
    const dir = mkdtempSync(join(tmpdir(), "dean06-import-"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const english = join(dir, "notes.txt");
    writeFileSync(english, "Just a paragraph of English prose, nothing else.");
    expect(() => run({ args: [join(dir, "missing.txt")] })).toThrow(/cannot read .*missing\.txt \(no such file\)/);
    expect(() => run({ args: [empty] })).toThrow(ImportError);
    expect(() => run({ args: [empty] })).toThrow(/no tasks found in .*empty\.txt: the input is empty/);
    expect(() => run({ args: [english] })).toThrow(/no tasks found/);
    expect(() => run({ args: [] })).toThrow(UsageError);
  });

  it("makes plan ids from file names", () => {
    expect(idFromFileName("seeds/raw/ninh-hoa-2022.txt")).toBe("ninh-hoa-2022");
    expect(idFromFileName("Kế hoạch Ninh Hòa 2022.CSV")).toBe("ke-hoach-ninh-hoa-2022");
    expect(idFromFileName("!!!.txt")).toBe("imported");
  });
});
