import { readFileSync } from "node:fs";
import type { FileSystem } from "./files";

/**
 * Where the CLI writes text: process.stdout or stderr, or a test's buffer.
 *
 * @example
 * let text = "";
 * const buffer: Writer = { write: (s: string) => (text += s) };
 */
export interface Writer {
  write(text: string): unknown;
  /** Whether it is a terminal (progress lines are drawn only on one). */
  isTTY?: boolean;
}

/**
 * Everything the CLI touches outside its arguments, so that it runs in-process as well as from a
 * shell: where output and errors go, the environment (NO_COLOR, FORCE_COLOR),
 * the folder relative file names start from, whether stdout is a terminal, and (for tests) the
 * file system its `--out` writes go through.
 *
 * @example
 * const out: string[] = [];
 * await run(["plans", "--format", "json"], { stdout: { write: (s) => out.push(s) }, stderr: process.stderr, env: {}, cwd: process.cwd(), tty: false })
 */
export interface CliIO {
  stdout: Writer;
  stderr: Writer;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether stdout is a terminal: plain-text tables and coloured statuses instead of markdown. */
  tty: boolean;
  /** The file system (node:fs unless a test passes a failing one). */
  fs?: FileSystem;
}

/**
 * The process's own I/O for the `dean06` command. A closed stdout or stderr (`dean06 lineage |
 * head`, `… | true`) ends the process quietly with the exit code set so far (EPIPE is not an
 * error of ours); any other failure of the streams is one line on stderr and exit code 2.
 *
 * @example
 * run(rawArguments(), processIO()).then((code) => (process.exitCode = code));
 */
export function processIO(): CliIO {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && stream === process.stdout) process.stderr.write(`dean06: cannot write the output (${error.code ?? error.message})\n`);
      process.exit(error.code === "EPIPE" ? (process.exitCode ?? 0) : 2);
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), tty: Boolean(process.stdout.isTTY) };
}

/**
 * The command-line arguments (without node and the script) with their raw bytes kept where they
 * are not valid UTF-8: Node decodes argv as UTF-8 and replaces such bytes with U+FFFD, so a file
 * named in Latin-1 or cut mid-character could not be opened. On Linux the raw arguments are in
 * /proc/self/cmdline; elsewhere (or when it cannot be read) the decoded strings are kept.
 *
 * @example
 * // dean06 coverage $'caf\xe9.txt'
 * rawArguments() // ["coverage", <Buffer 63 61 66 e9 2e 74 78 74>]
 */
export function rawArguments(argv: readonly string[] = process.argv, cmdline: () => Buffer = () => readFileSync("/proc/self/cmdline")): (string | Buffer)[] {
  const args = argv.slice(2);
  if (!args.some((arg) => arg.includes("\uFFFD"))) return args;
  let raw: Buffer[];
  try {
    raw = splitNul(cmdline());
  } catch {
    return args;
  }
  const tail = raw.slice(raw.length - args.length);
  if (tail.length !== args.length) return args;
  return args.map((arg, i) => (arg.includes("\uFFFD") && tail[i]!.toString("utf8") === arg && !Buffer.from(arg).equals(tail[i]!) ? tail[i]! : arg));
}

/** The NUL-terminated strings of a /proc cmdline. */
function splitNul(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      parts.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < bytes.length) parts.push(bytes.subarray(start));
  return parts;
}
