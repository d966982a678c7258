// A Vietnamese syllable in matching form (no diacritics, lower case): optional onset, a vowel
// nucleus of one to three vowels, optional coda.
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?(?:[aeiouy]{1,3})(?:ch|ng|nh|[cmnpt])?$/;

/**
 * Whether a word (matching form) is shaped like a Vietnamese syllable. OCR damage ("dir",
 * "qudc", "ndi") usually is not, which is how {@link repairOcrTokens} finds it.
 *
 * @example
 * isVietnameseSyllable("quoc") // true
 * isVietnameseSyllable("qudc") // false
 */
export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}
