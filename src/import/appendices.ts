import type { Citation } from "../model/plan";
import { extractCitations } from "../text/citations";
import { foldForMatch } from "../text/fold";
import { isBlank, type SourceLine } from "./source-lines";

/** An appendix (Phụ lục) of the document: where it is, its title and the document it says it belongs to. */
export interface Appendix {
  /** Index of the "Phụ lục …" heading line. */
  heading: number;
  /** Index after its last line (the next appendix's heading or the end). */
  end: number;
  /** Its label as written ("Phụ lục II"). */
  label: string;
  /** The title lines between the heading and the caption, joined. */
  title: string;
  /** "(Kèm theo Kế hoạch số … ngày … của …)": the document it is attached to, or null. */
  caption: Citation | null;
  /** Index after the heading, title and caption lines. */
  bodyStart: number;
}

const HEADING = /^phu luc\b(?:\s*(?:so\s*)?[ivxlc0-9|]{1,5}\b)?\s*(?:[.:–-].*)?$/;

/**
 * Finds the appendices ("Phụ lục I", "PHỤ LỤC II", "Phụ lục") and, for each, its title and caption
 * "(Kèm theo Kế hoạch số 2274/KH-UBND ngày … của …)".
 *
 * @example
 * findAppendices(toSourceLines("…\nPhụ lục II\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 12/KH-UBND)")).map((a) => a.label) // ["Phụ lục II"]
 */
export function findAppendices(lines: SourceLine[]): Appendix[] {
  const headings: number[] = [];
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (text.length <= 80 && !text.startsWith("(") && HEADING.test(foldForMatch(text))) headings.push(i);
  });
  return headings.map((heading, k) => {
    const end = headings[k + 1] ?? lines.length;
    const title: string[] = [];
    let caption: Citation | null = null;
    let bodyStart = heading + 1;
    for (let i = heading + 1; i < Math.min(end, heading + 14); i++) {
      if (isBlank(lines[i])) continue;
      const text = lines[i]!.text.trim();
      const folded = foldForMatch(text);
      if (/\bkem theo\b/.test(folded)) {
        let joined = text;
        let last = i;
        // the caption may wrap onto the next line ("… năm 2022 / của UBND thành phố Huế)")
        if (!text.includes(")") && i + 1 < end && !isBlank(lines[i + 1])) {
          joined = `${text} ${lines[i + 1]!.text.trim()}`;
          last = i + 1;
        } else if (!text.includes(")") && i + 2 < end && isBlank(lines[i + 1]) && /^\(?[^\t]{0,60}\)\s*$/.test(lines[i + 2]!.text.trim())) {
          joined = `${text} ${lines[i + 2]!.text.trim()}`;
          last = i + 2;
        }
        caption = extractCitations(joined)[0] ?? null;
        bodyStart = last + 1;
        break;
      }
      if (text.includes("\t") || title.length >= 6) break;
      title.push(text);
      bodyStart = i + 1;
    }
    return { heading, end, label: lines[heading]!.text.trim(), title: title.join(" ").replace(/\s+/g, " ").trim(), caption, bodyStart };
  });
}
