/**
 * dean06: coverage, deadline drift and lineage of Vietnam's Đề án 06 implementation plans.
 * Everything below is also published by part, in subpaths that load (and bundle) only that part:
 * `dean06/model`, `dean06/text`, `dean06/deadline`, `dean06/corpus`, `dean06/import`,
 * `dean06/match`, `dean06/analysis`, `dean06/lineage`, `dean06/render`.
 *
 * @example
 * import { coverage } from "dean06";
 * console.log(coverage("hue-2022").toMarkdown());
 *
 * @module dean06
 */

// biome-ignore-all assist/source/organizeImports: the folders are listed in the order of the data flow
// Folder by folder, in the order of the data flow (nothing imports upward). A new public name
// goes into its folder's index.ts, which is also that folder's subpath.
export * from "./model/index";
export * from "./text/index";
export * from "./deadline/index";
export * from "./corpus/index";
export * from "./import/index";
export * from "./match/index";
export * from "./analysis/index";
export * from "./lineage/index";
export * from "./render/index";
