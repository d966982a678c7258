import { planSummary } from "../analysis/summary";
import { plans, referencedPlans } from "../corpus/index";
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

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function renderPlans(format: string | undefined, tty: boolean): string {
  switch (format ?? "markdown") {
    case "json":
      return JSON.stringify(plans.map(planSummary), null, 2);
    case "csv":
      return [PLAN_COLUMNS.map((c) => c.heading), ...planRows()].map((row) => row.map(csvCell).join(",")).join("\n");
    case "markdown":
      return tty ? textTable(PLAN_COLUMNS, planRows()) : markdownTable(PLAN_COLUMNS, planRows());
    default:
      throw new UsageError(`unknown format "${format}" for this command`);
  }
}

/** The commands, by name. */
export function commands(tty: boolean): Record<string, Command> {
  return {
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
