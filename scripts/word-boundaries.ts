// Writes src/text/word-boundaries-data.ts: the word boundaries (cross-word pairs) learnt from the
// built-in plans' task texts, the linker's default word statistics. Run after changing how text
// is read or which plans the snapshot should be learnt from: npx tsx scripts/word-boundaries.ts
import { writeFileSync } from "node:fs";
import { plans } from "../src/corpus/index";
import { learnWordBoundaries } from "../src/text/word-boundaries";

const boundaries = learnWordBoundaries(plans.flatMap((plan) => plan.tasks.map((task) => task.text)));
const list = (set: ReadonlySet<string>) => JSON.stringify([...set].sort().join("|"));
writeFileSync(
  new URL("../src/text/word-boundaries-data.ts", import.meta.url),
  `// Written by scripts/word-boundaries.ts: do not edit. The cross-word pairs (see word-boundaries.ts)\n// learnt from the task texts of these plans, each form's pairs joined by "|".\n\n/** The linker's default word boundaries, as data (see \`DEFAULT_WORD_BOUNDARIES\`). */\nexport const WORD_BOUNDARY_DATA = {\n  plans: ${JSON.stringify(plans.map((plan) => plan.id))},\n  toned: ${list(boundaries.toned)},\n  folded: ${list(boundaries.folded)},\n};\n`,
);
console.log(`${boundaries.toned.size} toned and ${boundaries.folded.size} folded pairs from ${plans.length} plans`);
