// npm run eval — precision, recall and F1 of dean06's linker on the labelled links, beside two
// naive baselines, with the scoring rule of shared/eval/README.md (micro-averaged over plans); then
// the same against a second, independent labelling of the harder plans, beside the agreement of
// the two labellers.
//   --verbose   list each plan's false and missed links (both labellings)
import { fileURLToPath } from "node:url";
import { link } from "../src/match/link";
import { DEV, type EvalRow, evaluate, refOf as ref } from "./evaluate";
import { type LabelFile, prf, readLabels } from "./labels";

const FIXTURES = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
/** A second labeller's labels of the plans we labelled ourselves (test/fixtures/README.md). */
const SECOND_OPINION = fileURLToPath(new URL("../test/fixtures/second-opinion/", import.meta.url));

const pct = (x: number) => x.toFixed(3);

function printErrors(labelFiles: LabelFile[], labeller: string): void {
  for (const labels of labelFiles) {
    const result = link(labels.plan);
    const byRef = new Map(labels.tasks.map((t) => [t.ref, t]));
    console.log(`\n## ${labels.plan} (${labeller})`);
    for (const l of result.links) {
      const gold = byRef.get(ref(l.local));
      const national = ref(l.national);
      if (!gold?.national.includes(national) && !gold?.also.includes(national)) {
        console.log(`  FALSE  ${ref(l.local)} → ${national} ${l.score} [${l.evidence.sharedTerms.slice(0, 6).join("; ")}] ${JSON.stringify(l.evidence.components)} gold=${gold?.national.join(",") || "local"}`);
      }
    }
    for (const task of labels.tasks) {
      for (const national of task.national) {
        if (!result.links.some((l) => ref(l.local) === task.ref && ref(l.national) === national)) {
          const mine = result.links.filter((l) => ref(l.local) === task.ref).map((l) => `${ref(l.national)}:${l.score}`);
          console.log(`  MISSED ${task.ref} → ${national}; linked to [${mine.join(", ")}]`);
        }
      }
    }
  }
}

function printTable(rows: EvalRow[]): void {
  console.log("| method | plan | links | precision | recall | F1 |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: |");
  for (const { method, plan, counts } of rows) {
    const { precision, recall, f1 } = prf(counts);
    console.log(`| ${method} | ${plan} | ${counts.predicted} | ${pct(precision)} | ${pct(recall)} | ${pct(f1)} |`);
  }
}

function main(): void {
  const labelFiles = readLabels(FIXTURES);
  printTable(evaluate(labelFiles).rows);
  const second = readLabels(SECOND_OPINION);
  const ours = labelFiles.filter((l) => second.some((s) => s.plan === l.plan));
  console.log("\nSecond labeller (test/fixtures/second-opinion/), with our labels' required links scored as one more method:\n");
  printTable(evaluate(second, { dev: labelFiles.filter((l) => DEV.has(l.plan)), overall: "second labeller overall", otherLabeller: { name: "our labels", files: ours } }).rows);
  if (process.argv.includes("--verbose")) {
    printErrors(labelFiles, "our labels");
    printErrors(second, "second labeller");
  }
}

main();
