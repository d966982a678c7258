import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// vitest globalSetup of the tests that run the built package (dist/): builds it with tsup when it
// is missing or older than what it is built from, so that `npx vitest run` after an edit tests
// the edit, not the last build. `npm test` builds first (pretest), and then this does nothing.

const root = fileURLToPath(new URL("..", import.meta.url));
const OUTPUTS = ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/cli.js"];
const INPUTS = ["src", "seeds", "package.json", "tsup.config.ts", "tsconfig.json"];

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** Why dist/ must be built again, or null when it is current. */
export function staleness(): string | null {
  const missing = OUTPUTS.find((file) => !existsSync(join(root, file)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((file) => statSync(join(root, file)).mtimeMs));
  const changed = INPUTS.filter((input) => existsSync(join(root, input)) && newest(join(root, input)) > built);
  return changed.length ? `${changed.join(", ")} changed since the last build` : null;
}

export default function setup(): void {
  const why = staleness();
  if (!why) return;
  console.log(`building dist/ (${why}) …`);
  const started = Date.now();
  try {
    execFileSync(join(root, "node_modules", ".bin", "tsup"), ["--silent"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  } catch (error) {
    throw new Error(`dist/ is stale (${why}) and building it failed: ${(error as Error).message.split("\n")[0]}`);
  }
  // (a source edited during the build is seen by the next run)
  const old = OUTPUTS.filter((file) => !existsSync(join(root, file)) || statSync(join(root, file)).mtimeMs < started - 2000);
  if (old.length) throw new Error(`building dist/ did not write ${old.join(", ")}`);
}
