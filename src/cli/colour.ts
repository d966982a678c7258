/** ANSI colours of status words on a terminal. */
const COLOURS: Record<string, string> = {
  covered: "32",
  same: "32",
  adopted: "34",
  partial: "33",
  recurring: "36",
  earlier: "36",
  missing: "31",
  later: "31",
  "not-comparable": "90",
};

const STATUS_WORDS = new RegExp(`(?<![\\w-])(${Object.keys(COLOURS).join("|")})(?![\\w-])`, "g");

/**
 * Whether to colour output: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it.
 * (https://no-color.org)
 */
export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR && env.FORCE_COLOR !== "0") return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return Boolean(stream.isTTY);
}

/**
 * Colours the status words of rendered plain text (covered green, partial yellow, missing red …).
 * Colour codes take no width, so aligned tables stay aligned.
 */
export function colourStatuses(text: string): string {
  return text.replace(STATUS_WORDS, (word) => `\u001b[${COLOURS[word]}m${word}\u001b[39m`);
}
