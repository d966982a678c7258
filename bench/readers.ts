// npm run bench:readers — how the readers' time grows with their input (issue 10: bounded time
// per byte). Each reader (parsePlan, parsePlanCSV, parseDeadline, foldForMatch) reads the
// adversarial inputs of test/robustness/scale-inputs.ts at 1 MB and 10 MB; linear work makes the
// 10 MB input take about 10 times as long, quadratic work about 100 times. The fastest of at least
// three runs of each size is compared (a busy machine only slows runs down), and of as many more as
// fit in two seconds for a quick reader (foldForMatch reads 1 MB in ~60 ms, where one pause of the
// machine would double its time). It prints a table and exits 1 when a ratio is over 15; the tests
// check the results on these inputs, never the time.
//
//   npm run bench:readers
import { MB, READER_CASES } from "../test/robustness/scale-inputs";

const MAX_RATIO = 15;
const MIN_RUNS = 3;
const MAX_RUNS = 30;
const BUDGET_MS = 2000;

function fastest(run: () => unknown): number {
  let best = Infinity;
  let spent = 0;
  for (let i = 0; i < MAX_RUNS && (i < MIN_RUNS || spent < BUDGET_MS); i++) {
    const start = performance.now();
    run();
    const ms = performance.now() - start;
    best = Math.min(best, ms);
    spent += ms;
  }
  return best;
}

let failed = false;
console.log("| reader | 1 MB (ms) | 10 MB (ms) | ratio |");
console.log("|---|--:|--:|--:|");
for (const { name, input, run } of READER_CASES) {
  const small = input(MB);
  const large = input(10 * MB);
  run(input(MB / 10)); // warms the code up
  const smallMs = fastest(() => run(small));
  const largeMs = fastest(() => run(large));
  const ratio = largeMs / smallMs;
  if (ratio > MAX_RATIO) failed = true;
  console.log(`| ${name} | ${smallMs.toFixed(0)} | ${largeMs.toFixed(0)} | ${ratio.toFixed(1)}${ratio > MAX_RATIO ? " (over 15)" : ""} |`);
}
process.exitCode = failed ? 1 : 0;
