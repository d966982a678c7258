import { readAgencyPrefix, splitAgencies } from "../text/agency-list";
import { foldForMatch } from "../text/fold";
import { DEADLINE_LABELS, PRODUCT_LABELS } from "../text/plan-words";

/** A body task split into its text and the agencies, deadline and product it names. */
export interface TaskClauses {
  text: string;
  lead: string[];
  coordinating: string[];
  deadline: string | null;
  product: string | null;
}

const LABEL = (labels: readonly string[]) =>
  new RegExp(`^(?:${labels.map((l) => foldForMatch(l).replace(/ /g, "\\s+")).join("|")})\\s*:?\\s*`);
const DEADLINE_LABEL = LABEL(DEADLINE_LABELS);
const PRODUCT_LABEL = LABEL(PRODUCT_LABELS);
// without /u (not needed, the same matches): under /u, [^()]* over millions of characters overflows the regex stack
const TRAILING_GROUP = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*[.;,]?\s*$/;
const ASSIGN_LEAD = /^(?:giao\s+)?(.+?)\s+chu tri(?:\s*[,;]?\s*(?:va\s+)?phoi hop(?:\s+voi)?\s+(.+?))?(?:\s+thuc hien)?\s*[.;,]?$/d;
const ASSIGN_JOINT = /^(?:giao\s+)?(.+?)\s+phoi hop(?:\s+thuc hien)?\s*[.;,]?$/d;

/** The original wording of capture group `g` (the folding keeps one character per character). */
const group = (original: string, m: RegExpExecArray, g: number) => {
  const span = m.indices?.[g];
  return span ? original.slice(span[0], span[1]) : "";
};

/** Reads "(Giao X chủ trì, phối hợp với Y)" / "(X phối hợp thực hiện)"; null when it is not one. */
function readAssignment(inner: string): { lead: string[]; coordinating: string[] } | null {
  const text = inner.trim();
  const normalized = text.replace(/\s+/g, " ");
  // foldForMatch collapses punctuation, so match on a same-length folding of the original instead
  const same = normalized
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
  if (same.length !== normalized.length || !normalized) return null;
  const lead = ASSIGN_LEAD.exec(same);
  if (lead) return { lead: splitAgencies(group(normalized, lead, 1)), coordinating: splitAgencies(group(normalized, lead, 2)) };
  const joint = ASSIGN_JOINT.exec(same);
  if (joint) return { lead: [], coordinating: splitAgencies(group(normalized, joint, 1)) };
  return null;
}

/**
 * Splits a body task ("1.1. Triển khai … (Giao Công an thị xã chủ trì, phối hợp với các cơ quan liên
 * quan)", "2.1. Công an thành phố chủ trì, phối hợp Phòng Tư pháp nghiên cứu … (Thời gian thực hiện:
 * trong năm 2022)") into its text, lead and coordinating agencies, deadline and product. Trailing
 * brackets that name agencies, a deadline ("Thời gian thực hiện: …") or a product ("Sản phẩm: …")
 * are taken out of the text; an opening "X chủ trì, phối hợp Y" is taken out too, the rest kept as
 * written.
 *
 * @example
 * readTaskClauses("Triển khai Thông tư. (Giao Công an thị xã chủ trì, phối hợp với Phòng Tư pháp)")
 * // { text: "Triển khai Thông tư.", lead: ["Công an thị xã"], coordinating: ["Phòng Tư pháp"], deadline: null, product: null }
 */
export function readTaskClauses(input: string): TaskClauses {
  let text = input.replace(/\s+/g, " ").trim();
  const out: TaskClauses = { text, lead: [], coordinating: [], deadline: null, product: null };
  for (let guard = 0; guard < 4; guard++) {
    const m = TRAILING_GROUP.exec(text);
    if (!m) break;
    const inner = m[1]!.trim();
    const folded = foldForMatch(inner);
    const deadline = DEADLINE_LABEL.exec(folded);
    const product = PRODUCT_LABEL.exec(folded);
    if (deadline && !out.deadline) {
      out.deadline = stripLabel(inner, deadline[0]);
    } else if (product && !out.product) {
      out.product = stripLabel(inner, product[0]);
    } else {
      const assignment = out.lead.length || out.coordinating.length ? null : readAssignment(inner);
      if (!assignment) break;
      out.lead = assignment.lead;
      out.coordinating = assignment.coordinating;
    }
    text = text.slice(0, m.index).trim();
  }
  out.text = text;
  if (!out.lead.length && !out.coordinating.length) Object.assign(out, readOpeningAssignment(text));
  return out;
}

/** Removes a label ("Thời gian thực hiện:") read on the folded text from the original wording. */
function stripLabel(inner: string, foldedLabel: string): string {
  const words = foldedLabel.trim().split(/\s+/).filter(Boolean).length;
  const rest = inner.trim().split(/\s+/).slice(words).join(" ").replace(/^[:\s]+/, "");
  return rest.replace(/[.;,]+$/, "").trim() || inner.trim();
}

/**
 * "Công an thành phố chủ trì, phối hợp Phòng Tư pháp nghiên cứu …": the agencies before "chủ trì"
 * lead, those after "phối hợp (với)" coordinate, and the text is what follows them.
 */
function readOpeningAssignment(text: string): Partial<TaskClauses> {
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
