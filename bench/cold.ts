// Cold start of npm run bench, in a fresh process: importing the library (bench/dean06.bundle.mjs,
// the library's sources bundled as tsup bundles them, its dependencies from node_modules), then
// the first `link()` (the plan is validated first; the national root and its index are read as
// stored in seeds/derived, not built) and a second one, of plans of novel wording the parent
// process wrote to a JSON file. Prints one line of JSON.
//
//   node bench/cold.bundle.mjs plans.json
import { readFileSync } from "node:fs";

const file = process.argv[2];
if (!file) {
  console.error("usage: bench/cold.bundle.mjs <plans.json>");
  process.exit(2);
}
const [first, second] = JSON.parse(readFileSync(file, "utf8")) as unknown[];

const time = async <T>(work: () => T | Promise<T>) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, ms: Math.round(ms * 10) / 10, cpuMs: Math.round((used.user + used.system) / 100) / 10 };
};

const library = new URL("./dean06.bundle.mjs", import.meta.url).href;
const imported = await time(() => import(library) as Promise<typeof import("../src/index")>);
const { link } = imported.result;
const firstLink = await time(() => link(first as never).links.length);
const secondLink = await time(() => link(second as never).links.length);
console.log(
  JSON.stringify({
    importMs: imported.ms,
    importCpuMs: imported.cpuMs,
    firstLinkMs: firstLink.ms,
    firstLinkCpuMs: firstLink.cpuMs,
    secondLinkMs: secondLink.ms,
    secondLinkCpuMs: secondLink.cpuMs,
  }),
);
