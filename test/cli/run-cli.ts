import { fileURLToPath } from "node:url";
import type { CliIO } from "../../src/cli/io";
import { run } from "../../src/cli/run";

/** The repository's folder: relative file arguments are read from it, as from a shell there. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** What one run of the CLI gave: its exit code and what it wrote. */
export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `dean06 …args` in this process (src/cli/run.ts) with captured output: not a terminal, no
 * colour unless `io.env` asks for it, from the repository's folder. `io` overrides any of that
 * (a failing file system, a terminal).
 */
export async function dean06(args: readonly (string | Buffer)[], io: Partial<CliIO> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const status = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    cwd: root,
    tty: false,
    ...io,
  });
  return { status, stdout, stderr };
}

/** `dean06 …args` in this process; its standard output, after checking that it succeeded. */
export async function output(...args: string[]): Promise<string> {
  const result = await dean06(args);
  if (result.status !== 0) throw new Error(`dean06 ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}
