/** One record of a CSV file: its 1-based first and last lines (quoted cells may span lines) and its cells. */
export interface CsvRecord {
  line: number;
  lastLine: number;
  cells: string[];
}

/** A parsed CSV file and the delimiter it used. */
export interface CsvTable {
  delimiter: string;
  records: CsvRecord[];
  /** Set when a quoted cell is not closed before the end of the input. */
  unclosedQuoteLine: number | null;
}

/**
 * The delimiter of a CSV file: whichever of `;`, `,` and tab occurs most often outside quotes on
 * its first non-empty line (`,` when none does).
 *
 * @example
 * detectDelimiter("STT;Nhiệm vụ;Cơ quan chủ trì") // ";"
 */
export function detectDelimiter(text: string): string {
  const first = text.split(/\r\n|\r|\n/).find((l) => l.trim()) ?? "";
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of first) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/**
 * Parses CSV (RFC 4180): quoted cells may hold delimiters, doubled quotes and line breaks; a
 * byte-order mark is dropped; CRLF, LF and CR line ends are accepted. The delimiter is detected
 * unless given. Never throws; an unclosed quote is reported in `unclosedQuoteLine`.
 *
 * @example
 * readCsv('STT;Nhiệm vụ\n1;"Kết nối; chia sẻ"').records[1].cells // ["1", "Kết nối; chia sẻ"]
 */
export function readCsv(input: string, delimiter?: string): CsvTable {
  const text = input.replace(/^\ufeff/, "");
  const sep = delimiter ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  // whether `cell` is only whitespace so far (kept as it grows: testing it at each quote would cost the cell's length)
  let blank = true;
  const append = (chars: string) => {
    cell += chars;
    blank &&= !/\S/.test(chars);
  };
  const endCell = () => {
    cells.push(cell);
    cell = "";
    blank = true;
  };
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          append('"');
          i++;
        } else quoted = false;
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        if (!(char === "\r" && text[i + 1] === "\n")) append(char);
      }
      continue;
    }
    if (char === '"' && blank) {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (char === sep) {
      endCell();
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endCell();
      records.push({ line: recordLine, lastLine: line, cells });
      cells = [];
      line++;
      recordLine = line;
    } else append(char);
  }
  if (cell !== "" || cells.length) {
    cells.push(cell);
    records.push({ line: recordLine, lastLine: line, cells });
  }
  return { delimiter: sep, records, unclosedQuoteLine: quoted ? quoteLine : null };
}
