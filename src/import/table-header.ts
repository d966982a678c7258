import { COLUMN_NAMES, type ColumnKind } from "../text/column-names";
import { foldForMatch } from "../text/fold";

const LABELS = COLUMN_NAMES.flatMap(({ kind, names }) => names.map((name) => ({ kind, words: foldForMatch(name).split(" ") }))).sort((a, b) => b.words.length - a.words.length);
/** The labels by their first word, longest first as in {@link LABELS}. */
const LABELS_BY_FIRST_WORD = new Map<string, typeof LABELS>();
for (const label of LABELS) LABELS_BY_FIRST_WORD.set(label.words[0]!, [...(LABELS_BY_FIRST_WORD.get(label.words[0]!) ?? []), label]);

/** A table heading read as columns. */
export interface HeaderReading {
  /** The kind of each column, left to right. */
  kinds: ColumnKind[];
  /** Words that matched no column heading. */
  unmatched: number;
  /** Whether the last heading was cut short ("Thời gian thực" for "Thời gian thực hiện"). */
  partial: boolean;
}

/**
 * The column kind of one header cell ("Đơn vị chủ trì" → lead), or null when it is not a known
 * heading.
 *
 * @example
 * columnKind("Thời gian dự kiến") // "deadline"
 */
export function columnKind(cell: string): ColumnKind | null {
  const words = foldForMatch(cell).split(" ").filter(Boolean);
  if (!words.length) return null;
  const reading = readHeaderWords(words.join(" "));
  return reading.kinds.length === 1 && reading.unmatched <= 1 ? reading.kinds[0]! : null;
}

/**
 * Reads a header written as running words ("STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả,
 * sản phẩm Thời gian thực hiện"), matching the longest known heading at each word.
 *
 * @example
 * readHeaderWords("STT Nhiệm vụ Cơ quan chủ trì Thời gian thực").kinds // ["ref", "text", "lead", "deadline"]
 */
export function readHeaderWords(text: string): HeaderReading {
  const words = foldForMatch(text).split(" ").filter(Boolean);
  const kinds: ColumnKind[] = [];
  let unmatched = 0;
  let partial = false;
  let i = 0;
  while (i < words.length) {
    const label = LABELS_BY_FIRST_WORD.get(words[i]!)?.find((l) => l.words.every((w, k) => words[i + k] === w));
    if (label) {
      kinds.push(label.kind);
      i += label.words.length;
      partial = false;
      // a heading cut by a line break at the end of the text: "Thời gian thực" for "Thời gian thực hiện"
      for (const longer of LABELS) {
        if (longer.kind !== label.kind || longer.words.length <= label.words.length) continue;
        if (!label.words.every((w, k) => longer.words[k] === w)) continue;
        let k = 0;
        while (label.words.length + k < longer.words.length && words[i + k] === longer.words[label.words.length + k]) k++;
        if (k > 0 && i + k === words.length) {
          i += k;
          partial = true;
          break;
        }
      }
      continue;
    }
    unmatched++;
    i++;
  }
  return { kinds, unmatched, partial };
}

/**
 * Whether the columns make a task or service table: a text or service column and two more of known kinds.
 *
 * @example
 * isTableHeader(["ref", "text", "lead"]) // true
 */
export function isTableHeader(kinds: readonly (ColumnKind | null)[], unmatched = 0): boolean {
  const known = kinds.filter((k): k is ColumnKind => k !== null);
  const distinct = new Set(known);
  if (!distinct.has("text") && !distinct.has("service")) return false;
  if (distinct.size < 3 || distinct.size !== known.length) return false;
  return unmatched <= 2;
}
