/**
 * `dean06/match`: the Vietnamese-aware fuzzy linker of local tasks to national tasks, its
 * thresholds and score weights, and reviewed corrections (overrides).
 *
 * @example
 * import { link } from "dean06/match";
 * link("hue-2022").links.length
 *
 * @module dean06/match
 */

export { LINK_THRESHOLDS, type LinkOptions, type LinkThresholds, link } from "./link";
export type { MemoLimits } from "./link-memo";
export { createLinker, type LinkCall, type Linker, type LinkerOptions } from "./linker";
export type { EvidenceTiming } from "./options";
export { overridesWithIds, type ReviewContext, reviewedOverrides } from "./review";
export { SCORE_WEIGHTS, type ScoreComponents } from "./score";
export { CANDIDATE_LIMIT } from "./score-table";
