/**
 * `dean06/text`: Vietnamese text: NFC and diacritic folding, agency names, abbreviations, the
 * matching form of a text, tones and syllables, OCR repair, citations of legal documents.
 *
 * @example
 * import { foldForMatch, normalizeAgency } from "dean06/text";
 *
 * @module dean06/text
 */

export { toNFC, foldDiacritics, foldForMatch } from "./fold";
export { normalizeAgency, expandAgencyName } from "./agency";
export { ABBREVIATIONS } from "./abbreviations";
export { matchText, type MatchText } from "./match-form";
export { tonedForm, hasDiacritics } from "./tone";
export { isVietnameseSyllable } from "./syllable";
export { repairOcrTokens, buildVocabulary, type Vocabulary } from "./ocr";
export { extractCitations } from "./citations";
export { readAgencyList, splitAgencies, type AgencyListReading } from "./agency-list";
export { AGENCY_HEADS, COLLECTIVE_WORDS } from "./agency-names";
