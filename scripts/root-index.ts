// Writes seeds/derived/root-index.json: the national root's link index (what buildTargetIndex
// makes of qd-06-2022 with the default word boundaries), which createLinker(rootPlan) reads
// instead of building it. test/match/root-index.test.ts checks it is current: run this after
// changing the root's seed file, the word boundaries or how an index is built:
//   npx tsx scripts/root-index.ts
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rootIndex as ROOT_INDEX } from "../seeds/index.cjs";
import { rootPlan } from "../src/corpus/index";
import { storeTargetIndex } from "../src/match/root-index";
import { buildTargetIndex } from "../src/match/target-index";
import { WORD_BOUNDARY_DATA } from "../src/text/word-boundaries-data";

const root = new URL("../", import.meta.url);

/** SHA-256 (hex) of the data the stored root index is built from: the root's seed file and the default word boundaries. */
export function rootIndexInputs(): string {
  const seed = readFileSync(new URL(`seeds/plans/${ROOT_INDEX.id}.json`, root));
  return createHash("sha256").update(seed).update("\0").update(JSON.stringify(WORD_BOUNDARY_DATA)).digest("hex");
}

/** The stored root index as the file should hold it. */
export function rootIndexText(): string {
  return `${JSON.stringify(storeTargetIndex(buildTargetIndex(rootPlan), rootIndexInputs()))}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = rootIndexText();
  writeFileSync(new URL(ROOT_INDEX.file, root), text);
  console.log(`${ROOT_INDEX.file}: ${rootPlan.tasks.length} tasks, ${Math.round(text.length / 1024)} KiB`);
}
