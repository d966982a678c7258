// Compiled (not run) by test/package/types.test.ts against the built declarations, as ESM and (a
// copy named check.cts) as CommonJS, for each module resolution a consumer may use, with
// skipLibCheck off: every name a consumer imports must be typed exactly, from each subpath.
import { type CoverageData, coverage, Dean06Error, type Dean06ErrorCode, getPlan, PlanNotFoundError, parseDeadline, rootPlan } from "dean06";
import { compare, coverage as coverageOfPart } from "dean06/analysis";
import { getPlan as getPlanOfPart, plans } from "dean06/corpus";
import { type Deadline, parseDeadline as parseDeadlineOfPart } from "dean06/deadline";
import { importPlan } from "dean06/import";
import { lineage, pathToRoot } from "dean06/lineage";
import { link } from "dean06/match";
import { type Plan, PlanSchema, validatePlan } from "dean06/model";
import { toMermaid, type VizRenderer } from "dean06/render";
import { foldForMatch } from "dean06/text";

const deadline: Deadline = parseDeadline("Quý I năm 2022");
const end: string | null = parseDeadlineOfPart("Trước 30/6/2023").end;
const plan: Plan = validatePlan(PlanSchema.parse(getPlan("hue-2022")));
const same: boolean = getPlanOfPart("hue-2022") === plan && plans[0] === rootPlan;

// toJSON(): a string; toJSON(key), as JSON.stringify calls it: the data.
const text: string = coverage("hue-2022").toJSON();
const data: CoverageData = coverageOfPart("hue-2022").toJSON("");
const compared: string = compare("hue-2022", "hue-2026").toJSON();

// Error codes: a union, narrowed by each subclass.
const notFound: "PLAN_NOT_FOUND" = new PlanNotFoundError("x", []).code;
function codeOf(error: unknown): Dean06ErrorCode | null {
  return error instanceof Dean06Error ? error.code : null;
}
// @ts-expect-error: not one of the codes
const wrong: Dean06ErrorCode = "NOT_A_CODE";

const imported: Plan = importPlan("Kế hoạch", { id: "x-2022" }).plan;
const path: string[] | null = pathToRoot(lineage(), "hue-2022");
const linked: number = link("hue-2022").links.length;
const mermaid: string = toMermaid(lineage());
const folded: string = foldForMatch("Đề án");
const renderer: VizRenderer | null = null;

export const checked = [deadline, end, same, text, data, compared, notFound, codeOf, wrong, imported, path, linked, mermaid, folded, renderer];
