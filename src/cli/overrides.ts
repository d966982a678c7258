import { readFileSync } from "node:fs";
import { rootPlan } from "../corpus/index";
import { LinkOverridesSchema, type LinkOverrides, type LinkPair } from "../model/link";
import type { Plan } from "../model/plan";
import { fileErrorReason } from "./load-plan";
import { UsageError } from "./usage-error";

/**
 * Reads an overrides file for `--overrides`: JSON `{ "pin": [{ "local", "national", "note"? }],
 * "forbid": [...] }` (`LinkOverridesSchema`), where a local task may be given by its ref in `plan` ("19")
 * and a national task by its ref in the national root ("II.4") as well as by its id. A file that
 * cannot be read or is not such JSON is a usage error that says why; a pair naming a task the
 * plan or the root does not have is refused by `link` (TaskNotFoundError).
 *
 * @example
 * // overrides.json: { "pin": [{ "local": "19", "national": "II.4" }], "forbid": [{ "local": "49", "national": "V.16" }] }
 * readOverrides("overrides.json", getPlan("hue-2026")).pin // [{ local: "hue-2026:19", national: "qd-06-2022:II.4" }]
 */
export function readOverrides(file: string, plan: Plan): LinkOverrides {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read overrides ${file} (${fileErrorReason(error, "no such file")})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`overrides ${file} is not JSON (${(error as Error).message})`);
  }
  const parsed = LinkOverridesSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`overrides ${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}; expected { "pin": [{ "local": "…", "national": "…" }], "forbid": [...] }`);
  }
  const byId = (pair: LinkPair): LinkPair => ({
    ...pair,
    local: pair.local.includes(":") ? pair.local : `${plan.id}:${pair.local}`,
    national: pair.national.includes(":") ? pair.national : `${rootPlan.id}:${pair.national}`,
  });
  return { pin: (parsed.data.pin ?? []).map(byId), forbid: (parsed.data.forbid ?? []).map(byId) };
}
