import { filterLineage, planLevel } from "../lineage/filter";
import { lineage, toJSON } from "../lineage/graph";
import { carriers, citedDocuments, LineageNodeNotFoundError, pathToRoot } from "../lineage/queries";
import type { LineageGraph } from "../lineage/types";
import { toDot } from "../render/dot";
import { toGEXF } from "../render/gexf";
import { displayDate } from "../render/lineage-style";
import { toMermaid } from "../render/mermaid";
import { toSVG } from "../render/svg";
import { markdownTable } from "../render/table";
import type { Command, CommandInput } from "./commands";
import { corpusOverrides } from "./overrides";
import { didYouMean } from "./suggest";
import { UsageError } from "./usage-error";

/**
 * What `dean06 lineage` receives: the common input plus its filters (`--plan`, `--task`, `--section`).
 *
 * @example
 * const input: LineageCommandInput = { args: [], format: "svg", task: "qd-06-2022:V.11" };
 */
export interface LineageCommandInput extends CommandInput {
  plan?: string | undefined;
  task?: string | undefined;
  section?: string | undefined;
}

/**
 * A command whose output may be a promise (`--format svg` renders with WebAssembly).
 *
 * @example
 * const output = await lineageCommand.run({ args: [], format: undefined });
 */
export type LineageCommand = Omit<Command, "run"> & { run(input: LineageCommandInput): string | Promise<string> };

const FORMATS = ["markdown", "dot", "mermaid", "gexf", "json", "svg"] as const;

/** The filters of the input; a positional argument is a task id (with ":") or a plan id. */
function filters(input: LineageCommandInput): { plan?: string; task?: string; section?: string } {
  if (input.args.length > 1) throw new UsageError("lineage takes at most one plan or task id (or use --plan, --task, --section)");
  const positional = input.args[0];
  const task = input.task ?? (positional?.includes(":") ? positional : undefined);
  const plan = input.plan ?? (positional && !positional.includes(":") ? positional : undefined);
  return { ...(plan ? { plan } : {}), ...(task ? { task } : {}), ...(input.section ? { section: input.section } : {}) };
}

/** filterLineage, with "did you mean" for a mistyped plan or task id. */
function filterWithSuggestion(graph: LineageGraph, chosen: { plan?: string; task?: string; section?: string }): LineageGraph {
  try {
    return filterLineage(graph, chosen);
  } catch (error) {
    if (!(error instanceof LineageNodeNotFoundError)) throw error;
    const hint = didYouMean(error.key, graph.nodes());
    if (hint) throw new UsageError(`${error.message.replace(/\.$/, "")}${hint}`);
    throw error;
  }
}

function chain(graph: LineageGraph, key: string): string {
  const path = pathToRoot(graph, key);
  return path ? path.join(" → ") : "(no path to the root)";
}

function plansMarkdown(graph: LineageGraph): string {
  const rows: string[][] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== "plan") return;
    const parents: string[] = [];
    graph.forEachOutEdge(key, (_, edge, _source, target) => {
      if (edge.type === "derives-from") parents.push(target);
    });
    rows.push([key, a.code ?? "?", a.issuer ?? "?", a.level ?? "?", displayDate(a.date) ?? "?", a.loaded ? "yes" : "no", parents.join(", ") || "—"]);
  });
  const columns = ["plan", "code", "issuer", "level", "date", "in corpus", "derives from"].map((heading) => ({ heading }));
  return `Plan lineage: ${rows.length} plans.\n\n${markdownTable(columns, rows)}`;
}

function taskMarkdown(graph: LineageGraph, task: string): string {
  const rows = carriers(graph, task).map((c) => [c.task, c.deadline ?? "—", c.implements, c.score.toFixed(2), c.text]);
  const columns = [{ heading: "carried by" }, { heading: "deadline" }, { heading: "implements" }, { heading: "score", align: "right" as const }, { heading: "wording" }];
  const table = rows.length ? `\n\n${markdownTable(columns, rows)}` : "\n\nNo task carries it.";
  return `Lineage of ${task}: ${chain(graph, task)}.${table}`;
}

function planMarkdown(graph: LineageGraph, plan: string): string {
  const rows: string[][] = [];
  graph.forEachOutEdge(plan, (_, edge, _source, task) => {
    const attrs = graph.getNodeAttributes(task);
    if (edge.type !== "contains" || attrs.kind !== "task") return;
    const links: string[] = [];
    graph.forEachOutEdge(task, (_k, up, _s, target) => {
      if (up.type === "implements") links.push(`${target} (${up.score.toFixed(2)})`);
    });
    rows.push([task, links.join(", ") || "— (local)", attrs.deadline ?? "—"]);
  });
  const cited = citedDocuments(graph, plan);
  const columns = [{ heading: "task" }, { heading: "implements (score)" }, { heading: "deadline" }];
  return `Lineage of ${plan}: ${chain(graph, plan)}.${cited.length ? ` Cites: ${cited.join(", ")}.` : ""}\n\n${markdownTable(columns, rows)}`;
}

function sectionMarkdown(graph: LineageGraph, section: string): string {
  const root = graph.getAttribute("root");
  const national = graph.filterNodes((_, a) => a.kind === "task" && a.plan === root && a.section === section);
  const rows = national.map((task) => {
    const found = carriers(graph, task);
    const plans = [...new Set(found.map((c) => c.plan))];
    return [task, String(found.length), plans.join(", ") || "—"];
  });
  const columns = [{ heading: "national task" }, { heading: "carried by", align: "right" as const }, { heading: "plans" }];
  return `Section ${section} of ${root}: ${national.length} national tasks.\n\n${markdownTable(columns, rows)}`;
}

function markdown(graph: LineageGraph, chosen: { plan?: string; task?: string; section?: string }): string {
  if (chosen.task) return taskMarkdown(graph, chosen.task);
  if (chosen.plan) return planMarkdown(graph, chosen.plan);
  if (chosen.section) return sectionMarkdown(graph, chosen.section);
  return plansMarkdown(graph);
}

/**
 * `dean06 lineage [<plan or task id>] [--plan <id>] [--task <task id>] [--section <national
 * section>] [--format markdown|dot|mermaid|gexf|json|svg]`: the lineage graph of the built-in
 * corpus, filtered to one task's lineage, one plan's, or one national section's. Without a
 * filter, pictures and markdown show the plan level and json/gexf export the whole graph.
 *
 * @example
 * await lineageCommand.run({ args: [], format: "dot", task: "qd-06-2022:V.11" }) // "digraph lineage { … }"
 */
export const lineageCommand: LineageCommand = {
  summary: "Lineage of plans and tasks: what derives from what, down to each local task.",
  usage:
    "dean06 lineage [<plan or task id>] [--plan <id>] [--task <task id>] [--section <national section>]\n" +
    "               [--format markdown|dot|mermaid|gexf|json|svg] [--out file]\n\n" +
    "--task: the task, what it implements up to the root, and every task that carries it;\n" +
    "--plan: the plan, its tasks and what they implement; --section: a section of 06/QĐ-TTg\n" +
    "and every task that carries one of its tasks. Without a filter, markdown and pictures\n" +
    "(dot, mermaid, svg) show the plan level; json (graphology) and gexf (Gephi) the whole graph.\n" +
    "--overrides file: analysts' corrections as for `dean06 links`, local tasks by id (plan:ref).\n\n" +
    "Examples:\n  dean06 lineage\n  dean06 lineage --task qd-06-2022:V.11 --format svg --out v11.svg\n" +
    "  dean06 lineage --plan hue-2026 --format mermaid\n  dean06 lineage --section V --format dot | dot -Tpng > v.png\n" +
    "  dean06 lineage --format gexf --out lineage.gexf",
  formats: FORMATS,
  options: ["format", "out", "overrides", "plan", "task", "section"],
  run: (input) => {
    const format = input.format ?? "markdown";
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" for lineage; formats: ${FORMATS.join(", ")}`);
    const chosen = filters(input);
    const filtered = Boolean(chosen.task || chosen.plan || chosen.section);
    const whole = filtered || format === "json" || format === "gexf";
    const { overrides } = corpusOverrides(input.overrides, input.overrides === undefined ? undefined : input.path?.(input.overrides));
    const graph = whole ? lineage(undefined, { overrides }) : lineage(undefined, { tasks: false, overrides });
    const view = filtered ? filterWithSuggestion(graph, chosen) : format === "json" || format === "gexf" ? graph : planLevel(graph);
    switch (format) {
      case "dot":
        return toDot(view);
      case "mermaid":
        return toMermaid(view);
      case "gexf":
        return toGEXF(view);
      case "json":
        return toJSON(view, 2);
      case "svg":
        return toSVG(view);
      default:
        return markdown(chosen.task || chosen.plan || chosen.section ? graph : view, chosen);
    }
  },
};
