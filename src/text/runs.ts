// Helpers that keep regular expressions linear on adversarial text. Two hazards of V8's engine:
// - /X+$/ (and /\s*…$/) is tried at every position of a run of X inside the text, so a long run
//   costs time quadratic in its length;
// - a quantified character class under the /u flag (/[^\p{L}]+/u, /\p{L}+/u, /.*/u) pushes one
//   backtracking entry per character on a two-byte string, and a run of a few million characters
//   overflows the engine's stack ("RangeError: Maximum call stack size exceeded").

/** Texts up to this length are given to a run-replacing expression whole (no run in them can overflow). */
export const WHOLE_TEXT_LIMIT = 1 << 16;

/** The end of the piece of `text` that starts at `from` and is at most `size` code units long, never inside a surrogate pair. */
function pieceEnd(text: string, from: number, size: number): number {
  let end = Math.min(text.length, from + size);
  if (end < text.length && end > from) {
    const before = text.charCodeAt(end - 1);
    const after = text.charCodeAt(end);
    if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) end--;
  }
  return end;
}

/**
 * `text.replace(runs, " ")` for an expression `runs` (global) that matches maximal runs of a
 * character class that includes the space, such as /[^\p{L}\p{N}]+/gu: the same result, computed
 * on pieces of at most {@link WHOLE_TEXT_LIMIT} code units (never splitting a surrogate pair), with
 * the two spaces where a run crossed two pieces made one. Linear, and no stack overflow on a run of
 * any length.
 *
 * @example
 * replaceRunsWithSpace("a" + ".".repeat(5_000_000) + "b", /[^\p{L}\p{N}]+/gu) // "a b"
 */
export function replaceRunsWithSpace(text: string, runs: RegExp): string {
  if (text.length <= WHOLE_TEXT_LIMIT) return text.replace(runs, " ");
  const pieces: string[] = [];
  // each piece has single spaces only (a space is in the class); two meet where a run was cut
  let endsWithSpace = false;
  for (let from = 0; from < text.length; ) {
    const end = pieceEnd(text, from, WHOLE_TEXT_LIMIT);
    let piece = text.slice(from, end).replace(runs, " ");
    if (endsWithSpace && piece.charCodeAt(0) === 0x20) piece = piece.slice(1);
    if (piece) endsWithSpace = piece.charCodeAt(piece.length - 1) === 0x20;
    pieces.push(piece);
    from = end;
  }
  return pieces.join("");
}

/**
 * The text without the code points at its end that `char` (an expression matching one code point,
 * without the g flag, e.g. /[.,;:]/u) matches: `text.replace(/[.,;:]+$/u, "")` in linear time.
 *
 * @example
 * trimEndMatching("Sở Tư pháp.;", /[.,;:]/u) // "Sở Tư pháp"
 */
export function trimEndMatching(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0) {
    let start = end - 1;
    const unit = text.charCodeAt(start);
    if (unit >= 0xdc00 && unit <= 0xdfff && start > 0) {
      const high = text.charCodeAt(start - 1);
      if (high >= 0xd800 && high <= 0xdbff) start--;
    }
    if (!char.test(text.slice(start, end))) break;
    end = start;
  }
  return end === text.length ? text : text.slice(0, end);
}

/**
 * The text without the code points at its start that `char` (an expression matching one code
 * point, without the g flag) matches: `text.replace(/^[…]+/u, "")` without a stack overflow on a
 * run of millions of characters.
 *
 * @example
 * trimStartMatching("–– Sở Tư pháp", /[^\p{L}\p{N}&]/u) // "Sở Tư pháp"
 */
export function trimStartMatching(text: string, char: RegExp): string {
  let start = 0;
  while (start < text.length) {
    const unit = text.charCodeAt(start);
    let end = start + 1;
    if (unit >= 0xd800 && unit <= 0xdbff && end < text.length) {
      const low = text.charCodeAt(end);
      if (low >= 0xdc00 && low <= 0xdfff) end++;
    }
    if (!char.test(text.slice(start, end))) break;
    start = end;
  }
  return start === 0 ? text : text.slice(start);
}

/**
 * Whether `text.split(/\s+/)` has at most `max` parts, reading no further than the gap that
 * exceeds it (linear in the text read, whatever its length).
 *
 * @example
 * hasAtMostWords("Sở Tư pháp", 3) // true
 */
export function hasAtMostWords(text: string, max: number): boolean {
  const gaps = /\s+/g;
  let parts = 1;
  while (gaps.exec(text)) if (++parts > max) return false;
  return true;
}
