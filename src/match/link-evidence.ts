import type { Link } from "../model/link";
import type { Decision } from "./decide";
import type { PhraseSource } from "./phrase-source";
import { COMPONENT_NAMES } from "./score-table";

// The evidence of a link as `link` returns it: the shared terms and the summary are made when the
// link's evidence is first read (most links are never shown), from what the decision holds.

/** An object with every component, in their declared order (holding NaN, so that copies' fields take any number without changing kind). */
const COMPONENTS: Readonly<Record<string, number>> = Object.fromEntries(COMPONENT_NAMES.map((name) => [name, Number.NaN]));

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
  // the components in their declared order (a copy of one object that has them all: no property is added)
  const components: Record<string, number> = { ...COMPONENTS };
  for (let k = 0; k < COMPONENT_NAMES.length; k++) components[COMPONENT_NAMES[k]!] = c[k]!;
  return { local: localId, national: idOf(decision.target), score, strength: decision.strength, evidence: lazyEvidence(components, runners, decision.shown, text) };
}

/** Where a matched link's evidence keeps what its lazy properties are made from (a non-enumerable property: not data of the link). */
const LAZY = Symbol("dean06.lazyEvidence");

/** What a matched link's lazy `sharedTerms` and `summary` are made from, and each once made. */
interface LazyState {
  shown: Shown;
  text: string;
  spelled: string[] | undefined;
  terms: string[] | undefined;
  summary: string | undefined;
}

const stateOf = (evidence: object): LazyState => (evidence as { [LAZY]: LazyState })[LAZY];
/** The link's phrases spelled for its task's text, once per link (the decision, which the memo may keep, holds its phrases only). */
const spelledOf = (state: LazyState): string[] => (state.spelled ??= state.shown.termsFor(state.text));

// The accessors every matched link's evidence shares (one function each, not one per link, so the
// evidence objects share their shape and hold no closures); each made once (a frozen link keeps
// its getters: they give the same value each time). The link's terms are a copy, so the summary
// quotes the spelling whatever the caller does to them.
const SHARED_TERMS: PropertyDescriptor = {
  get(this: object): string[] {
    const state = stateOf(this);
    return settle(this, "sharedTerms", (state.terms ??= [...spelledOf(state)]));
  },
  set(this: object, value: string[]) {
    settle(this, "sharedTerms", value, true);
  },
  enumerable: true,
  configurable: true,
};
const SUMMARY: PropertyDescriptor = {
  get(this: object): string {
    const state = stateOf(this);
    return settle(this, "summary", (state.summary ??= state.shown.summaryOf(spelledOf(state))));
  },
  set(this: object, value: string) {
    settle(this, "summary", value, true);
  },
  enumerable: true,
  configurable: true,
};

/** A matched link's evidence whose shared terms and summary are made from `shown`, spelled for `text`, when first read (then plain data properties). */
function lazyEvidence(components: Record<string, number>, runnersUp: Link["evidence"]["runnersUp"], shown: Shown, text: string): Link["evidence"] {
  const evidence = {};
  const state: LazyState = { shown, text, spelled: undefined, terms: undefined, summary: undefined };
  Object.defineProperty(evidence, LAZY, { value: state });
  // the properties in the order of every link's evidence
  Object.defineProperty(evidence, "sharedTerms", SHARED_TERMS);
  const data = evidence as Link["evidence"];
  data.components = components;
  data.runnersUp = runnersUp;
  data.origin = "matched";
  Object.defineProperty(evidence, "summary", SUMMARY);
  return data;
}

/** Makes `key` of `evidence` a plain data property holding `value` (a frozen object keeps its getter, which then returns the same value; assigning to it throws as to any read-only property). */
function settle<T>(evidence: object, key: string, value: T, assigned = false): T {
  if (!Reflect.defineProperty(evidence, key, { value, writable: true, enumerable: true, configurable: true }) && assigned) {
    throw new TypeError(`Cannot assign to read only property '${key}' of object`);
  }
  return value;
}

/**
 * What spells a link's phrases for the text of its local task (the ranker: `Evidence.spell`).
 *
 * @example
 * const speller: EvidenceSpeller = ranker;
 * speller.spellEvidence([["co", "so", "du", "lieu"]], 12, "… cơ sở dữ liệu …") // ["cơ sở dữ liệu"]
 */
export interface EvidenceSpeller {
  spellEvidence(phrases: readonly string[][], i: number, text: string): string[];
}

/**
 * The shown part of a decision's evidence, made when first read: its phrases (from a source that
 * holds what it needs, not the ranker's buffers), spelled for the text of the task a link is
 * for (tasks of one wording share a decision, not their spelling), and the summary that quotes them.
 *
 * @example
 * const spell = { spellEvidence: (phrases: readonly string[][]) => phrases.map((p) => p.join(" ")) };
 * const shown = new Shown(new MadePhrases([["co", "so", "du", "lieu"]]), 12, spell, 0.9, 1, 0.5, false);
 * shown.summaryOf(shown.termsFor("…")) // 'score 0.9: shares "co so du lieu"; covers 100% of …'
 */
export class Shown {
  private source: PhraseSource | null;
  private made: string[][] | null = null;

  /** `source` gives the phrases of target `target` (asked once), `speller` spells them for a text; the rest is what the summary says besides them. */
  constructor(
    source: PhraseSource,
    private readonly target: number,
    private readonly speller: EvidenceSpeller,
    private readonly score: number,
    private readonly objects: number,
    private readonly context: number,
    private readonly alone: boolean,
  ) {
    this.source = source;
  }

  private get phrases(): string[][] {
    if (this.made === null) {
      this.made = this.source!.phrases(this.target);
      this.source = null;
    }
    return this.made;
  }

  /** The evidence terms a link from a task of `text` shows: the first twelve (a new array each time). */
  termsFor(text: string): string[] {
    return this.speller.spellEvidence(this.phrases, this.target, text).slice(0, 12);
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
