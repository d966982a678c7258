/**
 * `dean06/text`: Vietnamese text: NFC and diacritic folding, agency names, abbreviations, the
 * matching form of a text, tones and syllables, OCR repair, citations of legal documents.
 *
 * @example
 * import { foldForMatch, normalizeAgency } from "dean06/text";
 *
 * @module dean06/text
 */

export { ABBREVIATIONS } from "./abbreviations";
export { expandAgencyName, normalizeAgency } from "./agency";
export { type AgencyListReading, readAgencyList, splitAgencies } from "./agency-list";
export { AGENCY_HEADS, COLLECTIVE_WORDS } from "./agency-names";
export { extractCitations } from "./citations";
export { foldDiacritics, foldForMatch, toNFC } from "./fold";
export { guardFormula, isFormulaLike, unguardFormula } from "./formula-guard";
export { type CleanedInput, cleanInput } from "./input-clean";
export { type MatchText, matchText } from "./match-form";
export { buildVocabulary, repairOcrTokens, type Vocabulary } from "./ocr";
export type { PlanAbbreviation } from "./plan-abbreviations";
export { isVietnameseSyllable } from "./syllable";
export { hasDiacritics, tonedForm } from "./tone";
export { DEFAULT_WORD_BOUNDARIES, DEFAULT_WORD_BOUNDARIES_SOURCE, learnWordBoundaries, type WordBoundaries } from "./word-boundaries";
