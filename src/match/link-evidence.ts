import type { Link } from "../model/link";
import type { Decision } from "./decide";
import { COMPONENT_NAMES } from "./score-table";

// The evidence of a link as `link` returns it: the shared terms and the summary are made when the
// link's evidence is first read (most links are never shown), from what the decision holds.

/** The words a summary quotes of a shared phrase: the first eight of a longer one. */
const QUOTED_WORDS = 8;
const quoted = (phrase: string): string => {
  const words = phrase.split(" ");
  return `"${words.length > QUOTED_WORDS ? `${words.slice(0, QUOTED_WORDS).join(" ")} …` : phrase}"`;
};

/**
 * A decided link as `link` returns it, for one local task. Its evidence's `sharedTerms` and
 * `summary` are made when first read (most links are never shown): each is an enumerable getter
 * that, read once, becomes a plain data property, so the link is plain data for
 * `JSON.stringify`, `structuredClone`, spreading and deep equality alike.
 *
 * @example
 * toLink("hue-2022:VI.12", decisions[0], (i) => index.tasks[i].task.id).national // "qd-06-2022:V.11"
 */
export function toLink(localId: string, decision: Decision, idOf: (i: number) => string, text: string): Link {
  const { score, components: c, runnersUp } = decision;
  const runners: Link["evidence"]["runnersUp"] = [];
  for (let k = 0; k < runnersUp.length; k += 2) runners.push({ national: idOf(runnersUp[k]!), score: runnersUp[k + 1]! });
  // the components in their declared order
  const components: Record<string, number> = {};
  for (let k = 0; k < COMPONENT_NAMES.length; k++) components[COMPONENT_NAMES[k]!] = c[k]!;
  return { local: localId, national: idOf(decision.target), score, strength: decision.strength, evidence: lazyEvidence(components, runners, decision.shown, text) };
}

/** A matched link's evidence whose shared terms and summary are made from `shown`, spelled for `text`, when first read (then plain data properties). */
function lazyEvidence(components: Record<string, number>, runnersUp: Link["evidence"]["runnersUp"], shown: Shown, text: string): Link["evidence"] {
  // spelled once per link (the decision, which the memo may keep, holds its phrases only); the
  // link's terms are a copy, so the summary quotes the spelling whatever the caller does to them;
  // each made once (a frozen link keeps its getters: they give the same value each time)
  let spelled: string[] | undefined;
  let terms: string[] | undefined;
  let summary: string | undefined;
  const spelledOnce = () => (spelled ??= shown.termsFor(text));
  return {
    get sharedTerms(): string[] {
      return settle(this, "sharedTerms", (terms ??= [...spelledOnce()]));
    },
    set sharedTerms(value: string[]) {
      settle(this, "sharedTerms", value, true);
    },
    components,
    runnersUp,
    origin: "matched",
    get summary(): string {
      return settle(this, "summary", (summary ??= shown.summaryOf(spelledOnce())));
    },
    set summary(value: string) {
      settle(this, "summary", value, true);
    },
  };
}

/** Makes `key` of `evidence` a plain data property holding `value` (a frozen object keeps its getter, which then returns the same value; assigning to it throws as to any read-only property). */
function settle<T>(evidence: object, key: string, value: T, assigned = false): T {
  if (!Reflect.defineProperty(evidence, key, { value, writable: true, enumerable: true, configurable: true }) && assigned) {
    throw new TypeError(`Cannot assign to read only property '${key}' of object`);
  }
  return value;
}

/**
 * The shown part of a decision's evidence, made when first read: its phrases (from a maker that
 * holds what it needs, not the ranker's buffers), spelled for the text of the task a link is
 * for (tasks of one wording share a decision, not their spelling), and the summary that quotes them.
 *
 * @example
 * const shown = new Shown(() => [["co", "so", "du", "lieu"]], (phrases) => phrases.map((p) => p.join(" ")), 0.9, 1, 0.5, false);
 * shown.summaryOf(shown.termsFor("…")) // 'score 0.9: shares "co so du lieu"; covers 100% of …'
 */
export class Shown {
  private make: (() => string[][]) | null;
  private made: string[][] | null = null;

  /** `make` gives the phrases (called once), `spell` spells them for a text; the rest is what the summary says besides them. */
  constructor(
    make: () => string[][],
    private readonly spell: (phrases: readonly string[][], text: string) => string[],
    private readonly score: number,
    private readonly objects: number,
    private readonly context: number,
    private readonly alone: boolean,
  ) {
    this.make = make;
  }

  private get phrases(): string[][] {
    if (this.made === null) {
      this.made = this.make!();
      this.make = null;
    }
    return this.made;
  }

  /** The evidence terms a link from a task of `text` shows: the first twelve (a new array each time). */
  termsFor(text: string): string[] {
    return this.spell(this.phrases, text).slice(0, 12);
  }

  /** The evidence's summary, quoting `terms` ({@link termsFor}). */
  summaryOf(terms: readonly string[]): string {
    return [
      `score ${this.score}: shares `,
      terms.length ? terms.slice(0, 5).map(quoted).join(", ") : "no distinctive term",
      `; covers ${Math.round(this.objects * 100)}% of the target's distinctive terms and ${Math.round(this.context * 100)}% of the rest`,
      this.alone ? "; the only target task naming a system or database the task names" : "",
    ].join("");
  }
}
