import { processIO, rawArguments } from "./io";
import { run } from "./run";

// The `dean06` executable: the CLI (run.ts) on this process's arguments and streams. A failure
// that escapes it (a bug) is still one line on stderr and exit code 2, never a stack trace.
process.on("uncaughtException", (error) => {
  process.stderr.write(`dean06: internal error: ${String(error instanceof Error ? error.message : error).split("\n")[0]}\n`);
  process.exit(2);
});

run(rawArguments(), processIO()).then((code) => {
  process.exitCode = code;
});
