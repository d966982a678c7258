// Executes examples/coverage.ipynb with real Jupyter (Debian's jupyter-nbconvert) in Deno's kernel
// (the `deno` npm package) against the local build (`npm run build` first), so that the notebook is
// committed with its outputs:
//   npm run notebook            # executes it and writes the outputs into examples/coverage.ipynb
//   npm run notebook -- --check # exits 1 when the committed outputs differ from a fresh run
// The reports' footers carry a date: the run sets SOURCE_DATE_EPOCH (NOTEBOOK_DATE) so that the
// outputs do not change from day to day. test/examples/notebook.test.ts uses the same functions.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const NOTEBOOK = join(ROOT, "examples", "coverage.ipynb");
/** The date the notebook's reports say they were made: 2026-01-01 (seconds since 1970). */
export const NOTEBOOK_DATE = "1767225600";

export interface NotebookOutput {
  output_type: string;
  data?: Record<string, unknown>;
  text?: string | string[];
  name?: string;
  ename?: string;
  execution_count?: number | null;
  metadata?: Record<string, unknown>;
}

export interface Notebook {
  cells: { cell_type: string; source: string | string[]; outputs?: NotebookOutput[]; execution_count?: number | null; metadata?: Record<string, unknown> }[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/**
 * Runs `jupyter-nbconvert` on the notebook in a scratch folder with a kernelspec of our own (this
 * checkout's deno; the user's Jupyter is left alone) and returns the executed notebook's path.
 */
export function executeNotebook(scratch: string, name = "executed.ipynb"): string {
  const kernelDir = join(scratch, "jupyter", "kernels", "deno");
  mkdirSync(kernelDir, { recursive: true });
  writeFileSync(
    join(kernelDir, "kernel.json"),
    JSON.stringify({ argv: [join(ROOT, "node_modules", ".bin", "deno"), "jupyter", "--kernel", "--conn", "{connection_file}"], display_name: "Deno", language: "typescript" }),
  );
  const output = join(scratch, name);
  execFileSync(
    "jupyter-nbconvert",
    ["--to", "notebook", "--execute", NOTEBOOK, "--output", output, "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.iopub_timeout=120", "--ExecutePreprocessor.kernel_name=deno"],
    {
      cwd: join(ROOT, "examples"),
      env: { ...process.env, JUPYTER_PATH: join(scratch, "jupyter"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1", SOURCE_DATE_EPOCH: NOTEBOOK_DATE },
      stdio: "pipe",
      timeout: 400_000,
    },
  );
  return output;
}

/**
 * Executes the notebook until every code cell has an output, at most `attempts` times, and
 * returns the last run. Under heavy load Deno's kernel (2.9) can publish a cell's result after
 * reporting idle, and nbclient then drops it; an error is never retried.
 */
export function executeUntilComplete(scratch: string, attempts = 3): { path: string; notebook: Notebook } {
  let run = { path: "", notebook: { cells: [], metadata: {}, nbformat: 4, nbformat_minor: 5 } as Notebook };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const path = executeNotebook(scratch, `executed-${attempt}.ipynb`);
    run = { path, notebook: JSON.parse(readFileSync(path, "utf8")) as Notebook };
    const code = run.notebook.cells.filter((c) => c.cell_type === "code");
    if (code.some((c) => c.outputs?.some((o) => o.output_type === "error")) || code.every((c) => (c.outputs ?? []).length > 0)) break;
  }
  return run;
}

/** Exports a notebook to HTML with `jupyter-nbconvert --to html` (throws if it fails) and returns the HTML. */
export function notebookHtml(notebook: string, scratch: string): string {
  execFileSync("jupyter-nbconvert", ["--to", "html", notebook, "--output-dir", scratch, "--output", "notebook"], { stdio: "pipe", timeout: 120_000 });
  return readFileSync(join(scratch, "notebook.html"), "utf8");
}

const joined = (text: unknown) => (Array.isArray(text) ? text.join("") : String(text ?? ""));

/**
 * A notebook's outputs, cell by cell, as what a reader sees: MIME data and stream text joined,
 * execution counts and metadata left out.
 */
export function normalisedOutputs(notebook: Notebook): string[][] {
  return notebook.cells.map((cell) =>
    (cell.outputs ?? []).map((o) =>
      o.output_type === "stream"
        ? `${o.name}: ${joined(o.text)}`
        : o.output_type === "error"
          ? `error: ${o.ename}`
          : Object.entries(o.data ?? {})
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([mime, data]) => `${mime}: ${joined(data)}`)
              .join("\n"),
    ),
  );
}

/** The executed notebook as it is committed: outputs and counts kept, nbconvert's per-run metadata (timings) removed. */
function committable(notebook: Notebook): Notebook {
  return { ...notebook, cells: notebook.cells.map(({ metadata: _, ...cell }) => ({ ...cell, metadata: {} })) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const scratch = mkdtempSync(join(tmpdir(), "dean06-notebook-"));
  try {
    const executed = executeUntilComplete(scratch).notebook;
    if (process.argv.includes("--check")) {
      const committed = JSON.parse(readFileSync(NOTEBOOK, "utf8")) as Notebook;
      const same = JSON.stringify(normalisedOutputs(committed)) === JSON.stringify(normalisedOutputs(executed));
      console.log(same ? "examples/coverage.ipynb: the committed outputs are current" : "examples/coverage.ipynb: the committed outputs are stale; run `npm run notebook`");
      process.exitCode = same ? 0 : 1;
    } else {
      writeFileSync(NOTEBOOK, `${JSON.stringify(committable(executed), null, 1)}\n`);
      console.log(`examples/coverage.ipynb: ${normalisedOutputs(executed).flat().length} outputs written`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
