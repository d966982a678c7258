import { drift } from "../analysis/drift";
import { planSummary } from "../analysis/summary";
import { getPlan, plans, referencedPlans } from "../corpus/index";
import { driftCounts, driftCsv, driftTable } from "../render/drift";
import { toCsv } from "../render/csv";
import { markdownTable, textTable, type Column } from "../render/table";
import { UsageError } from "./usage-error";

/** What a command receives: its positional arguments and the chosen output format. */
export interface CommandInput {
  args: string[];
  format: string | undefined;
}

/** A CLI command: its one-line summary, usage with examples, formats, and what it prints. */
export interface Command {
  summary: string;
  usage: string;
  formats: readonly string[];
  run(input: CommandInput): string;
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
      return toCsv(PLAN_COLUMNS.map((c) => c.heading), planRows());
    case "markdown":
      return tty ? textTable(PLAN_COLUMNS, planRows()) : markdownTable(PLAN_COLUMNS, planRows());
    default:
      throw new UsageError(`unknown format "${format}" for this command`);
  }
}

function onePlanArgument(args: string[], command: string): string {
  if (args.length !== 1) throw new UsageError(`${command} takes one plan id (see \`dean06 plans\`)`);
  return args[0]!;
}

/** The commands, by name. */
export function commands(tty: boolean): Record<string, Command> {
  return {
    drift: {
      summary: "Deadline drift of a plan's tasks against the national tasks they implement.",
      usage:
        "dean06 drift <plan> [--format markdown|json|csv] [--out file]\n\n" +
        "Local end minus national end in days for every link; status same, earlier, later,\n" +
        "recurring or not-comparable; flags deadlines overdue at issue and dropped ones.\n\n" +
        "Examples:\n  dean06 drift hcmc-2024\n  dean06 drift hue-2022 --format csv --out hue-drift.csv",
      formats: ["markdown", "json", "csv"],
      run: ({ args, format }) => {
        const plan = getPlan(onePlanArgument(args, "drift"));
        const items = drift(plan);
        if (format === "json") return JSON.stringify(items, null, 2);
        if (format === "csv") return driftCsv(items);
        const counts = Object.entries(driftCounts(items)).map(([status, n]) => `${n} ${status}`).join(", ");
        return `Deadline drift of ${plan.id} (${plan.code}) against ${plans[0]!.id}: ${items.length} links (${counts}).\n\n${driftTable(items, tty ? "text" : "markdown")}`;
      },
    },
    plans: {
      summary: "List the built-in plans with their counts.",
      usage: "dean06 plans [--format markdown|json|csv]\n\nExamples:\n  dean06 plans\n  dean06 plans --format json",
      formats: ["markdown", "json", "csv"],
      run: ({ format }) => renderPlans(format, tty),
    },
    summary: {
      summary: "The main job: an overview of the built-in corpus.",
      usage: "dean06 summary\n\nExample:\n  dean06 summary",
      formats: ["markdown"],
      run: ({ format }) => {
        const referenced = referencedPlans.map((r) => `${r.id} (${r.code}, ${r.issuer})`).join("; ");
        const tasks = plans.reduce((n, p) => n + p.tasks.length, 0);
        return [
          `dean06 corpus: ${plans.length} plans, ${tasks} tasks; national root ${plans[0]!.id} (${plans[0]!.code}).`,
          "",
          renderPlans(format, tty),
          "",
          `Referenced-only documents: ${referenced}.`,
        ].join("\n");
      },
    },
  };
}
