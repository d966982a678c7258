import { readFileSync } from "node:fs";
import { rootPlan } from "../corpus/index";
import type { LinkOptions } from "../match/link";
import { LinkOverridesSchema, type LinkOverrides, type LinkPair } from "../model/link";
import type { Plan } from "../model/plan";
import { fileErrorReason } from "./load-plan";
import { UsageError } from "./usage-error";

/**
 * Reads an overrides file for `--overrides`: JSON `{ "pin": [{ "local", "national", "note"? }],
 * "forbid": [...] }` (`LinkOverridesSchema`), where a national task may be given by its ref in the
 * national root ("II.4") and, for a command on one plan, a local task by its ref in `plan` ("19"),
 * as well as by their ids (a command on several plans needs the local task's id). A file that
 * cannot be read or is not such JSON is a usage error that says why; a pair naming a task the
 * plan or the root does not have is refused by `link` (TaskNotFoundError).
 *
 * @example
 * // overrides.json: { "pin": [{ "local": "19", "national": "II.4" }], "forbid": [{ "local": "49", "national": "V.16" }] }
 * readOverrides("overrides.json", getPlan("hue-2026")).pin // [{ local: "hue-2026:19", national: "qd-06-2022:II.4" }]
 */
export function readOverrides(file: string, plan?: Plan): LinkOverrides {
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
  const localId = (ref: string): string => {
    if (ref.includes(":")) return ref;
    if (!plan) throw new UsageError(`overrides ${file}: "${ref}" is a task ref; over several plans, give the local task's id (plan:ref, e.g. hue-2026:${ref})`);
    return `${plan.id}:${ref}`;
  };
  const byId = (pair: LinkPair): LinkPair => ({ ...pair, local: localId(pair.local), national: pair.national.includes(":") ? pair.national : `${rootPlan.id}:${pair.national}` });
  return { pin: (parsed.data.pin ?? []).map(byId), forbid: (parsed.data.forbid ?? []).map(byId) };
}

/**
 * The link options of `--overrides` for a command over several plans (matrix, compare, lineage):
 * local tasks by id, each plan taking the pairs of its own tasks; none without a file.
 *
 * @example
 * coverageMatrix(undefined, corpusOverrides("corrections.json"))
 */
export function corpusOverrides(file: string | undefined): Pick<LinkOptions, "overrides"> {
  return file === undefined ? {} : { overrides: readOverrides(file) };
}
