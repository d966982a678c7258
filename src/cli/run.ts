import { isAbsolute, resolve } from "node:path";
import { parseArgs } from "node:util";
import { version } from "../../package.json";
import { Dean06Error } from "../model/errors";
import { terminalText } from "../render/safe";
import { colourEnabled, colourStatuses } from "./colour";
import { type Command, commands } from "./commands";
import { type FilePath, fileErrorReason, realFileSystem, writeFileAtomic } from "./files";
import type { CliIO } from "./io";
import { didYouMean } from "./suggest";
import { UsageError } from "./usage-error";

const OPTIONS = {
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  plan: { type: "string" },
  task: { type: "string" },
  section: { type: "string" },
  id: { type: "string" },
  parent: { type: "string", multiple: true },
  overrides: { type: "string" },
} as const;

type OptionName = keyof typeof OPTIONS;
const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];

const HELP_TAIL = "Run `dean06 help <command>` for a command's options and examples.";

function overview(table: Record<string, Command>): string {
  const names = Object.keys(table);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `dean06 ${version}: coverage, deadline drift and lineage of Đề án 06 (06/QĐ-TTg) implementation plans.`,
    "",
    "Usage: dean06 <command> [options]",
    "       dean06 help [<command>]",
    "       dean06 --version",
    "",
    "Commands:",
    ...names.map((name) => `  ${name.padEnd(width)}  ${table[name]!.summary}`),
    "",
    HELP_TAIL,
  ].join("\n");
}

/** A command's help: its summary, then its usage and examples. */
const commandHelp = (command: Command) => `${command.summary}\n\n${command.usage}`;

/**
 * Runs the `dean06` command line in this process: `argv` are the arguments after node and the
 * script (a `Buffer` stands for an argument that is not valid UTF-8, such as a Latin-1 file
 * name), `io` where it reads and writes. Resolves to the exit code: 0, or 2 for anything it
 * cannot do — then stderr holds exactly one line that says why (a suggestion for a mistyped
 * command, option, format or plan id), never a stack trace. `--out` files are written whole or
 * not at all.
 *
 * @example
 * const out: string[] = [];
 * const io = { stdout: { write: (s: string) => out.push(s) }, stderr: process.stderr, env: {}, cwd: process.cwd(), tty: false };
 * await run(["drift", "hue-2022", "--format", "csv"], io) // 0, and out holds the CSV
 * await run(["drfit", "hue-2022"], io) // 2; stderr: dean06: unknown command "drfit"; did you mean "drift"? …
 */
export async function run(argv: readonly (string | Buffer)[], io: CliIO): Promise<number> {
  const table = commands(io.tty, io.stderr);
  if (!argv.length) {
    io.stderr.write(`${overview(table)}\n`);
    return 2;
  }
  // arguments that are not valid UTF-8 are read as text with U+FFFD and opened by their bytes
  const raw = new Map<string, Buffer>();
  const args = argv.map((arg) => {
    if (typeof arg === "string") return arg;
    const text = arg.toString("utf8");
    raw.set(text, arg);
    return text;
  });
  const path = (file: string): FilePath => {
    const bytes = raw.get(file);
    if (!bytes) return resolve(io.cwd, file);
    return isAbsolute(file) ? bytes : Buffer.concat([Buffer.from(`${io.cwd.replace(/\/$/, "")}/`), bytes]);
  };
  try {
    const { values, positionals } = readArguments(args);
    if (values.version) {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    let [name, ...rest] = positionals;
    if (name === "help") {
      if (rest.length > 1) throw new UsageError(`help takes one command at most (got ${rest.map((r) => `"${r}"`).join(", ")})`);
      if (!rest.length) {
        io.stdout.write(`${overview(table)}\n`);
        return 0;
      }
      [name, rest] = [rest[0], []];
      values.help = true;
    }
    if (name === undefined) {
      if (!values.help) throw new UsageError(`no command given; commands: ${Object.keys(table).join(", ")} (${HELP_TAIL.toLowerCase()})`);
      io.stdout.write(`${overview(table)}\n`);
      return 0;
    }
    const command = table[name];
    if (!command) throw new UsageError(`unknown command "${name}"${didYouMean(name, Object.keys(table))}; commands: ${Object.keys(table).join(", ")}`);
    if (values.help) {
      io.stdout.write(`${commandHelp(command)}\n`);
      return 0;
    }
    checkOptions(name, command, values, table);
    const output = await command.run({
      args: rest,
      format: values.format,
      plan: values.plan,
      task: values.task,
      section: values.section,
      id: values.id,
      parent: values.parent,
      overrides: values.overrides,
      path,
    });
    if (values.out !== undefined) writeOutput(values.out, path(values.out), `${output}\n`, io);
    else io.stdout.write(`${values.format === undefined && colourEnabled({ isTTY: io.tty }, io.env) ? colourStatuses(output) : values.format === "json" ? jsonWithoutC1(output) : output}\n`);
    return 0;
  } catch (error) {
    // one line, whatever the message quotes (a file name, a plan's text): controls made visible
    io.stderr.write(`dean06: ${terminalText(describe(error))}\n`);
    return 2;
  }
}

/** JSON with C1 controls (U+0080–U+009F, which JSON.stringify leaves raw and a terminal obeys) written as \u escapes: the same JSON value. */
const jsonWithoutC1 = (json: string) => json.replace(/[\u0080-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

type Values = { -readonly [K in OptionName]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]["type"] extends "boolean" ? boolean : string };

/** Parses the arguments; an unknown option (with a suggestion) or one given twice is a usage error. */
function readArguments(args: string[]): { values: Values; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; tokens: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, tokens: true, options: OPTIONS });
  } catch (error) {
    const unknown = error instanceof Error && /^Unknown option '([^']*)'/.exec(error.message)?.[1];
    if (unknown) {
      const long = unknown.startsWith("--") ? unknown.slice(2).split("=")[0]! : "";
      const hint = long ? didYouMean(long, OPTION_NAMES, (s) => `--${s}`) : "";
      throw new UsageError(`unknown option ${unknown}${hint} (${HELP_TAIL.toLowerCase()})`);
    }
    throw error;
  }
  const counts = new Map<string, number>();
  for (const token of parsed.tokens) if (token.kind === "option") counts.set(token.name, (counts.get(token.name) ?? 0) + 1);
  for (const [name, count] of counts) {
    if (count > 1 && !("multiple" in OPTIONS[name as OptionName])) throw new UsageError(`--${name} is given ${count} times; give it once`);
  }
  return { values: parsed.values as Values, positionals: parsed.positionals };
}

/** Refuses options the command does not take, an unknown format, and an empty --out. */
function checkOptions(name: string, command: Command, values: Values, table: Record<string, Command>): void {
  for (const option of OPTION_NAMES) {
    if (values[option] === undefined || option === "help" || option === "version" || command.options.includes(option)) continue;
    const takers = Object.keys(table).filter((n) => table[n]!.options.includes(option));
    throw new UsageError(`${name} does not take --${option} (${takers.join(", ")} do${takers.length === 1 ? "es" : ""}); its options: ${command.options.map((o) => `--${o}`).join(", ")}`);
  }
  if (values.format !== undefined && !command.formats.includes(values.format)) {
    throw new UsageError(`unknown format "${values.format}" for ${name}${didYouMean(values.format, command.formats)}; formats: ${command.formats.join(", ")}`);
  }
  if (values.out === "") throw new UsageError("--out needs a file name (leave it out to print to the standard output)");
}

/** Writes the output file whole (a temporary file renamed), or throws a UsageError that says why it cannot. */
function writeOutput(file: string, path: FilePath, text: string, io: CliIO): void {
  try {
    writeFileAtomic(path, text, io.fs ?? realFileSystem);
  } catch (error) {
    throw new UsageError(`cannot write ${file} (${fileErrorReason(error, "no such directory")})`);
  }
}

/** One line that says what went wrong. */
function describe(error: unknown): string {
  let message: string;
  if (error instanceof Dean06Error) message = error.message;
  else if (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) message = `${error.message.split("\n")[0]} (${HELP_TAIL.toLowerCase()})`;
  else if (error instanceof Error && "code" in error && typeof error.code === "string") message = `${error.code}: ${error.message}`;
  else message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
