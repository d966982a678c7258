import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/deadline/parse";
import { readMarker } from "../../src/import/body-blocks";
import { readDocumentHead } from "../../src/import/document-meta";
import { unreadableImport } from "../../src/import/import-plan";
import { parsePlan } from "../../src/import/import-text";
import { toSourceLines } from "../../src/import/source-lines";
import { readAgencyCells, readTaskClauses } from "../../src/import/task-clauses";
import { PlanSchema } from "../../src/model/plan";
import { splitAgencies } from "../../src/text/agency-list";
import { foldForMatch } from "../../src/text/fold";
import { matchText } from "../../src/text/match-form";
import { breathe } from "../helpers";
import { READER_CASES } from "./scale-inputs";

/**
 * Issue 10, "never hangs (bounded time per byte)": each reader gets an adversarial input of about
 * 10 MB (random Vietnamese-ish lines in NFC and NFD with zero-width and control characters, one
 * huge line, rows of many tab cells, repeated page headers, deeply numbered refs, runs of spaces
 * and punctuation) and must give a valid result. Slow (npm run test:slow). How the time grows from
 * 1 MB to 10 MB (linear: about 10×) is measured by `npm run bench:readers` (bench/readers.ts) on the
 * same inputs (test/robustness/scale-inputs.ts): a test never asserts on time.
 */

const tsxRun = promisify(execFile);
const script = fileURLToPath(new URL("./scale-run.ts", import.meta.url));

describe("10 MB inputs", () => {
  // each in a process of its own (scale-run.ts): one read can block for over a minute under load
  it.each(READER_CASES.map((c) => c.name))(
    "%s reads 10 MB of adversarial input into a valid result",
    async (name) => {
      const { stdout } = await tsxRun(process.execPath, ["--import", "tsx", script, name, "10"], { encoding: "utf8" });
      const result = JSON.parse(stdout) as { inputLength: number; oneMegabyteLength: number; valid: boolean };
      expect(result.inputLength / result.oneMegabyteLength).toBeGreaterThan(9.5);
      expect(result.valid).toBe(true);
    },
    600_000,
  );
});

/**
 * V8's regular expressions overflow their stack ("RangeError: Maximum call stack size exceeded")
 * on some patterns under the /u flag over a run of one kind of character a few million long:
 * about 4.2 million for a quantified class (the normaliser, the agency splitter), about 8.4
 * million for the importer's line patterns (numbered items, trailing brackets, the document number
 * line), and some of those patterns were also quadratic in such a run. Each is tested just past its
 * limit, on the function that reads it; should one still overflow somewhere, the importers answer
 * with a plan that says why instead of throwing.
 */
describe("runs of millions of one kind of character", () => {
  const CLASS_RUN = 5_000_000;
  const LINE_RUN = 9_000_000;

  it("the normaliser, parseDeadline and the agency splitter read runs of 5 million", async () => {
    await breathe();
    expect(foldForMatch(`đ${" ".repeat(CLASS_RUN)}đ`)).toBe("d d");
    await breathe();
    expect(foldForMatch(`đ${"ệ".repeat(CLASS_RUN)}`)).toHaveLength(CLASS_RUN + 1);
    await breathe();
    expect(matchText(`Kết${"\u200b".repeat(CLASS_RUN)}nối`).folded).toEqual(["ket", "noi"]);
    await breathe();
    expect(matchText(`Kết${" ".repeat(CLASS_RUN)}nối`).folded).toEqual(["ket", "noi"]);
    await breathe();
    expect(parseDeadline(`Quý I${" ".repeat(CLASS_RUN)}năm 2022`)).toMatchObject({ kind: "quarter", end: "2022-03-31" });
    await breathe();
    expect(splitAgencies(`Công an tỉnh${".".repeat(CLASS_RUN)}`)).toEqual(["Công an tỉnh"]);
  }, 300_000);

  it("the importer's line patterns read runs of 9 million", async () => {
    await breathe();
    expect(readMarker(`a)${" ".repeat(LINE_RUN)}Kết nối`, 0)).toMatchObject({ marker: { kind: "letter", label: "a" }, rest: "Kết nối" });
    await breathe();
    expect(readTaskClauses(`Kết nối (${"a".repeat(LINE_RUN)})`).text).toHaveLength(LINE_RUN + 10);
    await breathe();
    const head = toSourceLines(`Số:${" ".repeat(LINE_RUN)}12/KH-UBND`);
    await breathe();
    expect(readDocumentHead(head, head.length).code).toBe("12/KH-UBND");
  }, 300_000);

  it("the labelled-field reader reads long runs of punctuation in linear time", async () => {
    // trimming a clause's end by a regular expression (/[\s,;]+$/) was quadratic in such a run
    const run = " ,".repeat(1_000_000);
    await breathe();
    expect(readTaskClauses(`Kết nối dữ liệu${run} dân cư. Thời gian thực hiện: Quý I năm 2024${run}`)).toMatchObject({ deadline: "Quý I năm 2024" });
    await breathe();
    expect(readAgencyCells(`Chủ trì: Công an huyện${run}; Phối hợp: Phòng Tư pháp`, "").coordinating).toEqual(["Phòng Tư pháp"]);
    // a task with thirty thousand fields, a label over thirty thousand lines ending in a colon (quadratic readers took minutes)
    await breathe();
    const fields = Array.from({ length: 30_000 }, (_, i) => `- Cơ quan phối hợp: Phòng số ${i}`).join("\n");
    await breathe();
    expect(parsePlan(`II. NHIỆM VỤ\n1.1. Thành lập Tổ công tác.\n${fields}\n1.2. Xây dựng.`, { id: "nhieu-2024" }).tasks[0]!.coordinating).toHaveLength(30_000);
    await breathe();
    const colons = Array.from({ length: 30_000 }, (_, i) => `Công an ${i}:`).join("\n");
    await breathe();
    expect(parsePlan(`II. NHIỆM VỤ\n1.1. Thành lập Tổ công tác.\nCơ quan chủ trì:\n${colons}\n1.2. Xây dựng.`, { id: "nhieu-2024" }).tasks.map((t) => t.ref)).toEqual(["1.1", "1.2"]);
  }, 300_000);

  it("an input the engine gives up on gets a plan whose warning says so and reports every line", () => {
    const { plan, lines } = unreadableImport("a\n\nb", { id: "lon-2024" }, "imported-text", new RangeError("Maximum call stack size exceeded"));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.warnings[0]!.message).toMatch(/^the input could not be read \(Maximum call stack size exceeded\): its longest line has 1 characters/);
    expect(lines).toEqual([
      { line: 1, use: "warning", warning: 0 },
      { line: 3, use: "warning", warning: 0 },
    ]);
  });
});
