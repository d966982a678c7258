import type { LinkOptions } from "../match/link";
import { overridesWithIds, reviewedOverrides } from "../match/review";
import { ReviewError } from "../model/errors";
import { type LinkOverrides, LinkOverridesSchema } from "../model/link";
import type { Plan } from "../model/plan";
import { type FilePath, fileErrorReason, readInputText } from "./files";
import { UsageError } from "./usage-error";

/**
 * Reads an overrides file for `--overrides`: JSON `{ "pin": [{ "local", "national", "note"? }],
 * "forbid": [...] }` (`LinkOverridesSchema`), or a reviewed links CSV (`.csv`: the output of
 * `dean06 links <plan> --format csv` with its `review` column filled, see `reviewedOverrides`).
 * A national task may be given by its ref in the national root ("II.4") and, for a command on one
 * plan, a local task by its ref in `plan` ("19"), as well as by their ids (a command on several
 * plans needs the local task's id). A file that cannot be read or is not such JSON or CSV is a
 * usage error that says why; a pair naming a task the plan or the root does not have is refused
 * by `link` (TaskNotFoundError). `path` is where to open `file` (by default `file` itself: the CLI
 * passes it resolved from its folder, or as raw bytes for a name that is not UTF-8).
 *
 * @example
 * // overrides.json: { "pin": [{ "local": "19", "national": "II.4" }], "forbid": [{ "local": "49", "national": "V.16" }] }
 * readOverrides("overrides.json", getPlan("hue-2026")).pin // [{ local: "hue-2026:19", national: "qd-06-2022:II.4" }]
 * readOverrides("review-hue-2026.csv", getPlan("hue-2026")) // the rows reviewed pin or forbid
 */
export function readOverrides(file: string, plan?: Plan, path: FilePath = file): LinkOverrides {
  let text: string;
  try {
    text = readInputText(path);
  } catch (error) {
    throw new UsageError(`cannot read overrides ${file} (${fileErrorReason(error, "no such file")})`);
  }
  try {
    return /\.csv$/i.test(file) ? reviewedOverrides(text, { plan }) : overridesWithIds(parseOverridesJson(text, file), { plan });
  } catch (error) {
    if (error instanceof ReviewError) throw new UsageError(`overrides ${file}: ${error.message}`);
    throw error;
  }
}

/** The overrides of a JSON file's text, checked against `LinkOverridesSchema`; a usage error that says why otherwise. */
function parseOverridesJson(text: string, file: string): LinkOverrides {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`overrides ${file} is not JSON (${(error as Error).message}); a reviewed links CSV needs the .csv extension`);
  }
  const parsed = LinkOverridesSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`overrides ${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}; expected { "pin": [{ "local": "…", "national": "…" }], "forbid": [...] }`);
  }
  return parsed.data;
}

/**
 * The link options of `--overrides` for a command over several plans (matrix, compare, lineage):
 * local tasks by id, each plan taking the pairs of its own tasks; none without a file.
 *
 * @example
 * coverageMatrix(undefined, corpusOverrides("corrections.json"))
 */
export function corpusOverrides(file: string | undefined, path: FilePath | undefined = file): Pick<LinkOptions, "overrides"> {
  return file === undefined ? {} : { overrides: readOverrides(file, undefined, path) };
}
