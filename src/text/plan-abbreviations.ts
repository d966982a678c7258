import { foldForMatch } from "./fold";

/**
 * An abbreviation a plan defines for itself ("Trung tâm Phục vụ hành chính công (TTPVHCC)"),
 * with its long form.
 *
 * @example
 * const own: PlanAbbreviation = { short: "TTPVHCC", long: "Trung tâm Phục vụ hành chính công" };
 */
export interface PlanAbbreviation {
  /** The short form the plan defines ("TTPVHCC"). */
  short: string;
  /** The words it stands for ("Trung tâm Phục vụ hành chính công"). */
  long: string;
}

const WORD = /[\p{L}\p{M}\p{N}&]+/gu;

/**
 * A function that writes a plan's own abbreviations out in a text: each token (a run of letters,
 * marks, digits and '&') whose folded form is a defined abbreviation's becomes its long form, in
 * parentheses-free running text, so the matcher reads the words the abbreviation stands for. An
 * abbreviation whose short form is not one token, or whose long form is empty, is left out; the
 * first definition of a short form wins. Returns the text itself when nothing changes.
 *
 * @example
 * const expand = abbreviationExpander([{ short: "TTPVHCC", long: "Trung tâm Phục vụ hành chính công" }]);
 * expand("Nâng cấp TTPVHCC tỉnh") // "Nâng cấp Trung tâm Phục vụ hành chính công tỉnh"
 * expand("Nâng cấp Trung tâm")    // "Nâng cấp Trung tâm" (the same string)
 */
export function abbreviationExpander(abbreviations: readonly PlanAbbreviation[]): (text: string) => string {
  const longs = new Map<string, string>();
  for (const { short, long } of abbreviations) {
    const key = foldForMatch(short).replace(/ /g, "");
    if (!key || !long.trim() || key.match(WORD)?.[0] !== key || longs.has(key)) continue;
    longs.set(key, long.trim());
  }
  if (longs.size === 0) return (text) => text;
  return (text) => text.replace(WORD, (token) => longs.get(foldForMatch(token)) ?? token);
}
