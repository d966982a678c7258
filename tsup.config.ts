import { chmod, readFile, rm, writeFile } from "node:fs/promises";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

// The library's parts, each its own subpath export (see "exports" in package.json), and the root.
const parts = ["model", "text", "deadline", "corpus", "import", "match", "analysis", "lineage", "render"] as const;
const entry = Object.fromEntries([["index", "src/index.ts"], ...parts.map((part) => [part, `src/${part}/index.ts`])]);

// The corpus data stays in seeds/ (one copy in the package, read on first use by seeds/index.cjs):
// every build imports that loader from dist/ instead of bundling it and the JSON files it reads.
const seedsOutside: Plugin = {
  name: "seeds-outside",
  setup(build) {
    build.onResolve({ filter: /\/seeds\/index\.cjs$/ }, () => ({ path: "../seeds/index.cjs", external: true }));
  },
};

// One build for ESM and CommonJS, so the type declarations are made once for both. The CLI is an
// ESM entry of the same build, sharing its chunks (the CommonJS copy of it is removed).
export default defineConfig({
  entry: { ...entry, cli: "src/cli/main.ts" },
  format: ["esm", "cjs"],
  // Shared code in shared chunks, in both formats: the CLI and every subpath use the same modules,
  // so a class is one class whichever subpath it came from.
  splitting: true,
  dts: { entry },
  clean: true,
  target: "node20",
  platform: "neutral",
  // Node built-ins are for the CLI only (a test checks that the library's files import none).
  external: [/^node:/],
  removeNodeProtocol: false,
  esbuildPlugins: [seedsOutside],
  sourcemap: false,
  outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
  async onSuccess() {
    await rm("dist/cli.cjs", { force: true });
    const cli = "dist/cli.js";
    await writeFile(cli, `#!/usr/bin/env node\n${await readFile(cli, "utf8")}`);
    await chmod(cli, 0o755);
  },
});
