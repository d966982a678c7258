// Generated from package.json by scripts/version.mjs (npm runs it on `npm version`); a test checks
// that it matches package.json.

/**
 * The version of dean06 (package.json's), which reports print in their footer.
 *
 * @example
 * `made by dean06 ${DEAN06_VERSION}` // "made by dean06 0.1.0"
 */
export const DEAN06_VERSION = "0.1.0";
