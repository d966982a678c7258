import { compare } from "../analysis/compare";
import { coverage } from "../analysis/coverage";
import { drift } from "../analysis/drift";
import { coverageMatrix } from "../analysis/matrix";
import { planSummary } from "../analysis/summary";
import { plans, referencedPlans } from "../corpus/index";
import { type LinkOptions, link } from "../match/link";
import type { Plan } from "../model/plan";
import { toCsv } from "../render/csv";
import { driftCounts, driftCsv, driftTable } from "../render/drift";
import { linksCsv, linksHeadline, linksHtml, linksTable } from "../render/links";
import type { Report } from "../render/report";
import { type Column, markdownTable, textTable } from "../render/table";
import type { FilePath } from "./files";
import { importCommand } from "./import-command";
import type { Writer } from "./io";
import { lineageCommand } from "./lineage-command";
import { planArgument } from "./load-plan";
import { corpusOverrides, readOverrides } from "./overrides";
import { progress } from "./progress";
import { UsageError } from "./usage-error";

/** What a command receives: its positional arguments, the chosen output format and filters. */
export interface CommandInput {
  args: string[];
  format: string | undefined;
  /** `--plan`, `--task`, `--section` (lineage filters). */
  plan?: string;
  task?: string;
  section?: string;
  /** `--id`, `--parent` (import). */
  id?: string;
  parent?: string[];
  /** `--overrides`: a file of analysts' link corrections (links, coverage, drift). */
  overrides?: string;
  /** Where to open a file argument: resolved from the CLI's folder, raw bytes for a name that is not UTF-8 (the name itself when absent). */
  path?: (file: string) => FilePath;
}

/** A CLI command: its one-line summary, usage with examples, formats, and what it prints. */
export interface Command {
  summary: string;
  usage: string;
  formats: readonly string[];
  /** The options it takes besides --help (`format`, `out`, `overrides` …); any other is refused. */
  options: readonly string[];
  run(input: CommandInput): string | Promise<string>;
}

const PLAN_COLUMNS: Column[] = [
  { heading: "plan" },
  { heading: "code" },
  { heading: "level" },
  { heading: "issued" },
  { heading: "derives from" },
  { heading: "sections", align: "right" },
  { heading: "tasks", align: "right" },
  { heading: "dated", align: "right" },
  { heading: "services", align: "right" },
  { heading: "targets", align: "right" },
  { heading: "uncertain", align: "right" },
];

const rootCount = () => plans[0]!.tasks.length;

const COVERAGE_COLUMNS: Column[] = [
  { heading: "plan" },
  { heading: "covered", align: "right" },
  { heading: "partial", align: "right" },
  { heading: "adopted", align: "right" },
  { heading: "missing", align: "right" },
  { heading: "covered %", align: "right" },
  { heading: "local-only", align: "right" },
  { heading: "services", align: "right" },
  { heading: "drifted", align: "right" },
];

function coverageSummary(tty: boolean): string {
  const rows = plans.slice(1).map((plan) => {
    const r = coverage(plan);
    const t = r.totals;
    const services = `${r.services.filter((s) => s.status === "covered").length}/${r.services.length}`;
    return [plan.id, ...[t.covered, t.partial, t.adopted, t.missing].map(String), `${Math.round(t.coveredRatio * 100)}%`, String(r.localOnly.length), services, String(r.drifted.length)];
  });
  return tty ? textTable(COVERAGE_COLUMNS, rows) : markdownTable(COVERAGE_COLUMNS, rows);
}

function planRows(): string[][] {
  return plans.map((plan) => {
    const s = planSummary(plan);
    return [s.id, s.code, s.level, s.issuedOn ?? "?", s.parents.join(", ") || "—", ...[s.sections, s.tasks, s.datedTasks, s.services, s.targets, s.uncertain].map(String)];
  });
}

function renderPlans(format: string | undefined, tty: boolean): string {
  switch (format ?? "markdown") {
    case "json":
      return JSON.stringify(plans.map(planSummary), null, 2);
    case "csv":
      return toCsv(
        PLAN_COLUMNS.map((c) => c.heading),
        planRows(),
      );
    case "markdown":
      return tty ? textTable(PLAN_COLUMNS, planRows()) : markdownTable(PLAN_COLUMNS, planRows());
    default:
      throw new UsageError(`unknown format "${format}" for this command`);
  }
}

/** Renders a report in a CLI format: markdown (plain text on a terminal), json, csv or html. */
function renderReport<T extends object>(report: Report<T>, format: string | undefined, tty: boolean): string {
  switch (format ?? "markdown") {
    case "json":
      return report.toJSON() as string;
    case "csv":
      return report.toCSV();
    case "html":
      return report.toHTML();
    default:
      return tty ? report.toString() : report.toMarkdown();
  }
}

const REPORT_FORMATS = ["markdown", "json", "csv", "html"] as const;

async function onePlanArgument(args: string[], command: string, path: CommandInput["path"]): Promise<Plan> {
  if (args.length !== 1) throw new UsageError(`${command} takes one plan: a built-in id (see \`dean06 plans\`) or a plan file${args.length > 1 ? ` (got ${args.length}: ${args.join(" ")})` : ""}`);
  return planArgument(args[0]!, path?.(args[0]!));
}

/** The plan argument of a command that reads `--overrides`, and the link options they make. */
async function planWithOverrides({ args, overrides, path }: Pick<CommandInput, "args" | "overrides" | "path">, command: string): Promise<{ plan: Plan; options: LinkOptions }> {
  const plan = await onePlanArgument(args, command, path);
  return { plan, options: overrides === undefined ? {} : { overrides: readOverrides(overrides, plan, path?.(overrides)) } };
}

/** Refuses positional arguments to a command that takes none. */
function noArguments(args: string[], command: string): void {
  if (args.length) throw new UsageError(`${command} takes no arguments (got ${args.map((a) => `"${a}"`).join(" ")})`);
}

/** The options of commands on one plan or on several. */
const PLAN_OPTIONS = ["format", "out", "overrides"] as const;

const OVERRIDES_USAGE =
  '--overrides file: analysts\' corrections, JSON { "pin": [{ "local": "19", "national": "II.4" }],\n' +
  '"forbid": [...] } (task refs or ids), or a links CSV (.csv) whose review column says pin or\n' +
  "forbid; pinned links score 1, forbidden ones are never made.";

const CORPUS_OVERRIDES_USAGE = "--overrides file: analysts' corrections as for `dean06 links`, local tasks by id (plan:ref);\n" + "each plan takes the pairs of its own tasks.";

/**
 * The commands, by name; `tty` says whether stdout is a terminal (plain-text tables), `stderr`
 * where progress lines go (drawn only when it is a terminal).
 */
export function commands(tty: boolean, stderr: Writer = process.stderr): Record<string, Command> {
  return {
    coverage: {
      summary: "Which national tasks a plan covers, drops, moves and adds.",
      usage:
        "dean06 coverage <plan id | plan file> [--format markdown|json|csv|html] [--overrides file] [--out file]\n\n" +
        "For each of the 52 national tasks: covered, partial, missing or adopted, with the local\n" +
        "tasks that implement it and their deadline drift; totals per section; local-only tasks;\n" +
        "the 25 essential services.\n\n" +
        "A plan file is a .json plan, a .docx or .pdf document, a .csv spreadsheet or a text file (imported as by `dean06 import`).\n" +
        `${OVERRIDES_USAGE}\n\n` +
        "Examples:\n  dean06 coverage hue-2022\n  dean06 coverage examples/plan-example.csv\n  dean06 coverage hcmc-2024 --format html --out hcmc-2024.html",
      formats: REPORT_FORMATS,
      options: PLAN_OPTIONS,
      run: async (input) => {
        const { plan, options } = await planWithOverrides(input, "coverage");
        return renderReport(coverage(plan, options), input.format, tty);
      },
    },
    links: {
      summary: "The links of a plan's tasks to the national tasks, with their evidence.",
      usage:
        "dean06 links <plan id | plan file> [--format markdown|json|csv|html] [--overrides file] [--out file]\n\n" +
        "Every link with its score, strength, the phrases both tasks write, the runner-up national\n" +
        "tasks and the local wording; then the unlinked tasks (local additions). CSV gives one row\n" +
        "per link and one per unlinked task, for review: write pin or forbid in its review column\n" +
        "(and why in note) and give the file back with --overrides. HTML shows, for each link, both\n" +
        "wordings and a chart of its score's components with the runners-up, ready to print.\n" +
        `${OVERRIDES_USAGE}\n\n` +
        "Examples:\n  dean06 links hue-2026\n  dean06 links hue-2026 --format html --out links-hue-2026.html\n  dean06 links hue-2026 --format csv --out review-hue-2026.csv\n  dean06 coverage hue-2026 --overrides review-hue-2026.csv\n  dean06 links hue-2026 --overrides examples/overrides-hue-2026.json",
      formats: ["markdown", "json", "csv", "html"],
      options: PLAN_OPTIONS,
      run: async (input) => {
        const { plan, options } = await planWithOverrides(input, "links");
        const result = link(plan, options);
        if (input.format === "json") return JSON.stringify(result, null, 2);
        if (input.format === "csv") return linksCsv(result, plan);
        if (input.format === "html") return linksHtml(result, plan);
        return `${linksHeadline(result, plan)}\n\n${linksTable(result, plan, tty ? "text" : "markdown")}`;
      },
    },
    matrix: {
      summary: "National tasks × plans: the cross-plan coverage picture.",
      usage:
        "dean06 matrix [plan id | plan file …] [--format markdown|json|csv|html] [--overrides file] [--out file]\n\n" +
        "All built-in derived plans unless plans are named.\n" +
        `${CORPUS_OVERRIDES_USAGE}\n\n` +
        "Examples:\n  dean06 matrix\n  dean06 matrix hue-2022 hue-2026 --format html --out matrix.html",
      formats: REPORT_FORMATS,
      options: PLAN_OPTIONS,
      run: async ({ args, format, overrides, path }) => {
        const options = corpusOverrides(overrides, overrides === undefined ? undefined : path?.(overrides));
        const bar = progress(args.length || plans.length - 1, stderr);
        const selected: Plan[] | undefined = args.length ? [] : undefined;
        for (const arg of args) bar.step(`reading ${arg}`), selected!.push(await planArgument(arg, path?.(arg)));
        const report = coverageMatrix(selected, { ...options, onProgress: (_done, _total, id) => bar.step(id) });
        bar.done();
        return renderReport(report, format, tty);
      },
    },
    compare: {
      summary: "Compare two plans: tasks matched, only in one, deadline changes.",
      usage:
        "dean06 compare <plan a> <plan b> [--format markdown|json|csv|html] [--overrides file] [--out file]\n\n" +
        "Matches b's tasks with a's directly and through shared national tasks.\n" +
        `${CORPUS_OVERRIDES_USAGE}\n\n` +
        "Examples:\n  dean06 compare hue-2022 hue-2026\n  dean06 compare hue-2022 hue-2026 --format csv",
      formats: REPORT_FORMATS,
      options: PLAN_OPTIONS,
      run: async ({ args, format, overrides, path }) => {
        if (args.length !== 2) throw new UsageError(`compare takes two plans: built-in ids (see \`dean06 plans\`) or plan files${args.length > 2 ? ` (got ${args.length}: ${args.join(" ")})` : ""}`);
        const options = corpusOverrides(overrides, overrides === undefined ? undefined : path?.(overrides));
        return renderReport(compare(await planArgument(args[0]!, path?.(args[0]!)), await planArgument(args[1]!, path?.(args[1]!)), options), format, tty);
      },
    },
    lineage: lineageCommand,
    import: importCommand,
    drift: {
      summary: "Deadline drift of a plan's tasks against the national tasks they implement.",
      usage:
        "dean06 drift <plan id | plan file> [--format markdown|json|csv] [--overrides file] [--out file]\n\n" +
        "Local end minus national end in days for every link; status same, earlier, later,\n" +
        "recurring or not-comparable; flags deadlines overdue at issue and dropped ones.\n" +
        `${OVERRIDES_USAGE}\n\n` +
        "Examples:\n  dean06 drift hcmc-2024\n  dean06 drift hue-2022 --format csv --out hue-drift.csv",
      formats: ["markdown", "json", "csv"],
      options: PLAN_OPTIONS,
      run: async ({ format, ...input }) => {
        const { plan, options } = await planWithOverrides(input, "drift");
        const items = drift(plan, options);
        if (format === "json") return JSON.stringify(items, null, 2);
        if (format === "csv") return driftCsv(items);
        const counts = Object.entries(driftCounts(items))
          .map(([status, n]) => `${n} ${status}`)
          .join(", ");
        return `Deadline drift of ${plan.id} (${plan.code}) against ${plans[0]!.id}: ${items.length} links (${counts}).\n\n${driftTable(items, tty ? "text" : "markdown")}`;
      },
    },
    plans: {
      summary: "List the built-in plans with their counts.",
      usage: "dean06 plans [--format markdown|json|csv]\n\nExamples:\n  dean06 plans\n  dean06 plans --format json",
      formats: ["markdown", "json", "csv"],
      options: ["format", "out"],
      run: ({ args, format }) => {
        noArguments(args, "plans");
        return renderPlans(format, tty);
      },
    },
    summary: {
      summary: "The main job: the built-in corpus and the coverage summary of every plan.",
      usage: "dean06 summary\n\nExample:\n  dean06 summary",
      formats: ["markdown"],
      options: ["format", "out"],
      run: ({ args, format }) => {
        noArguments(args, "summary");
        const referenced = referencedPlans.map((r) => `${r.id} (${r.code}, ${r.issuer})`).join("; ");
        const tasks = plans.reduce((n, p) => n + p.tasks.length, 0);
        return [
          `dean06 corpus: ${plans.length} plans, ${tasks} tasks; national root ${plans[0]!.id} (${plans[0]!.code}).`,
          "",
          renderPlans(format, tty),
          "",
          `Referenced-only documents: ${referenced}.`,
          "",
          `Coverage of the ${rootCount()} national tasks (dean06 coverage <plan> for the detail):`,
          "",
          coverageSummary(tty),
        ].join("\n");
      },
    },
  };
}
