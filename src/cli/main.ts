import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Dean06Error } from "../model/errors";
import { colourEnabled, colourStatuses } from "./colour";
import { commands } from "./commands";
import { fileErrorReason } from "./load-plan";
import { UsageError } from "./usage-error";

const HELP_TAIL = "Run `dean06 <command> --help` for a command's options and examples.";

function overview(table: ReturnType<typeof commands>): string {
  const names = Object.keys(table);
  const width = Math.max(...names.map((n) => n.length));
  return [
    "dean06: coverage, deadline drift and lineage of Đề án 06 (06/QĐ-TTg) implementation plans.",
    "",
    "Usage: dean06 <command> [options]",
    "",
    "Commands:",
    ...names.map((name) => `  ${name.padEnd(width)}  ${table[name]!.summary}`),
    "",
    HELP_TAIL,
  ].join("\n");
}

/** Runs the CLI on `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], tty = Boolean(process.stdout.isTTY)): Promise<number> {
  const table = commands(tty);
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        out: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
        plan: { type: "string" },
        task: { type: "string" },
        section: { type: "string" },
        id: { type: "string" },
        parent: { type: "string", multiple: true },
        overrides: { type: "string" },
      },
    });
    const [name, ...args] = positionals;
    if (!name) {
      process.stdout.write(`${overview(table)}\n`);
      return values.help ? 0 : 2;
    }
    const command = table[name];
    if (!command) throw new UsageError(`unknown command "${name}"; commands: ${Object.keys(table).join(", ")}`);
    if (values.help) {
      process.stdout.write(`${command.summary}\n\n${command.usage}\n`);
      return 0;
    }
    if (values.format !== undefined && !command.formats.includes(values.format)) {
      throw new UsageError(`unknown format "${values.format}" for ${name}; formats: ${command.formats.join(", ")}`);
    }
    if (values.overrides !== undefined && !command.overrides) {
      throw new UsageError(`${name} does not take --overrides (${Object.keys(table).filter((n) => table[n]!.overrides).join(", ")} do)`);
    }
    const output = await command.run({ args, format: values.format, plan: values.plan, task: values.task, section: values.section, id: values.id, parent: values.parent, overrides: values.overrides });
    if (values.out) writeOutput(values.out, `${output}\n`);
    else process.stdout.write(`${values.format === undefined && colourEnabled(process.stdout) ? colourStatuses(output) : output}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`dean06: ${describe(error)}\n`);
    return 2;
  }
}

/** Writes the output file, or throws a UsageError that says why it cannot. */
function writeOutput(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${file} (${fileErrorReason(error, "no such directory")})`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Dean06Error) return error.message;
  if (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
    return `${error.message.split("\n")[0]} (${HELP_TAIL.toLowerCase()})`;
  }
  if (error instanceof Error && "code" in error && typeof error.code === "string") return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
