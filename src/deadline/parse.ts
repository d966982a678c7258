import type { Deadline, DeadlinePart, DeadlineTier, GovernmentTier } from "../model/deadline";
import { toNFC } from "../text/fold";
import { dayBefore, dayPeriod, halfPeriod, monthPeriod, type Period, quarterPeriod, yearPeriod } from "./period";
import { type FoldedText, foldWithOrigin, originalSlice } from "./scan";

/**
 * Optional context for {@link parseDeadline}.
 *
 * @example
 * const context: ParseDeadlineContext = { issuedOn: getPlan("hue-2022").issuedOn }; // "2022-04-07"
 * parseDeadline("Tháng 6", context).end // "2022-06-30"
 * parseDeadline("Tháng 6").end          // null: no year
 */
export interface ParseDeadlineContext {
  /** The plan's issue date (ISO); supplies the year of "Quý I" or "tháng 6" written without one. */
  issuedOn?: string | null;
}

/** A period found in the text, before the year of year-less mentions is settled. */
interface Mention {
  index: number;
  length: number;
  unit: Period["unit"];
  /** null when the text gives no year ("Từ tháng 3 đến tháng 6/2022"). */
  year: number | null;
  /** Month (1–12), quarter (1–4), half (1–2) or day-of-month, by unit. */
  value: number;
  month: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const YEAR = "((?:19|20)\\d{2})";
const NOT_AFTER_DIGIT = "(?<![\\d/.])";
const NOT_BEFORE_DIGIT = "(?![\\d/])";

/** Recognisers, each turning a regex match on the folded text into a mention. */
const RECOGNISERS: { pattern: RegExp; read: (m: RegExpExecArray) => Omit<Mention, "index" | "length"> | null }[] = [
  {
    // ngày 01 tháng 12 năm 2022
    pattern: new RegExp(`(?:ngay\\s*)?(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*(?:,\\s*)?nam\\s+${YEAR}`, "g"),
    read: (m) => ({ unit: "date", value: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }),
  },
  {
    // 31/12/2026, ngày 01-6-2022
    pattern: new RegExp(`(?:ngay\\s*)?${NOT_AFTER_DIGIT}(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*${YEAR}${NOT_BEFORE_DIGIT}`, "g"),
    read: (m) => ({ unit: "date", value: Number(m[1]), month: Number(m[3]), year: Number(m[4]) }),
  },
  {
    // 6 tháng đầu năm 2022, nửa cuối năm 2024
    pattern: new RegExp(`(?:(?:6|sau)\\s+thang|nua)\\s+(dau|cuoi)(?:\\s+nam)?(?:\\s*${YEAR})?`, "g"),
    read: (m) => ({ unit: "half", value: m[1] === "dau" ? 1 : 2, month: 0, year: m[2] ? Number(m[2]) : null }),
  },
  {
    // Quý I năm 2022, Quý II/2024, quý 3
    pattern: new RegExp(`quy\\s*(iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\\s*(?:[/.-]|nam)?\\s*${YEAR})?`, "g"),
    read: (m) => ({ unit: "quarter", value: ROMAN[m[1]!] ?? Number(m[1]), month: 0, year: m[2] ? Number(m[2]) : null }),
  },
  {
    // Tháng 3/2022, tháng 12 năm 2022, tháng 6 (year from context)
    pattern: new RegExp(`th[ae]ng\\s*(\\d{1,2})(?:\\s*(?:[/.-]|nam)\\s*${YEAR}|${NOT_BEFORE_DIGIT})`, "g"),
    read: (m) => ({ unit: "month", value: Number(m[1]), month: Number(m[1]), year: m[2] ? Number(m[2]) : null }),
  },
  {
    // 6/2022 written without "tháng"
    pattern: new RegExp(`${NOT_AFTER_DIGIT}(\\d{1,2})\\s*/\\s*${YEAR}${NOT_BEFORE_DIGIT}`, "g"),
    read: (m) => ({ unit: "month", value: Number(m[1]), month: Number(m[1]), year: Number(m[2]) }),
  },
  {
    // năm 2022, 2030
    pattern: new RegExp(`(?:nam\\s*)?(?<![\\d/.-])${YEAR}(?![\\d/])`, "g"),
    read: (m) => ({ unit: "year", value: 0, month: 0, year: Number(m[1]) }),
  },
];

const RECURRING = /\b(?:thuong xuyen|hang (?:nam|quy|thang|tuan|ngay)|dinh ky|lien tuc|cac nam tiep theo|moi nam)\b/;
const CONDITIONAL = /theo lo trinh|ngay sau khi|sau khi|ngay khi|\bkhi\b|theo tien do|theo yeu cau|theo chi dao|theo huong dan|theo ke hoach|theo quy dinh|tuy thuoc|can cu (?:vao )?tinh hinh/;
// "trước tháng 6" ends with May; "chậm nhất tháng 6" (at the latest), "hạn chót" with June
const BY_BEFORE = /(?:truoc|xong truoc)\s*(?:ngay\s*)?$/;
const BY_UNTIL = /(?:den|toi|den het|hoan thanh trong|hoan thanh|cham nhat(?: la)?(?: trong)?|han chot(?: la)?)\s*(?:ngay\s*)?$/;
const FROM = /(?:tu|ke tu|bat dau(?: tu)?|trien khai tu|ap dung tu)\s*(?:ngay\s*)?$/;
const RANGE_GAP = /^\s*(?:-|–|—|den|toi|den het)\s*$/;
const EMPTY = /^[\s\-–—.…x/]*$/i;
const TIER_WORDS: [RegExp, GovernmentTier][] = [
  [/cap bo|bo, nganh|bo nganh|trung uong/, "ministry"],
  [/cap tinh/, "province"],
  [/cap huyen/, "district"],
  [/cap xa/, "commune"],
];

/** Finds every period mentioned in the folded text, earliest and longest first, without overlaps. */
function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const { pattern, read } of RECOGNISERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const mention = read(m);
      if (mention) found.push({ ...mention, index: m.index, length: m[0].length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: Mention[] = [];
  let reached = 0;
  for (const mention of found) {
    if (mention.index < reached) continue;
    kept.push(mention);
    reached = mention.index + mention.length;
  }
  return kept;
}

/** Gives year-less mentions the year of the next mention that has one, else the previous, else the context's. */
function settleYears(mentions: Mention[], contextYear: number | null): void {
  const next: (number | null)[] = new Array(mentions.length).fill(null);
  for (let i = mentions.length - 2; i >= 0; i--) next[i] = mentions[i + 1]!.year ?? next[i + 1]!;
  let previous: number | null = null;
  for (const [i, mention] of mentions.entries()) {
    if (mention.year === null) mention.year = next[i] ?? previous ?? contextYear;
    else previous = mention.year;
  }
}

function periodOf(mention: Mention): Period | null {
  const year = mention.year;
  if (year === null) return null;
  switch (mention.unit) {
    case "date":
      return dayPeriod(year, mention.month, mention.value);
    case "month":
      return monthPeriod(year, mention.value);
    case "quarter":
      return quarterPeriod(year, mention.value);
    case "half":
      return halfPeriod(year, mention.value === 1 ? 1 : 2);
    case "year":
      return yearPeriod(year);
  }
}

/** A part with the span of folded text it was read from. */
type LocatedPart = DeadlinePart & { index: number; length: number };

/** Reads the parts, with how the words before each relate the task to it. */
function readParts(text: FoldedText, contextYear: number | null): LocatedPart[] {
  const mentions = findMentions(text.folded);
  settleYears(mentions, contextYear);
  const parts: LocatedPart[] = [];
  for (const mention of mentions) {
    const period = periodOf(mention);
    if (!period) continue;
    const before = text.folded.slice(Math.max(0, mention.index - 30), mention.index);
    const byBefore = BY_BEFORE.test(before);
    const relation = FROM.test(before) ? "from" : byBefore || BY_UNTIL.test(before) ? "by" : "within";
    const end = byBefore && period.unit !== "date" ? dayBefore(period) : period.end;
    parts.push({
      unit: period.unit,
      text: originalSlice(text, mention.index, mention.index + mention.length),
      start: end < period.start ? end : period.start,
      end,
      relation,
      index: mention.index,
      length: mention.length,
    });
  }
  return parts;
}

/** Whether two consecutive parts form a range ("từ tháng 3 đến tháng 6/2022", "2022 - 2025"). */
function isRange(text: FoldedText, first: LocatedPart, second: LocatedPart): boolean {
  const between = text.folded.slice(first.index + first.length, second.index);
  return RANGE_GAP.test(between) && first.start <= second.end;
}

function readTiers(text: FoldedText, contextYear: number | null): DeadlineTier[] {
  const tiers: DeadlineTier[] = [];
  let offset = 0;
  for (const segment of text.folded.split(/[;\n]/)) {
    const levels = TIER_WORDS.filter(([pattern]) => pattern.test(segment)).map(([, tier]) => tier);
    const start = offset;
    offset += segment.length + 1;
    if (levels.length === 0) continue;
    const piece = foldWithOrigin(originalSlice(text, start, start + segment.length));
    const parts = readParts(piece, contextYear);
    tiers.push({
      scope: piece.original,
      levels,
      start: parts.length ? parts.map((p) => p.start).sort()[0]! : null,
      end: parts.length
        ? parts
            .map((p) => p.end)
            .sort()
            .at(-1)!
        : null,
    });
  }
  return tiers.length >= 2 ? tiers : [];
}

/** The clause that states the condition: from its trigger word to the end of the clause. */
function readCondition(text: FoldedText): string | null {
  const match = CONDITIONAL.exec(text.folded);
  if (!match) return null;
  const rest = text.folded.slice(match.index);
  const stop = rest.search(/[;()]/);
  return originalSlice(text, match.index, stop === -1 ? text.folded.length : match.index + stop);
}

/**
 * Reads a Vietnamese deadline ("Quý I năm 2022", "Trong tháng 6/2022", "Thường xuyên",
 * "Từ tháng 3 đến tháng 6/2022", tiered "cấp tỉnh từ ngày 01/6/2022; cấp huyện …", conditional
 * "Theo lộ trình …") with or without diacritics. Never throws: text with no readable time gives
 * `kind: "unknown"`, an empty cell `kind: "none"`, and `raw` always keeps the text.
 *
 * @example
 * parseDeadline("Quý I năm 2022").end            // "2022-03-31"
 * parseDeadline("Tháng 06 và tháng 12/2024").kind // "multiple"
 * parseDeadline("Thường xuyên").recurring        // true
 */
export function parseDeadline(text: string | null | undefined, context: ParseDeadlineContext = {}): Deadline {
  const raw = typeof text === "string" ? toNFC(text) : "";
  const base: Deadline = { raw, kind: "none", start: null, end: null, recurring: false, condition: null, parts: [], tiers: [] };
  if (EMPTY.test(raw)) return base;

  const folded = foldWithOrigin(raw.replace(/\s+/g, " ").trim());
  const contextYear = /^\d{4}/.test(context.issuedOn ?? "") ? Number(context.issuedOn!.slice(0, 4)) : null;
  const parts = readParts(folded, contextYear);
  const tiers = readTiers(folded, contextYear);
  const recurring = RECURRING.test(folded.folded);
  const condition = readCondition(folded);
  const start = parts.length ? parts.map((p) => p.start).sort()[0]! : null;
  const end = parts.length
    ? parts
        .map((p) => p.end)
        .sort()
        .at(-1)!
    : null;

  let kind: Deadline["kind"];
  if (tiers.length) kind = "tiered";
  else if (condition && !recurring) kind = "conditional";
  else if (parts.length === 0) kind = recurring ? "recurring" : "unknown";
  else if (parts.length === 1) kind = parts[0]!.unit;
  else if (parts.length === 2 && isRange(folded, parts[0]!, parts[1]!)) kind = "range";
  else kind = "multiple";

  const located = parts.map(({ index: _index, length: _length, ...part }) => part);
  return { ...base, kind, start, end, recurring, condition, parts: located, tiers };
}
