import { parseDeadline } from "../deadline/parse";
import { readAgencyList, readAgencyPrefix, splitAgencies } from "../text/agency-list";
import { foldForMatch, sameLengthFold } from "../text/fold";
import { COORDINATING_LABELS, DEADLINE_LABELS, LEAD_LABELS, PRODUCT_LABELS } from "../text/plan-words";
import { hasAtMostWords, trimEndMatching } from "../text/runs";
import { startsLikeDeadline } from "./table-cells";

/** A body task split into its text and the agencies, deadline and product it names. */
export interface TaskClauses {
  text: string;
  lead: string[];
  coordinating: string[];
  deadline: string | null;
  product: string | null;
}

const LABEL = (labels: readonly string[]) => new RegExp(`^(?:${labels.map((l) => foldForMatch(l).replace(/ /g, "\\s+")).join("|")})\\s*:?\\s*`);
const DEADLINE_LABEL = LABEL(DEADLINE_LABELS);
const PRODUCT_LABEL = LABEL(PRODUCT_LABELS);
// without /u (not needed, the same matches): under /u, [^()]* over millions of characters overflows the regex stack
const TRAILING_GROUP = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*[.;,]?\s*$/;
const ASSIGN_LEAD = /^(?:giao\s+)?(.+?)\s+chu tri(?:\s*[,;]?\s*(?:va\s+)?phoi hop(?:\s+voi)?\s+(.+?))?(?:\s+thuc hien)?\s*[.;,]?$/d;
const ASSIGN_JOINT = /^(?:giao\s+)?(.+?)\s+phoi hop(?:\s+thuc hien)?\s*[.;,]?$/d;
// "X phối hợp (với) Y thực hiện": X carries it out, with Y
const ASSIGN_PARTNERED = /^(?:giao\s+)?(.+?)\s+phoi hop(?:\s+voi)?\s+(.+?)\s+thuc hien\s*[.;,]?$/d;
// "Giao (cho) X (thực hiện)", "X thực hiện": X carries it out
const ASSIGN_GIVEN = /^giao\s+(?:cho\s+)?(.+?)(\s+thuc hien)?\s*[.;,]?$/d;
const ASSIGN_DOERS = /^(.+?)\s+thuc hien\s*[.;,]?$/d;
// "phối hợp (với) Y" after an assignment that names only the lead
const ASSIGN_PARTNERS = /^(?:va\s+)?phoi hop(?:\s+voi)?\s+(.+?)\s*[.;,]?$/d;

// Spaces and the punctuation that close a clause, and those before a field's label: trimmed with
// trimEndMatching (a regular expression such as /[\s,;]+$/ retries from every position of a long
// run of them, quadratic in its length).
const CLAUSE_END = /[\s.;,–-]/u;
const LABEL_BEFORE = /[\s,;–-]/u;

/** `list` with `more` added, each agency once. */
function withAgencies(list: readonly string[], more: readonly string[]): string[] {
  const seen = new Set(list);
  const out = [...list];
  for (const agency of more) {
    if (seen.has(agency)) continue;
    seen.add(agency);
    out.push(agency);
  }
  return out;
}

/** What a labelled field introduces. */
export type LabelKind = "lead" | "coordinating" | "deadline" | "product";
/** Folded label (single spaces) → what it introduces. */
const LABEL_KINDS = new Map<string, LabelKind>(
  (
    [
      ["lead", LEAD_LABELS],
      ["coordinating", COORDINATING_LABELS],
      ["deadline", DEADLINE_LABELS],
      ["product", PRODUCT_LABELS],
    ] as const
  ).flatMap(([kind, labels]) => labels.map((label) => [sameLengthFold(label)!, kind] as const)),
);
const LABEL_ALTERNATION = [...LABEL_KINDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((label) => label.replace(/ /g, "\\s+"))
  .join("|");
// a labelled clause: a label and a colon, opening the text or after ". ", "; ", ", " or " - "
const LABELLED_CLAUSE = new RegExp(`(?:^|[.;,]\\s+|\\s[-–]\\s+)(${LABEL_ALTERNATION})\\s*:\\s*`, "dg");
const LABELLED_LINE = new RegExp(`^(${LABEL_ALTERNATION})\\s*:`);

/**
 * Whether a line is one of a task's labelled fields ("Cơ quan chủ trì: Công an huyện", "Thời gian
 * thực hiện: Quý IV/2022", "Sản phẩm: …"), not a task.
 *
 * @example
 * isLabelledClause("Cơ quan phối hợp: Phòng Tư pháp.") // true
 * isLabelledClause("Phối hợp với Công an tỉnh kết nối dữ liệu.") // false
 */
export function isLabelledClause(text: string): boolean {
  return labelKind(text) !== null;
}

/**
 * What a labelled field introduces: "Cơ quan phối hợp:" → "coordinating"; null when the text is
 * not a labelled field.
 *
 * @example
 * labelKind("Thời gian thực hiện: Quý IV/2022") // "deadline"
 * labelKind("Phối hợp với Công an tỉnh kết nối dữ liệu.") // null
 */
export function labelKind(text: string): LabelKind | null {
  const same = sameLengthFold(text.trim());
  const m = same === null ? null : LABELLED_LINE.exec(same);
  return m ? (LABEL_KINDS.get(m[1]!.replace(/\s+/g, " ")) ?? null) : null;
}

/** The original wording of capture group `g` (the folding keeps one character per character). */
const group = (original: string, m: RegExpExecArray, g: number) => {
  const span = m.indices?.[g];
  return span ? original.slice(span[0], span[1]) : "";
};

/**
 * Reads an assignment: "(Giao) X chủ trì, phối hợp (với) Y (thực hiện)", "X phối hợp (thực
 * hiện)", "X phối hợp (với) Y thực hiện", "Giao (cho) X (thực hiện)", "X thực hiện" (X an
 * agency list); null when it is not one.
 */
function readAssignment(inner: string): { lead: string[]; coordinating: string[] } | null {
  const normalized = inner.trim().replace(/\s+/g, " ");
  const same = sameLengthFold(normalized);
  if (same === null || !normalized) return null;
  const lead = ASSIGN_LEAD.exec(same);
  if (lead) return { lead: splitAgencies(group(normalized, lead, 1)), coordinating: splitAgencies(group(normalized, lead, 2)) };
  const joint = ASSIGN_JOINT.exec(same);
  if (joint) return { lead: [], coordinating: splitAgencies(group(normalized, joint, 1)) };
  const partnered = ASSIGN_PARTNERED.exec(same);
  if (partnered) return { lead: splitAgencies(group(normalized, partnered, 1)), coordinating: splitAgencies(group(normalized, partnered, 2)) };
  const given = ASSIGN_GIVEN.exec(same);
  // "Giao X thực hiện" frames X as the doers; a bare "Giao X" must read as a list of agencies
  if (given && (given[2] || readAgencyList(group(normalized, given, 1)).ok)) return { lead: splitAgencies(group(normalized, given, 1)), coordinating: [] };
  const doers = ASSIGN_DOERS.exec(same);
  if (doers && readAgencyList(group(normalized, doers, 1)).ok) return { lead: splitAgencies(group(normalized, doers, 1)), coordinating: [] };
  return null;
}

/** Whether a phrase is a deadline without a label: "hoàn thành trong năm 2022", "thường xuyên" (begins like a deadline cell, and reads as one). */
function isBareDeadline(phrase: string): boolean {
  if (!startsLikeDeadline(phrase)) return false;
  const kind = parseDeadline(phrase).kind;
  return kind !== "unknown" && kind !== "none";
}

/**
 * Reads a bracket of several clauses separated by semicolons — "(Giao X chủ trì, phối hợp với Y;
 * thời gian: thường xuyên)", "(X phối hợp Y thực hiện; hoàn thành trong năm 2022)" — into `out`
 * when every clause is an assignment (one), a labelled deadline or product, or a bare deadline.
 */
function readClauseList(parts: string[], out: TaskClauses): boolean {
  const read: TaskClauses = { ...out, lead: [], coordinating: [] };
  let assigned = false;
  for (const part of parts) {
    const folded = foldForMatch(part);
    const deadline = DEADLINE_LABEL.exec(folded);
    const product = PRODUCT_LABEL.exec(folded);
    const same = sameLengthFold(part.replace(/\s+/g, " "));
    const partners = assigned && !read.coordinating.length && same !== null ? ASSIGN_PARTNERS.exec(same) : null;
    const fields = labelledClauses(part);
    if (deadline && !read.deadline) read.deadline = stripLabel(part, deadline[0]);
    else if (product && !read.product) read.product = stripLabel(part, product[0]);
    else if (partners) read.coordinating = splitAgencies(group(part.replace(/\s+/g, " "), partners, 1));
    else if (!read.deadline && isBareDeadline(part)) read.deadline = trimEndMatching(part, CLAUSE_END);
    else if (fields && !fields.text && (fields.lead.length || fields.coordinating.length)) {
      // "Chủ trì: X", "phối hợp: Y"
      read.lead = withAgencies(read.lead, fields.lead);
      read.coordinating = withAgencies(read.coordinating, fields.coordinating);
      assigned = true;
    } else {
      const assignment = readAssignment(part);
      // "X chủ trì; Y phối hợp": the second clause names the partners
      const joins = assigned && assignment && !assignment.lead.length && !read.coordinating.length;
      if (!assignment || (assigned && !joins)) return false;
      read.lead = withAgencies(read.lead, assignment.lead);
      read.coordinating = withAgencies(read.coordinating, assignment.coordinating);
      assigned = true;
    }
  }
  if (!assigned) return false;
  Object.assign(out, { lead: read.lead, coordinating: read.coordinating, deadline: read.deadline, product: read.product });
  return true;
}

/** Reads a trailing bracket of a task into `out` when it names agencies, a deadline or a product; false when it is part of the text. */
function readBracket(inner: string, out: TaskClauses): boolean {
  const folded = foldForMatch(inner);
  const deadline = DEADLINE_LABEL.exec(folded);
  const product = PRODUCT_LABEL.exec(folded);
  if (deadline && !out.deadline) {
    out.deadline = stripLabel(inner, deadline[0]);
    return true;
  }
  if (product && !out.product) {
    out.product = stripLabel(inner, product[0]);
    return true;
  }
  if (out.lead.length || out.coordinating.length) return false;
  const fields = labelledClauses(inner);
  if (fields && !fields.text && (fields.lead.length || fields.coordinating.length)) {
    // "(Chủ trì: X; phối hợp: Y; thời gian: …)"
    Object.assign(out, { lead: fields.lead, coordinating: fields.coordinating, deadline: out.deadline ?? fields.deadline, product: out.product ?? fields.product });
    return true;
  }
  const parts = inner
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > 1 && readClauseList(parts, out)) return true;
  const assignment = readAssignment(inner);
  if (!assignment) return false;
  out.lead = assignment.lead;
  out.coordinating = assignment.coordinating;
  return true;
}

/**
 * The labelled clauses of a text outside brackets — "… VNeID. Đơn vị thực hiện: Bảo hiểm xã hội
 * huyện, Công an huyện. Thời hạn: tháng 6/2022." — read into fields, and the text before the
 * first of them (maybe empty); null when it has none.
 */
function labelledClauses(text: string): TaskClauses | null {
  const same = sameLengthFold(text);
  if (same === null) return null;
  const clauses: { start: number; valueStart: number; kind: LabelKind }[] = [];
  // only clauses outside brackets: "(…; thời gian: thường xuyên)" is a bracket's own clause
  let depth = 0;
  let scanned = 0;
  LABELLED_CLAUSE.lastIndex = 0;
  for (let m = LABELLED_CLAUSE.exec(same); m; m = LABELLED_CLAUSE.exec(same)) {
    const start = m.indices![1]![0];
    for (; scanned < start; scanned++) depth += same[scanned] === "(" ? 1 : same[scanned] === ")" && depth > 0 ? -1 : 0;
    if (depth === 0) clauses.push({ start, valueStart: m.index + m[0].length, kind: LABEL_KINDS.get(m[1]!.replace(/\s+/g, " "))! });
  }
  if (!clauses.length) return null;
  const before = trimEndMatching(text.slice(0, clauses[0]!.start), LABEL_BEFORE).trim();
  const out: TaskClauses = { text: before, lead: [], coordinating: [], deadline: null, product: null };
  const lead: string[] = [];
  const coordinating: string[] = [];
  clauses.forEach((clause, k) => {
    let value = trimEndMatching(text.slice(clause.valueStart, clauses[k + 1]?.start ?? text.length), CLAUSE_END).trim();
    if (!value) return;
    // "Công an huyện, hoàn thành trong tháng 4/2024": a deadline closing an agency field
    const comma = clause.kind === "lead" || clause.kind === "coordinating" ? value.lastIndexOf(",") : -1;
    if (comma > 0 && !out.deadline && isBareDeadline(value.slice(comma + 1))) {
      out.deadline = trimEndMatching(value.slice(comma + 1), CLAUSE_END).trim();
      value = value.slice(0, comma).trim();
    }
    if (clause.kind === "lead") {
      const assignment = readAssignment(value);
      // (pushed one by one: spreading a list of a hundred thousand agencies into push overflows the stack)
      for (const agency of assignment?.lead.length ? assignment.lead : splitAgencies(value)) lead.push(agency);
      if (assignment?.lead.length) for (const agency of assignment.coordinating) coordinating.push(agency);
    } else if (clause.kind === "coordinating") for (const agency of splitAgencies(value)) coordinating.push(agency);
    else if (clause.kind === "deadline") out.deadline ??= value;
    else out.product ??= value;
  });
  out.lead = withAgencies([], lead);
  out.coordinating = withAgencies([], coordinating);
  return out;
}

/**
 * The agencies of a table's or spreadsheet's agency cells. A lead cell may name both roles — "Chủ
 * trì: Phòng Tư pháp; Phối hợp: Công an huyện" (on one line or two), "Phòng Tư pháp chủ trì, phối
 * hợp Công an huyện", "Phòng Tư pháp chủ trì; Công an huyện phối hợp", "Công an huyện (chủ trì),
 * Phòng Tư pháp" — as plans with one "Đơn vị thực hiện" column write them, or say "X thực hiện";
 * a partner cell may say "Phối hợp: Y"; else each cell is a list of agencies (`splitAgencies`).
 *
 * @example
 * readAgencyCells("Chủ trì: Phòng Tư pháp; Phối hợp: Công an huyện", "")
 * // { lead: ["Phòng Tư pháp"], coordinating: ["Công an huyện"] }
 */
export function readAgencyCells(leadCell: string | null | undefined, coordinatingCell: string | null | undefined): { lead: string[]; coordinating: string[] } {
  // a partner cell may carry its label too ("Phối hợp: Công an huyện")
  const partners = labelledClauses(cellLine(coordinatingCell ?? ""));
  const coordinating = partners && !partners.text && partners.coordinating.length && !partners.lead.length ? partners.coordinating : splitAgencies(coordinatingCell);
  const cell = (leadCell ?? "").trim();
  const folded = foldForMatch(cell);
  if (!/\b(?:chu tri|phoi hop|thuc hien)\b/.test(folded)) return { lead: splitAgencies(leadCell), coordinating };
  const line = cellLine(cell);
  const fields = labelledClauses(line);
  let named: { lead: string[]; coordinating: string[] } | null = null;
  if (fields && (fields.lead.length || fields.coordinating.length)) {
    if (!fields.text) named = fields;
    // "Phòng Tư pháp; Phối hợp: Công an huyện": the unlabelled agencies before the partners lead
    else if (!fields.lead.length && readAgencyList(fields.text).ok) named = { lead: splitAgencies(fields.text), coordinating: fields.coordinating };
  }
  named ??= roleClauses(line);
  if (!named || (named !== fields && !named.lead.length)) return { lead: splitAgencies(leadCell), coordinating };
  return { lead: named.lead, coordinating: withAgencies(named.coordinating, coordinating) };
}

// a label inside a cell's text: after spaces, capitalised ("Phòng Tư pháp Phối hợp: Công an huyện",
// a wrapped table cell whose second line was joined with a space). The match starts only where a
// run of spaces starts ((?<!\s)): else each space of a long run would start a scan to the run's
// end, time quadratic in the run's length.
const LABEL_INSIDE = new RegExp(`(?<!\\s)\\s+(?=(?:${LABEL_ALTERNATION})\\s*:)`, "g");
// a line break and the spaces around it, matched from the start of the spaces before it (linear, as above)
const LINE_BREAK = /(?<![^\S\n])[^\S\n]*\n\s*/g;

/** An agency cell on one line, its lines and the labels inside it marked off by semicolons. */
function cellLine(cell: string): string {
  const line = cell.trim().replace(LINE_BREAK, "; ");
  const same = sameLengthFold(line);
  if (same === null) return line;
  const pieces: string[] = [];
  let from = 0;
  for (const m of same.matchAll(LABEL_INSIDE)) {
    const at = m.index + m[0].length;
    if (!/\p{Lu}/u.test(line[at]!) || ";,.".includes(line[m.index - 1] ?? ";")) continue;
    pieces.push(line.slice(from, m.index), "; ");
    from = at;
  }
  pieces.push(line.slice(from));
  return pieces.join("");
}

// "Công an huyện (chủ trì)", "Phòng Tư pháp (phối hợp)"
const ROLE_MARK = /\s*\((chu tri|phoi hop)\)$/;

/**
 * The roles an agency cell gives in clauses rather than labels: "X chủ trì, phối hợp Y", "X chủ
 * trì; Y phối hợp", "X (chủ trì), Y"; null when it gives none.
 */
function roleClauses(line: string): { lead: string[]; coordinating: string[] } | null {
  const parts = line
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean);
  const read: TaskClauses = { text: "", lead: [], coordinating: [], deadline: null, product: null };
  if (parts.length > 1 && readClauseList(parts, read) && !read.deadline && !read.product) return read;
  const assignment = readAssignment(line);
  if (assignment?.lead.length) return assignment;
  // roles marked after the names: the others coordinate
  const entries = splitAgencies(line);
  const roles = entries.map((entry) => ROLE_MARK.exec(sameLengthFold(entry) ?? "")?.[1]);
  if (!roles.includes("chu tri")) return assignment;
  const name = (entry: string, k: number) => (roles[k] ? entry.slice(0, entry.length - ROLE_MARK.exec(sameLengthFold(entry)!)![0].length) : entry);
  return { lead: entries.flatMap((entry, k) => (roles[k] === "chu tri" ? [name(entry, k)] : [])), coordinating: entries.flatMap((entry, k) => (roles[k] === "chu tri" ? [] : [name(entry, k)])) };
}

/**
 * Splits a body task ("1.1. Triển khai … (Giao Công an thị xã chủ trì, phối hợp với các cơ quan liên
 * quan)", "2.1. Công an thành phố chủ trì, phối hợp Phòng Tư pháp nghiên cứu … (Thời gian thực hiện:
 * trong năm 2022)") into its text, lead and coordinating agencies, deadline and product. Trailing
 * brackets that name agencies, a deadline ("Thời gian thực hiện: …") or a product ("Sản phẩm: …"),
 * alone or as clauses separated by semicolons, are taken out of the text, and so are the labelled
 * fields that end it ("… Đơn vị thực hiện: X. Thời hạn: tháng 6/2022."); an opening "X chủ trì,
 * phối hợp Y" is taken out too, the rest kept as written.
 *
 * @example
 * readTaskClauses("Triển khai Thông tư. (Giao Công an thị xã chủ trì, phối hợp với Phòng Tư pháp)")
 * // { text: "Triển khai Thông tư.", lead: ["Công an thị xã"], coordinating: ["Phòng Tư pháp"], deadline: null, product: null }
 */
export function readTaskClauses(input: string): TaskClauses {
  const empty = (): TaskClauses => ({ text: "", lead: [], coordinating: [], deadline: null, product: null });
  // in reading order: the text, its own bracket ("(Giao X chủ trì)"), labelled fields, a closing bracket
  const closing = empty();
  const text = readTrailingBrackets(input.replace(/\s+/g, " ").trim(), closing);
  const labelled = labelledClauses(text);
  // a text that is all fields is not a task's: left as written
  const fields = labelled?.text ? labelled : empty();
  const own = empty();
  const out: TaskClauses = { ...empty(), text: labelled?.text ? readTrailingBrackets(labelled.text, own) : text };
  for (const part of [own, fields, closing]) {
    out.lead = withAgencies(out.lead, part.lead);
    out.coordinating = withAgencies(out.coordinating, part.coordinating);
    out.deadline ??= part.deadline;
    out.product ??= part.product;
  }
  if (!out.lead.length && !out.coordinating.length) Object.assign(out, readOpeningAssignment(out.text));
  if (!out.deadline) {
    const closing = closingDeadline(out.text);
    if (closing) Object.assign(out, closing);
  }
  return out;
}

// "hoàn thành (xong) (trong | trước | vào | chậm nhất) <a time>": a phrase of completion whose
// object is a time (a period word or a date: "30/6/2022", "6/2022", "2022", folded "30 6 2022"), not a piece of work
// ("hoàn thành việc số hóa … trong năm 2022", "hoàn thành 100% hồ sơ …" are work)
const COMPLETION = /^(?:hoan thanh(?: xong)?|xong|cham nhat(?: la)?)\s+(?:(?:trong|truoc|vao|cham nhat|den|den het)\s+)?(?:ngay|thang|quy|nam|\d{1,2} \d{1,2} \d{4}\b|\d{1,2} \d{4}\b|\d{4}\b)/;
const CLOSING_WORDS = 10;

/**
 * A deadline closing a task's text as its last clause: "Kết nối … dân cư; hoàn thành trong Quý
 * III/2022." → the text without it and the deadline "hoàn thành trong Quý III/2022"; null when
 * the last clause is not a short completion phrase that reads as a deadline.
 */
function closingDeadline(text: string): { text: string; deadline: string } | null {
  const cut = Math.max(text.lastIndexOf(";"), text.lastIndexOf(","));
  if (cut <= 0) return null;
  const clause = trimEndMatching(text.slice(cut + 1), CLAUSE_END).trim();
  if (!hasAtMostWords(clause, CLOSING_WORDS) || !COMPLETION.test(foldForMatch(clause)) || !isBareDeadline(clause)) return null;
  const rest = text.slice(0, cut).trim();
  return rest ? { text: rest, deadline: clause } : null;
}

/** Takes the trailing brackets that name agencies, a deadline or a product off a text, into `out`; returns the rest. */
function readTrailingBrackets(input: string, out: TaskClauses): string {
  let text = input;
  for (let guard = 0; guard < 4; guard++) {
    const m = TRAILING_GROUP.exec(text);
    if (!m || !readBracket(m[1]!.trim(), out)) break;
    text = text.slice(0, m.index).trim();
  }
  return text;
}

/** Removes a label ("Thời gian thực hiện:") read on the folded text from the original wording. */
function stripLabel(inner: string, foldedLabel: string): string {
  const words = foldedLabel.trim().split(/\s+/).filter(Boolean).length;
  const rest = inner
    .trim()
    .split(/\s+/)
    .slice(words)
    .join(" ")
    .replace(/^[:\s]+/, "");
  return rest.replace(/[.;,]+$/, "").trim() || inner.trim();
}

/**
 * "Công an thành phố chủ trì, phối hợp Phòng Tư pháp nghiên cứu …": the agencies before "chủ trì"
 * lead, those after "phối hợp (với)" coordinate, and the text is what follows them.
 */
function readOpeningAssignment(text: string): Partial<TaskClauses> {
  // "Cơ quan chủ trì: …" is a labelled field, not an agency named "Cơ quan"
  if (isLabelledClause(text)) return {};
  const opening = readAgencyPrefix(text);
  if (!opening.entries.length) return {};
  const rest = opening.rest;
  const folded = foldForMatch(rest);
  if (folded.startsWith("chu tri")) {
    let after = rest.replace(/^\S+\s+\S+\s*[,;]?\s*/, "");
    let coordinating: string[] = [];
    if (foldForMatch(after).startsWith("phoi hop")) {
      after = after.replace(/^\S+\s+\S+\s*/, "");
      if (foldForMatch(after).startsWith("voi ")) after = after.replace(/^\S+\s*/, "");
      const partners = readAgencyPrefix(after);
      if (partners.entries.length && partners.rest) {
        coordinating = partners.entries;
        after = partners.rest;
      }
    }
    return after ? { text: after, lead: opening.entries, coordinating } : {};
  }
  return {};
}
