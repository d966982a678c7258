import type { Plan } from "../model/plan";
import { planToCSV } from "../render/plan-csv";
import { markdownTable } from "../render/table";
import type { Command, CommandInput } from "./commands";
import { readPlanFile } from "./load-plan";
import { UsageError } from "./usage-error";

const cut = (text: string, size: number) => (text.length > size ? `${text.slice(0, size - 1)}…` : text);

function markdown(plan: Plan, file: string): string {
  const head = `Imported ${plan.id} from ${file}: ${plan.code}, ${plan.issuer} (${plan.level}), issued ${plan.issuedOn ?? "?"}; ${plan.tasks.length} tasks in ${plan.sections.length} sections, ${plan.services.length} services, ${plan.targets.length ? `${plan.targets.length} targets, ` : ""}${plan.warnings.length} warnings.`;
  const parents = plan.parents.length ? `Derives from: ${plan.parents.join(", ")}.` : "Derives from: — (none found; pass --parent).";
  const rows = plan.tasks.map((t) => [t.ref, t.section, cut(t.text, 90), t.lead.join("; ") || "—", t.deadline.raw || "—"]);
  const table = markdownTable([{ heading: "ref" }, { heading: "section" }, { heading: "task" }, { heading: "lead" }, { heading: "deadline" }], rows);
  const shown = plan.warnings.slice(0, 20).map((w) => `- ${w.line ? `line ${w.line}: ` : ""}${w.message}`);
  const more = plan.warnings.length > 20 ? [`- … and ${plan.warnings.length - 20} more (see --format json)`] : [];
  const targets = plan.targets.length
    ? [
        "",
        "Targets:",
        "",
        markdownTable(
          [{ heading: "ref" }, { heading: "value", align: "right" }, { heading: "target" }],
          plan.targets.map((t) => [t.ref, t.value === null ? "—" : `${t.value}${t.unit ?? ""}`, cut(t.text, 90)]),
        ),
      ]
    : [];
  return [head, parents, "", table, ...targets, ...(shown.length ? ["", "Warnings:", ...shown, ...more] : [])].join("\n");
}

/**
 * `dean06 import <file> [--id <plan id>] [--parent <plan id> …] [--format markdown|json|csv]`:
 * imports a plan from a DOCX, a PDF with a text layer, a text file (parsePlan) or a `.csv`
 * spreadsheet (parsePlanCSV), as `importPlanFile` reads them, and prints it
 * — a summary with its task table (markdown), the whole plan (json), or its task list as CSV. The id
 * defaults to the file name. A file that yields no task is an error (exit code 2) naming why.
 */
export const importCommand: Command = {
  summary: "Import a plan from a DOCX, PDF, text or CSV file and print it.",
  usage: [
    "dean06 import <file> [--id <plan id>] [--parent <plan id> …] [--format markdown|json|csv]",
    "",
    "Reads Word documents (.docx: paragraphs, list numbers and real tables), PDFs with a text layer",
    "(lines and table rows rebuilt from positions; a scan must be OCR'd first), .csv files as",
    "spreadsheets (Vietnamese headers, ; or , separated), any other file as text pasted from PDF or",
    "Word (UTF-8, or UTF-16 with a byte-order mark). The plan id defaults to the file name;",
    "--parent (repeatable) sets the plans it derives from instead of those its text cites.",
    "",
    "Examples:",
    "  dean06 import seeds/raw/ninh-hoa-2022.txt",
    "  dean06 import ke-hoach-322.docx --parent qd-06-2022",
    "  dean06 import examples/plan-example.csv --id vi-du-2024 --parent khanh-hoa-1403-2022 --format json",
  ].join("\n"),
  formats: ["markdown", "json", "csv"],
  options: ["format", "out", "id", "parent"],
  async run(input: CommandInput): Promise<string> {
    if (input.args.length !== 1)
      throw new UsageError(`import takes one file: dean06 import <file> [--id …] [--parent …]${input.args.length > 1 ? ` (got ${input.args.length}: ${input.args.join(" ")})` : ""}`);
    const file = input.args[0]!;
    const plan = await readPlanFile(file, { id: input.id, parents: input.parent, path: input.path?.(file) });
    switch (input.format ?? "markdown") {
      case "json":
        return JSON.stringify(plan, null, 2);
      case "csv":
        return planToCSV(plan);
      default:
        return markdown(plan, file);
    }
  },
};
