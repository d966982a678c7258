import type { Task } from "../model/task";
import type { Evidence, EvidenceWords } from "./evidence";
import type { PreparedTask } from "./prepare";

// Where a decided link's shared phrases come from, when its evidence is first read. Objects, not
// closures: a link keeps one of these (shared by the links of one task) and nothing else of the
// linking, so a result holds little (most links are never shown).

/**
 * Makes the shared phrases (unspelled, `Evidence.phrases`) of a link to target `i` of one local task.
 *
 * @example
 * const source: PhraseSource = new MadePhrases([["co", "so", "du", "lieu"]]);
 * source.phrases(12) // [["co", "so", "du", "lieu"]]
 */
export interface PhraseSource {
  phrases(i: number): string[][];
}

/**
 * The phrases of a local task's links made from the task's text as it was linked, read and
 * prepared again when first asked for (its words are its text's, so the same as when it was
 * ranked) and held for the calls after. Only the text is kept (a string: what the caller does to
 * the task afterwards changes nothing).
 *
 * @example
 * const held = new HeldPhrases(reader, evidence, task.text); // nothing read yet
 * held.phrases(12) // reads the text again, then the phrases of a link to target 12
 */
export class HeldPhrases implements PhraseSource {
  private held: EvidenceWords | null = null;

  constructor(
    private readonly reader: { prepare(task: Task): PreparedTask },
    private readonly evidence: Evidence,
    private readonly text: string,
  ) {}

  phrases(i: number): string[][] {
    this.held ??= this.evidence.hold(this.reader.prepare(textOnly(this.text)));
    return this.evidence.phrases(this.held, i);
  }
}

/** A task of this text and nothing else: preparing a task for its evidence reads its text only (its agencies and section are read when ranking). */
const textOnly = (text: string): Task => ({ text }) as Task;

/**
 * Phrases already made (for one target).
 *
 * @example
 * new MadePhrases([["ket", "noi"]]).phrases(3) // [["ket", "noi"]]
 */
export class MadePhrases implements PhraseSource {
  constructor(private readonly made: string[][]) {}

  phrases(): string[][] {
    return this.made;
  }
}

/**
 * The phrases of one target from another source, made once (when first asked for) and given each time after.
 *
 * @example
 * const once = new OncePhrases(held, 12);
 * once.phrases(12) === once.phrases(12) // true
 */
export class OncePhrases implements PhraseSource {
  private made: string[][] | null = null;

  constructor(
    private readonly source: PhraseSource,
    private readonly target: number,
  ) {}

  phrases(): string[][] {
    return (this.made ??= this.source.phrases(this.target));
  }
}

/**
 * No phrases (a candidate that cannot pass decide's anchor test shows none).
 *
 * @example
 * NO_PHRASES.phrases(3) // []
 */
export const NO_PHRASES: PhraseSource = { phrases: () => [] };
