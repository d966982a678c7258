// Writes seeds/derived/: what the package derives from the national root's seed file and stores so
// that a cold first link() need not build it — the root built (qd-06-2022.json: planFromSeed of its
// seed, read instead of the seed) and its link index (root-index.json: what buildTargetIndex
// makes of it with the default word boundaries, read by createLinker(rootPlan)).
// test/match/root-index.test.ts and test/corpus/stored.test.ts check both are current: run this after
// changing the root's seed file, how a plan is built, the word boundaries or how an index is built:
//   npx tsx scripts/derived.ts
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rootIndex as ROOT_INDEX, plans as SEED_PLANS } from "../seeds/index.cjs";
import { planFromSeed } from "../src/corpus/build";
import type { StoredPlan } from "../src/corpus/stored";
import { storeTargetIndex } from "../src/match/root-index";
import { buildTargetIndex } from "../src/match/target-index";
import { WORD_BOUNDARY_DATA } from "../src/text/word-boundaries-data";

const root = new URL("../", import.meta.url);

/**
 * SHA-256 (hex) of a seed file.
 *
 * @example
 * seedInputs("seeds/plans/qd-06-2022.json") // what seeds/derived/qd-06-2022.json records as its inputs
 */
export function seedInputs(file: string): string {
  return createHash("sha256")
    .update(readFileSync(new URL(file, root)))
    .digest("hex");
}

/**
 * SHA-256 (hex) of the data the stored root index is built from: the root's seed file and the default word boundaries.
 *
 * @example
 * rootIndexInputs() // what seeds/derived/root-index.json records as its inputs
 */
export function rootIndexInputs(): string {
  const seed = readFileSync(new URL(`seeds/plans/${ROOT_INDEX.id}.json`, root));
  return createHash("sha256").update(seed).update("\0").update(JSON.stringify(WORD_BOUNDARY_DATA)).digest("hex");
}

/** The root built from its seed file (not read from what this script writes). */
const builtRoot = () => {
  const seed = SEED_PLANS.find((s) => s.id === ROOT_INDEX.id)!;
  return planFromSeed(seed.load(), seed.file);
};

/**
 * The stored root index as its file should hold it.
 *
 * @example
 * readFileSync("seeds/derived/root-index.json", "utf8") === rootIndexText() // true when current
 */
export function rootIndexText(): string {
  return `${JSON.stringify(storeTargetIndex(buildTargetIndex(builtRoot()), rootIndexInputs()))}\n`;
}

/**
 * Each built-in plan stored built (those with a `built` file), with the text its file should hold.
 *
 * @example
 * storedPlanTexts()[0]?.file // "seeds/derived/qd-06-2022.json"
 */
export function storedPlanTexts(): { file: string; text: string }[] {
  return SEED_PLANS.flatMap((seed) => {
    if (!seed.built) return [];
    const stored: StoredPlan = { writtenBy: "scripts/derived.ts", inputs: seedInputs(seed.file), plan: planFromSeed(seed.load(), seed.file) };
    return [{ file: seed.built.file, text: `${JSON.stringify(stored)}\n` }];
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { file, text } of [...storedPlanTexts(), { file: ROOT_INDEX.file, text: rootIndexText() }]) {
    writeFileSync(new URL(file, root), text);
    console.log(`${file}: ${Math.round(text.length / 1024)} KiB`);
  }
}
