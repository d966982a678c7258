import { toRoman } from "../text/roman";
import { attribute, child, children, localName, type XmlNode } from "./ooxml";

/** One level of a Word list: where it starts, how its number is written, and its label pattern ("%1.%2."). */
interface Level {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every level's number written as decimal. */
  legal: boolean;
}

/**
 * A paragraph's list membership: the list (w:numId) and its level (w:ilvl).
 *
 * @example
 * const ref: NumberingRef = { numId: "3", level: 1 }; // numbering.label(ref) "1.1."
 */
export interface NumberingRef {
  numId: string;
  level: number;
}

const lettersOf = (n: number, alphabet: string) => {
  // Word's letters: a … z, then aa … zz, aaa …
  const letter = alphabet[(n - 1) % 26]!;
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
};

/**
 * A list number written in a Word number format ("decimal", "lowerLetter", "upperRoman", …);
 * formats without a written number ("bullet", "none") and those not known give decimal.
 *
 * @example
 * formatListNumber(4, "lowerLetter") // "d"
 * formatListNumber(4, "upperRoman") // "IV"
 * formatListNumber(7, "decimalZero") // "07"
 */
export function formatListNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return n > 0 ? lettersOf(n, "abcdefghijklmnopqrstuvwxyz") : String(n);
    case "upperLetter":
      return n > 0 ? lettersOf(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") : String(n);
    case "upperRoman":
      return n > 0 && n < 400 ? toRoman(n) : String(n);
    case "lowerRoman":
      return n > 0 && n < 400 ? toRoman(n).toLowerCase() : String(n);
    case "decimalZero":
      return String(n).padStart(2, "0");
    default:
      return String(n);
  }
}

/** Bullet characters fonts such as Symbol and Wingdings keep in the private use area, and other bullets, as "•". */
const bulletText = (text: string) => (/^[-–—+]$/.test(text.trim()) ? text.trim().replace(/[–—]/, "-") : "•");

/**
 * The numbering of a DOCX (`word/numbering.xml`, and list styles from `word/styles.xml`) and the
 * counters of its lists as the document is read in order: `label` gives a numbered paragraph its
 * number as Word would show it ("1.2.", "a)", "II.", "-"), which the paragraph's text does not carry.
 * One object per document read.
 *
 * @example
 * const numbering = new DocxNumbering(numberingXml, stylesXml);
 * numbering.label({ numId: "3", level: 1 }) // "1.1."
 */
export class DocxNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  /** Abstract lists that take their levels from a list style (w:numStyleLink): abstract id → style id. */
  private readonly styleLinks = new Map<string, string>();
  /** numId → its abstract list and its start overrides per level. */
  private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  /** Paragraph style id → the list its paragraphs are in, when the style has one; and its parent style. */
  private readonly styles = new Map<string, { numbering: Partial<NumberingRef> | null; basedOn: string | null }>();
  /** Counters per abstract list (lists sharing one continue each other's numbers, as in Word). */
  private readonly counters = new Map<string, number[]>();
  /** The numIds whose start overrides have been applied. */
  private readonly started = new Set<string>();

  constructor(numbering: XmlNode[] | null, styles: XmlNode[] | null) {
    const root = (doc: XmlNode[] | null, name: string) => doc?.find((n) => localName(n) === name);
    for (const node of children(root(numbering, "numbering") ?? {})) {
      if (localName(node) === "abstractNum") {
        const levels = new Map<number, Level>();
        for (const lvl of children(node).filter((c) => localName(c) === "lvl")) {
          levels.set(Number(attribute(lvl, "ilvl") ?? 0), {
            start: Number(attribute(child(lvl, "start"), "val") ?? 1),
            format: attribute(child(lvl, "numFmt"), "val") ?? "decimal",
            text: attribute(child(lvl, "lvlText"), "val") ?? "",
            legal: child(lvl, "isLgl") !== undefined && attribute(child(lvl, "isLgl"), "val") !== "0",
          });
        }
        this.abstracts.set(attribute(node, "abstractNumId") ?? "", levels);
        const link = attribute(child(node, "numStyleLink"), "val");
        if (link !== undefined) this.styleLinks.set(attribute(node, "abstractNumId") ?? "", link);
      } else if (localName(node) === "num") {
        const starts = new Map<number, number>();
        for (const override of children(node).filter((c) => localName(c) === "lvlOverride")) {
          const start = attribute(child(override, "startOverride"), "val");
          if (start !== undefined) starts.set(Number(attribute(override, "ilvl") ?? 0), Number(start));
        }
        this.nums.set(attribute(node, "numId") ?? "", { abstract: attribute(child(node, "abstractNumId"), "val") ?? "", starts });
      }
    }
    for (const style of children(root(styles, "styles") ?? {}).filter((s) => localName(s) === "style")) {
      const numPr = child(child(style, "pPr"), "numPr");
      const numId = attribute(child(numPr, "numId"), "val");
      const ilvl = attribute(child(numPr, "ilvl"), "val");
      this.styles.set(attribute(style, "styleId") ?? "", {
        numbering: numPr ? { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { level: Number(ilvl) } : {}) } : null,
        basedOn: attribute(child(style, "basedOn"), "val") ?? null,
      });
    }
  }

  /**
   * A paragraph's list membership from its properties (`w:pPr`): its own `w:numPr`, else its
   * style's (through `w:basedOn`); null when it is not in a list (numId 0 takes it out of one).
   */
  paragraphList(pPr: XmlNode | undefined): NumberingRef | null {
    const numPr = child(pPr, "numPr");
    let numId = attribute(child(numPr, "numId"), "val");
    let level = attribute(child(numPr, "ilvl"), "val") !== undefined ? Number(attribute(child(numPr, "ilvl"), "val")) : undefined;
    let style = attribute(child(pPr, "pStyle"), "val");
    for (let depth = 0; style !== undefined && depth < 20 && (numId === undefined || level === undefined); depth++) {
      const found = this.styles.get(style);
      if (!found) break;
      numId ??= found.numbering?.numId;
      level ??= found.numbering?.level;
      style = found.basedOn ?? undefined;
    }
    if (numId === undefined || numId === "0" || !this.nums.has(numId)) return null;
    return { numId, level: level ?? 0 };
  }

  /**
   * The label Word shows for the next paragraph of a list level, advancing its counter and
   * restarting the deeper levels; "" for a level without a label.
   */
  /**
   * The abstract list a list's numbers come from: its own, or, when it only links to a list
   * style (w:numStyleLink, as Word's multilevel list styles do), the one that style's list uses.
   */
  private abstractOf(numId: string): string | undefined {
    let abstract = this.nums.get(numId)?.abstract;
    for (let depth = 0; abstract !== undefined && this.styleLinks.has(abstract) && depth < 5; depth++) {
      const linked = this.styles.get(this.styleLinks.get(abstract)!)?.numbering?.numId;
      const next = linked === undefined ? undefined : this.nums.get(linked)?.abstract;
      if (next === undefined || next === abstract) break;
      abstract = next;
    }
    return abstract;
  }

  label(ref: NumberingRef): string {
    const num = this.nums.get(ref.numId);
    const abstract = this.abstractOf(ref.numId);
    const levels = abstract === undefined ? undefined : this.abstracts.get(abstract);
    const level = levels?.get(ref.level);
    if (!num || !levels || !level) return "";
    const startOf = (k: number) => num.starts.get(k) ?? levels.get(k)?.start ?? 1;
    let counters = this.counters.get(abstract!);
    if (!counters || (!this.started.has(ref.numId) && num.starts.size)) {
      counters = Array.from({ length: 9 }, (_, k) => startOf(k) - 1);
      this.counters.set(abstract!, counters);
    }
    this.started.add(ref.numId);
    counters[ref.level] = (counters[ref.level] ?? 0) + 1;
    for (let k = ref.level + 1; k < counters.length; k++) counters[k] = startOf(k) - 1;
    if (level.format === "bullet") return bulletText(level.text);
    if (level.format === "none") return level.text.replace(/%\d/g, "").trim();
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const k = Number(d) - 1;
      const value = Math.max(counters[k] ?? 0, startOf(k));
      return formatListNumber(value, level.legal ? "decimal" : (levels.get(k)?.format ?? "decimal"));
    });
  }
}
