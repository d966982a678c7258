"use strict";
// The built-in corpus's loader: each seed file is read on first use, by `require`, so the data
// exists once in the package (these JSON files) and the ESM build, the CommonJS build and the CLI
// share it. Node, Deno and bundlers (which inline the JSON) all understand a literal `require`.

/** Seed plan files, national root first, then derived plans by issue date. */
exports.plans = [
  {
    id: "qd-06-2022",
    file: "seeds/plans/qd-06-2022.json",
    load: () => require("./plans/qd-06-2022.json"),
    // the national root also stored built (read when the seed is unchanged): a cold first link() reads it
    built: { file: "seeds/derived/qd-06-2022.json", load: () => require("./derived/qd-06-2022.json") },
  },
  { id: "bac-giang-2022", file: "seeds/plans/bac-giang-2022.json", load: () => require("./plans/bac-giang-2022.json") },
  { id: "hue-2022", file: "seeds/plans/hue-2022.json", load: () => require("./plans/hue-2022.json") },
  { id: "ninh-hoa-2022", file: "seeds/plans/ninh-hoa-2022.json", load: () => require("./plans/ninh-hoa-2022.json") },
  { id: "hcmc-2024", file: "seeds/plans/hcmc-2024.json", load: () => require("./plans/hcmc-2024.json") },
  { id: "hue-2026", file: "seeds/plans/hue-2026.json", load: () => require("./plans/hue-2026.json") },
];

/** The referenced-only documents, by id in the file's order. */
exports.references = {
  ids: ["khanh-hoa-1403-2022", "thua-thien-hue-80-2022", "hcmc-922-2022", "ct-04-2024"],
  file: "seeds/references.json",
  load: () => require("./references.json"),
};

/**
 * Derived from the national root, not curated: its link index (written by scripts/derived.ts,
 * checked by a test), which a linker of the root reads instead of building it.
 */
exports.rootIndex = {
  id: "qd-06-2022",
  file: "seeds/derived/root-index.json",
  load: () => require("./derived/root-index.json"),
};
