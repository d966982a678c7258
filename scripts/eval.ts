// npm run eval — precision, recall and F1 of dean06's linker on the labelled links, beside two
// naive baselines, with the scoring rule of shared/eval/README.md (micro-averaged over plans); then
// the same against the other, independent labellings of the harder plans (a second labeller's,
// a third's of the two reworded plans, and the consensus of all), beside the labellers' agreement;
// last, the same plans re-written as other plans are written (scripts/variants.ts), and each
// imported from its seed text (for Bắc Giang, the scan's raw OCR).
//   --verbose   list each plan's false and missed links (every labelling)
import { fileURLToPath } from "node:url";
import { link } from "../src/match/link";
import { DEV, type EvalRow, evaluate, linkPairs, refOf as ref } from "./evaluate";
import { consensusLabels, countLinks, type LabelFile, prf, readLabels } from "./labels";
import { importedCounts, TEXT_VARIANTS, variantCounts } from "./variants";

const FIXTURES = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
/** Other labellers' labels of the plans we labelled ourselves (test/fixtures/README.md). */
const SECOND_OPINION = fileURLToPath(new URL("../test/fixtures/second-opinion/", import.meta.url));
const THIRD_OPINION = fileURLToPath(new URL("../test/fixtures/third-opinion/", import.meta.url));

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
        console.log(
          `  FALSE  ${ref(l.local)} → ${national} ${l.score} [${l.evidence.sharedTerms.slice(0, 6).join("; ")}] ${JSON.stringify(l.evidence.components)} gold=${gold?.national.join(",") || "local"}`,
        );
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

/** The label files of `files` whose plans `plans` label too. */
const samePlans = (files: LabelFile[], plans: LabelFile[]) => files.filter((f) => plans.some((p) => p.plan === f.plan));

/** dean06 (per plan and overall), the baselines (overall) and other labellers' required links (per plan and overall) against one labelling. */
function printLabelling(name: string, files: LabelFile[], dev: LabelFile[], others: { name: string; files: LabelFile[] }[]): void {
  const overall = `${name} overall`;
  const labellers = new Set(others.map((o) => o.name));
  const { rows } = evaluate(files, { dev, overall, otherLabellers: others });
  printTable(rows.filter((r) => r.method === "dean06" || labellers.has(r.method) || r.plan === overall));
}

/** dean06 on every labelled plan re-written each way: F1 (precision / recall) on the development labels and on the consensus, per plan. */
function printVariants(dev: LabelFile[], consensus: LabelFile[]): void {
  const score = (counts: Parameters<typeof prf>[0]) => {
    const { precision, recall, f1 } = prf(counts);
    return `${pct(f1)} (${pct(precision)} / ${pct(recall)})`;
  };
  console.log(`| text | dev overall | consensus overall | ${consensus.map((l) => l.plan).join(" | ")} |`);
  console.log(`| --- | ---: | ---: | ${consensus.map(() => "---:").join(" | ")} |`);
  for (const variant of TEXT_VARIANTS) {
    const onDev = variantCounts(dev, variant);
    const onConsensus = variantCounts(consensus, variant);
    const perPlan = consensus.map((l) => pct(prf(onConsensus.plans.get(l.plan)!).f1));
    console.log(`| ${variant.name} | ${score(onDev.total)} | ${score(onConsensus.total)} | ${perPlan.join(" | ")} |`);
  }
}

/** dean06's links of a labelled plan as the corpus holds it, counted. */
const evaluateLinks = (labels: LabelFile) => countLinks(labels, linkPairs(labels.plan));

/** dean06 on each labelled plan as the corpus holds it and as imported from its seed text: F1 (precision / recall). */
function printImported(dev: LabelFile[], consensus: LabelFile[]): void {
  const score = (counts: Parameters<typeof prf>[0]) => {
    const { precision, recall, f1 } = prf(counts);
    return `${pct(f1)} (${pct(precision)} / ${pct(recall)})`;
  };
  console.log("| plan | labels | corpus plan | imported from seeds/raw |");
  console.log("| --- | --- | ---: | ---: |");
  for (const [name, files] of [
    ["development", dev],
    ["consensus", consensus],
  ] as const) {
    for (const labels of files) console.log(`| ${labels.plan} | ${name} | ${score(evaluateLinks(labels))} | ${score(importedCounts(labels))} |`);
  }
}

function main(): void {
  const labelFiles = readLabels(FIXTURES);
  printTable(evaluate(labelFiles).rows);
  const dev = labelFiles.filter((l) => DEV.has(l.plan));
  const ours = labelFiles.filter((l) => !DEV.has(l.plan));
  const second = readLabels(SECOND_OPINION);
  const third = readLabels(THIRD_OPINION);
  const consensus = consensusLabels([ours, second, third]);
  console.log("\nSecond labeller (test/fixtures/second-opinion/), with our labels' required links scored as one more method:\n");
  printLabelling("second labeller", second, dev, [{ name: "our labels", files: samePlans(ours, second) }]);
  console.log("\nThird labeller (test/fixtures/third-opinion/, the two reworded plans), with the other labellers' required links:\n");
  printLabelling("third labeller", third, dev, [
    { name: "our labels", files: samePlans(ours, third) },
    { name: "second labeller", files: samePlans(second, third) },
  ]);
  console.log("\nConsensus: required where at least two labellers require a link, acceptable where any names it:\n");
  printLabelling("consensus", consensus, dev, []);
  console.log("\nThe same plans re-written as other plans are written (scripts/variants.ts, seeded), linked again: F1 (precision / recall):\n");
  printVariants(dev, consensus);
  console.log(
    "\nEach plan imported from its seed text with parsePlan and linked, as a user would (Bắc Giang's seed is the scan: a real scanner's OCR, mostly without diacritics): F1 (precision / recall):\n",
  );
  printImported(dev, consensus);
  if (process.argv.includes("--verbose")) {
    printErrors(labelFiles, "our labels");
    printErrors(second, "second labeller");
    printErrors(third, "third labeller");
    printErrors(consensus, "consensus");
  }
}

main();
