import { collectAgencies, deepNFC } from "../corpus/build";
import { parseDeadline } from "../deadline/parse";
import type { Agency } from "../model/agency";
import { planIntegrityIssues } from "../model/integrity";
import { type Abbreviation, type Adoption, type Citation, type ImportWarning, type LineAccount, type Plan, type PlanLevel, PlanSchema, type PlanSource, type Target } from "../model/plan";
import type { Service } from "../model/service";
import { type Task, TaskRefSchema } from "../model/task";
import { toNFC } from "../text/fold";
import { type CleanedInput, cleanedMessage, cleanInput } from "../text/input-clean";
import type { ImportMeta } from "./import-meta";
import type { RawSection, RawService, RawTarget, RawTask } from "./import-types";
import { WarningList } from "./import-warnings";
import { accountLines, type InputLine, LineMetadata, lineOwners, reportUnused } from "./line-account";

/** Everything an importer read, to be assembled into a {@link Plan}. */
export interface ImportedParts {
  meta: ImportMeta;
  method: "imported-text" | "imported-csv";
  code: string | null;
  title: string | null;
  issuer: string | null;
  level: PlanLevel | null;
  place: string | null;
  issuedOn: string | null;
  parents: string[];
  cites: Citation[];
  adopts: Adoption[];
  sections: RawSection[];
  tasks: RawTask[];
  services: RawService[];
  /** The short forms the document defines for itself. */
  abbreviations?: Abbreviation[];
  /** The plan's numeric targets (chỉ tiêu), when the reader reads them. */
  targets?: RawTarget[];
  notes: string[];
  sourceNote: string;
  warnings: WarningList;
  /** The input's non-empty lines, to account for each. */
  input: InputLine[];
  /** The lines read for the plan's metadata. */
  metadata: LineMetadata;
  /**
   * Section refs kept exactly as given (not made valid refs): those of a plan written by
   * planToCSV, read from its data column.
   */
  exactSections?: ReadonlySet<string>;
  /**
   * The plan's fields a CSV written by planToCSV carries in its data column, restored as they were:
   * then code, title and issuer are kept as given (not trimmed), and these replace what an importer
   * would set.
   */
  restored?: {
    source: PlanSource;
    services: Omit<Service, "id">[];
    targets: Target[];
    warnings: ImportWarning[];
    /** When the plan's agencies are not those its tasks and services name. */
    agencies?: Agency[];
  };
}

/**
 * An imported plan and what each non-empty line of the input became: part of a task, service or target,
 * metadata, or reported in `plan.warnings` (see {@link LineAccountSchema}).
 *
 * @example
 * const { plan, lines }: ImportResult = importPlan(readFileSync("ke-hoach.txt", "utf8"), { id: "vi-du-2024" });
 * lines.filter((l) => l.use === "warning").map((l) => plan.warnings[l.warning].message)
 */
export interface ImportResult {
  /** The imported plan, valid against PlanSchema, with what could not be read in `plan.warnings`. */
  plan: Plan;
  /** One account per non-empty input line, in line order. */
  lines: LineAccount[];
}

const nonEmpty = (text: string | null | undefined) => (text && text.trim() ? text.trim() : null);

/** A ref made valid for {@link TaskRefSchema}: other characters dropped, "đ" as "dd". */
function validRef(ref: string): string {
  const cleaned = toNFC(ref)
    .replace(/đ/g, "dd")
    .replace(/Đ/g, "DD")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^0-9A-Za-z.]+/g, "")
    .replace(/\.{2,}/g, ".")
    .replace(/^\.|\.$/g, "");
  return cleaned || "0";
}

/** The suffix of the k-th (1-based) candidate for a duplicate ref: "b" … "z", then "27", "28" … */
const duplicateSuffix = (k: number) => "bcdefghijklmnopqrstuvwxyz"[k - 1] ?? String(k + 1);

/** Gives duplicate refs a letter suffix ("3" → "3b"), with a warning. */
function uniqueRefs<T extends { ref: string; line: number | null }>(items: T[], what: string, warnings: WarningList): T[] {
  const seen = new Set<string>();
  // per ref, the candidates already taken: a ref repeated n times costs n tries, not n²/2
  const tried = new Map<string, number>();
  return items.map((item) => {
    let ref = validRef(item.ref);
    if (ref !== item.ref) warnings.add(item.line, `${what} ref "${item.ref}" is not a valid ref; recorded as "${ref}"`);
    if (seen.has(ref)) {
      let k = tried.get(ref) ?? 0;
      let candidate = ref;
      while (seen.has(candidate)) candidate = `${ref}${duplicateSuffix(++k)}`;
      tried.set(ref, k);
      warnings.add(item.line, `${what} ref "${ref}" occurs twice; this one is recorded as "${candidate}"`);
      ref = candidate;
    }
    seen.add(ref);
    return { ...item, ref };
  });
}

/** What an importer read of a plan when it could read nothing: no metadata, no section, task or service (fresh arrays each time). */
export const nothingRead = () =>
  ({
    code: null,
    title: null,
    issuer: null,
    level: null,
    place: null,
    issuedOn: null,
    parents: [],
    cites: [],
    adopts: [],
    sections: [],
    tasks: [],
    services: [],
  }) satisfies Partial<ImportedParts>;

/**
 * Assembles a validated {@link Plan} from what an importer read: meta overrides what was read, task
 * ids are `<id>:<ref>`, deadlines parsed with the plan's issue date, agencies indexed, refs made
 * unique and every task's section declared; and accounts for every non-empty input line, reporting
 * in `warnings` those nothing else accounts for. Never throws: anything that does not fit is
 * reported in `warnings` and, should the result still not validate, an empty plan with the reasons
 * is returned.
 *
 * @example
 * assemblePlan({ meta: { id: "x" }, method: "imported-csv", tasks: [], sections: [], warnings: new WarningList(), … }).plan.tasks // []
 */
export function assemblePlan(parts: ImportedParts): ImportResult {
  const { meta, warnings } = parts;
  const issuedOn = meta.issuedOn !== undefined ? meta.issuedOn : parts.issuedOn;
  const context = { issuedOn };
  const sections: RawSection[] = [];
  const declared = new Set<string>();
  const declare = (ref: string, title: string) => {
    if (declared.has(ref)) return;
    declared.add(ref);
    sections.push({ ref, title });
  };
  const sectionRef = (ref: string) => (parts.exactSections?.has(ref) ? ref : validRef(ref));
  for (const s of parts.sections) {
    const ref = sectionRef(s.ref);
    declare(ref, (parts.exactSections?.has(s.ref) && s.title.trim() ? s.title : nonEmpty(s.title)) ?? ref);
  }
  const rawTasks = uniqueRefs(parts.tasks, "task", warnings);
  const rawServices = uniqueRefs(parts.services, "service", warnings);
  const rawTargets = uniqueRefs(parts.targets ?? [], "target", warnings);
  const tasks = rawTasks.map((t) => {
    const section = sectionRef(t.section);
    declare(section, section);
    return {
      id: `${meta.id}:${t.ref}`,
      ref: t.ref,
      section,
      text: t.text,
      lead: t.lead.filter((a) => a.trim()),
      coordinating: t.coordinating.filter((a) => a.trim()),
      deadline: parseDeadline(t.deadline, context),
      product: nonEmpty(t.product),
      line: t.line && t.line > 0 ? t.line : null,
      ocr: null as string | null,
      uncertain: [] as Task["uncertain"],
      notes: t.notes,
      ...t.exact,
    };
  });
  const read = rawServices.map((s) => ({
    id: `${meta.id}:service:${s.ref}`,
    ref: s.ref,
    name: s.name,
    serviceLevel: s.serviceLevel,
    lead: s.lead.filter((a) => a.trim()),
    coordinating: s.coordinating.filter((a) => a.trim()),
    deadline: parseDeadline(s.deadline, context),
    national: null,
    line: s.line && s.line > 0 ? s.line : null,
    ocr: null,
    uncertain: [] as Service["uncertain"],
    notes: s.notes,
  }));
  const restored = parts.restored;
  const services: Service[] = [...read, ...(restored?.services ?? []).map((s) => ({ ...s, id: `${meta.id}:service:${s.ref}` }))];
  // restored from a plan's data column: kept as given; read from the input: trimmed, null when empty
  const given = (text: string | null | undefined) => (restored ? (text?.trim() ? text : null) : nonEmpty(text));
  const code = nonEmpty(meta.code) ?? given(parts.code);
  const issuer = nonEmpty(meta.issuer) ?? given(parts.issuer);
  const level = meta.level ?? parts.level;
  if (!code) warnings.add(null, 'no document number ("Số: …/KH-UBND") was found; code recorded as "…"');
  if (!issuer) warnings.add(null, "the issuing body was not found; pass meta.issuer");
  if (!level) warnings.add(null, 'the level of government could not be told from the issuer; recorded as "province", pass meta.level');
  let owners = lineOwners([
    ...rawTasks.map((t, i) => ({ use: "task" as const, id: tasks[i]!.id, lines: t.lines })),
    ...rawServices.map((s, i) => ({ use: "service" as const, id: services[i]!.id, lines: s.lines })),
    ...(restored ? [] : rawTargets).map((t) => ({ use: "target" as const, id: `${meta.id}:target:${t.ref}`, lines: t.lines })),
  ]);
  reportUnused(parts.input, owners, parts.metadata, warnings);
  if (restored) warnings.items.push(...restored.warnings);
  const parents = (meta.parents ?? parts.parents).filter((p) => p !== meta.id);
  const plan = deepNFC({
    id: meta.id,
    code: code ?? "…",
    title: nonEmpty(meta.title) ?? given(parts.title) ?? (code ? `Kế hoạch ${code}` : `Imported plan ${meta.id}`),
    issuer: issuer ?? "(không rõ)",
    level: level ?? "province",
    place: meta.place !== undefined ? meta.place : parts.place,
    issuedOn,
    parents: [...new Set(parents)],
    cites: parts.cites,
    adopts: parts.adopts,
    source: restored ? { ...restored.source, file: meta.file ?? restored.source.file } : { file: meta.file ?? null, method: parts.method, note: parts.sourceNote },
    sections,
    tasks,
    services,
    targets: restored?.targets ?? rawTargets.map(({ lines: _lines, ...target }) => target),
    abbreviations: parts.abbreviations ?? [],
    agencies: restored?.agencies ?? collectAgencies({ tasks, services }),
    notes: parts.notes,
    warnings: warnings.items,
  });
  const checked = PlanSchema.safeParse(plan);
  const account = (valid: Plan) => ({ plan: valid, lines: accountLines(parts.input, owners, parts.metadata, warnings) });
  if (checked.success && planIntegrityIssues(checked.data).length === 0) return account(checked.data);
  const problems = checked.success ? planIntegrityIssues(checked.data).map((i) => `${i.path}: ${i.message}`) : checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  warnings.add(null, `the plan read from the input did not validate (${problems.slice(0, 3).join("; ")}); its tasks were dropped`, "", owners.keys());
  owners = new Map();
  return account(PlanSchema.parse({ ...plan, sections: [], tasks: [], services: [], agencies: [], cites: [], adopts: [], warnings: warnings.items }));
}

/**
 * Whether an error is the JavaScript engine giving up on an input's size rather than a bug: V8's
 * regular expressions throw `RangeError: Maximum call stack size exceeded` on some patterns over a
 * run of millions of characters, and strings and arrays have a maximum length. The importers avoid
 * the patterns they know of; this is the net under those they do not. (Other RangeErrors, such as
 * an invalid date, are bugs and are not caught.)
 */
const isEngineLimit = (error: unknown): error is RangeError => error instanceof RangeError && /call stack size|invalid (?:string|array|typed array) length/i.test(error.message);

/**
 * The result of an import the engine gave up on (see {@link isEngineLimit}): a plan without tasks
 * whose one warning says why and reports every non-empty line, so that the caller gets a defined
 * answer and no line is dropped silently.
 *
 * @example
 * unreadableImport("x".repeat(10), { id: "x" }, "imported-text", new RangeError("Maximum call stack size exceeded")).plan.warnings[0].message
 */
export function unreadableImport(text: string, meta: ImportMeta, method: ImportedParts["method"], error: RangeError): ImportResult {
  const input = (typeof text === "string" ? text : "")
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ n: i + 1, text: line }))
    .filter((l) => l.text.trim() !== "");
  const warnings = new WarningList();
  const longest = input.reduce((max, l) => Math.max(max, l.text.length), 0);
  warnings.add(
    null,
    `the input could not be read (${error.message}): its longest line has ${longest.toLocaleString("en")} characters; split it into lines of ordinary length`,
    "",
    input.map((l) => l.n),
  );
  return assemblePlan({
    meta,
    method,
    ...nothingRead(),
    notes: [],
    sourceNote: "Not imported: the input was too large for the reader to handle.",
    warnings,
    input,
    metadata: new LineMetadata(),
  });
}

/**
 * An import's result with, last in its plan's warnings, what {@link cleanInput} removed from the
 * input (when it removed anything); a line that held nothing but control characters (empty once
 * cleaned, so no reader saw it) is accounted to that warning.
 */
function withCleaningWarning(result: ImportResult, input: string, cleaned: CleanedInput): ImportResult {
  const message = cleanedMessage(cleaned);
  if (!message) return result;
  const warning = result.plan.warnings.length;
  const after = cleaned.text.split(/\r\n|\r|\n/);
  const emptied = input
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .flatMap((line, i) => (line.trim() !== "" && (after[i] ?? "").trim() === "" ? [{ line: i + 1, use: "warning" as const, warning }] : []));
  const lines = emptied.length ? [...result.lines, ...emptied].sort((a, b) => a.line - b.line) : result.lines;
  return { lines, plan: { ...result.plan, warnings: [...result.plan.warnings, { line: cleaned.lines[0] ?? null, message, text: "" }] } };
}

/**
 * Runs an importer's reader on the input cleaned by {@link cleanInput} (NFC, control characters
 * removed and counted in a last warning), turning the engine giving up on the input's size ({@link
 * isEngineLimit}) into {@link unreadableImport}'s defined result; any other error is rethrown.
 *
 * @example
 * readWithinEngineLimits(text, meta, "imported-text", readPlanText) // readPlanText(text, meta), or a plan whose warning says why not
 */
export function readWithinEngineLimits(input: string, meta: ImportMeta, method: ImportedParts["method"], read: (input: string, meta: ImportMeta) => ImportResult): ImportResult {
  const cleaned = typeof input === "string" ? cleanInput(input) : null;
  try {
    const result = read(cleaned ? cleaned.text : input, meta);
    return cleaned ? withCleaningWarning(result, input, cleaned) : result;
  } catch (error) {
    if (isEngineLimit(error)) return unreadableImport(input, meta, method, error);
    throw error;
  }
}
