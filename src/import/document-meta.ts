import type { PlanLevel } from "../model/plan";
import { CENTRAL_CITIES } from "../text/agency-names";
import { isoDate } from "../text/citations";
import { foldForMatch, sameLengthFold } from "../text/fold";
import type { HeadPiece } from "./head-cells";
import { isBlank, type SourceLine } from "./source-lines";

/** What the head of a plan says about it. */
export interface DocumentHead {
  /** "1228/KH-UBND" from "Số: 1228/KH-UBND"; "…/KH-UBND" when the number is left blank. */
  code: string | null;
  issuedOn: string | null;
  place: string | null;
  issuer: string | null;
  title: string | null;
  notes: string[];
}

// NUMBER_LINE without /u (under /u, \s* and .* over a line of millions of characters overflow the
// regex engine's stack); CODE is only tried on the first CODE_SPAN characters after "Số:".
const NUMBER_LINE = /^\s*S\S{0,2}\s*:\s*(.*)$/;
const CODE = /^(\d{0,6})\s*\/\s*([\p{L}\d&]+(?:\s*-\s*[\p{L}\d&]+)*)/u;
const CODE_SPAN = 200;
/** "ngày" followed by a space (the date of the place-and-date line). */
const DAY_WORD = /ng[àa]y\s/iu;

/**
 * Where the place ends in a place-and-date line: before ", ngày" (the comma and spaces before
 * "ngày" included), as /,?\s*ng[àa]y\s/iu would find it, without its cost quadratic in a run of
 * spaces.
 */
function placeEnd(text: string): number {
  const day = DAY_WORD.exec(text);
  if (!day) return -1;
  let at = day.index;
  while (at > 0 && /\s/.test(text.charAt(at - 1))) at--;
  if (at > 0 && text.charAt(at - 1) === ",") at--;
  return at;
}
// "ngày 08 tháng 03 năm 2022", or "ngày 08/3/2022" (folded: "ngay 08 3 2022")
const DATE_LINE = /ngay\s+(\d{1,2})?\s*\/?\s*thang\s+(\d{1,2})?\s*\/?\s*,?\s*nam\s+(\d{4})|ngay\s+(\d{1,2})\s+(\d{1,2})\s+(\d{4})\b/;
const PLACE_WORDS = ["thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường"];
const TITLE_STOP = /^(?:can cu|thuc hien|de |nham |tren co so|theo |i\.|1\.)/;
// (a cited document's date: "Căn cứ Luật … ngày 20 tháng 11 năm 2014", "Thực hiện Kế hoạch …")
const KIND_WORDS = /\b(?:ke hoach|quyet dinh|chi thi|nghi dinh|nghi quyet|thong tu|cong van|so|luat|can cu|thuc hien|theo)\b/;
const COMMITTEE = /^(?:uy ban nhan dan|ubnd)\b\s*(.*)$/;
const COMMITTEE_WORDS = "uy ban nhan dan";

/**
 * "THÀNH PHỐ HỒ CHÍ MINH" → "thành phố Hồ Chí Minh": place word in lower case, the name capitalised.
 *
 * @example
 * placeName("TỈNH BẮC GIANG") // "tỉnh Bắc Giang"
 */
export function placeName(text: string): string {
  const lower = text.trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
  const type = PLACE_WORDS.find((w) => lower === w || lower.startsWith(`${w} `));
  const name = type ? lower.slice(type.length).trim() : lower;
  const capitalised = name
    .split(" ")
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
  return [type, capitalised].filter(Boolean).join(" ");
}

/**
 * Reads the document number line ("Số: 1228/KH-UBND"), the place and date line, the issuer and the title.
 *
 * @example
 * const lines = toSourceLines("Số: 12/KH-UBND\nHà Tĩnh, ngày 05 tháng 5 năm 2022");
 * readDocumentHead(lines, lines.length) // { code: "12/KH-UBND", issuedOn: "2022-05-05", place: "Hà Tĩnh", … }
 */
export function readDocumentHead(lines: SourceLine[], bodyEnd: number, front?: { pieces: HeadPiece[]; titleLine: number }): DocumentHead {
  const head: DocumentHead = { code: null, issuedOn: null, place: null, issuer: null, title: null, notes: [] };
  // with the header's pieces, only they are read (never a cited document's date further down)
  const scan: SourceLine[] = front ? front.pieces.filter((p) => p.kind !== "motto" && p.kind !== "rule") : lines;
  const top = front ? scan.length : Math.min(bodyEnd, 40);
  let dated = false;
  for (let i = 0; i < top; i++) {
    const text = scan[i]!.text.replace(/\t+/g, " ").trim();
    const number = NUMBER_LINE.exec(text);
    if (!head.code && number && number[1]!.includes("/")) {
      const code = CODE.exec(number[1]!.trim().slice(0, CODE_SPAN));
      if (code) {
        head.code = `${code[1] || "…"}/${code[2]!.replace(/\s+/g, "")}`;
        if (!code[1]) head.notes.push(`The document number is left blank ("${text}").`);
      }
    }
    const folded = foldForMatch(text);
    const found = DATE_LINE.exec(folded);
    // (the "ngày 08/3/2022" form only in a header's own pieces, where no citation's date can be)
    const date = found && (found[1] !== undefined || found[2] !== undefined || found[3] !== undefined || front) ? found : null;
    // the place-and-date line: "Ninh Hòa, ngày 07 tháng 04 năm 2022", not a citation's date
    const lead = date ? folded.slice(0, date.index) : "";
    if (!dated && date && lead.split(" ").length <= 9 && !KIND_WORDS.test(lead) && !/kem theo/.test(folded)) {
      dated = true;
      const [day, month, year] = date[3] ? [date[1], date[2], date[3]] : [date[4], date[5], date[6]];
      head.issuedOn = day && month ? isoDate(Number(day), Number(month), Number(year)) : null;
      if (!day || !month) head.notes.push(`The issue date has a blank day ("${text}"); issuedOn is left null.`);
      const at = placeEnd(text);
      let before = at > 0 ? text.slice(0, at) : "";
      if (before.includes("/")) before = before.slice(before.lastIndexOf("/")).split(/\s+/).slice(1).join(" ");
      // a one-word place ("Minh, ngày …") may be the end of a name wrapped from the line above
      const wrapped = /^\S+$/.test(before.trim()) ? placeFragment(scan, i) : "";
      const cleanPlace = [wrapped, before.trim()].filter(Boolean).join(" ");
      if (before.trim() && cleanPlace.split(/\s+/).length <= 6) head.place = cleanPlace;
    }
  }
  if (front) {
    const cells = front.pieces.filter((p) => p.kind === "text");
    head.issuer = headerIssuer(cells, cells.length);
    // "KẾ HOẠCH Triển khai …" on one line: the title starts on it
    const words = lines[front.titleLine]!.text.replace(/\t+/g, " ").trim().split(/\s+/);
    head.title = [words.slice(2).join(" "), readTitle(lines, front.titleLine + 1)].filter(Boolean).join(" ") || null;
  } else {
    head.issuer = headerIssuer(lines, top);
    const start = lines.slice(0, top).findIndex((l) => /^ke hoach$/.test(foldForMatch(l.text)));
    head.title = start < 0 ? null : readTitle(lines, start + 1);
  }
  return head;
}

/**
 * The start of a place name wrapped onto the line before the place-and-date line ("Sơn" over
 * "Minh, ngày 14 tháng 3 năm 2023", as a web page's header table copies): one or two capitalised
 * words alone on the line right before it; "" when there is none.
 */
function placeFragment(lines: SourceLine[], dateLine: number): string {
  const previous = lines[dateLine - 1];
  if (!previous || isBlank(previous)) return "";
  const text = previous.text.trim();
  return /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)?$/u.test(text) ? text : "";
}

/**
 * "ỦY BAN NHÂN DÂN" over "THÀNH PHỐ HỒ CHÍ MINH" at the top left → "UBND thành phố Hồ Chí Minh";
 * the last committee named when a commune's header names its district above it; else a ministry
 * ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG" → "Bộ Thông tin và Truyền thông") or the Prime Minister.
 */
function headerIssuer(lines: SourceLine[], top: number): string | null {
  const end = Math.min(top, 12);
  let found: string | null = null;
  for (let i = 0; i < end; i++) {
    const committee = committeeAt(lines, i, end);
    if (committee) found = committee;
  }
  if (found) return found;
  for (let i = 0; i < end; i++) {
    const text = lines[i]!.text.replace(/\t+/g, " ").trim();
    const folded = foldForMatch(text);
    if (/^thu tuong chinh phu$/.test(folded)) return "Thủ tướng Chính phủ";
    if (/^bo \S/.test(folded) && text.split(/\s+/).length <= 10 && text === text.toLocaleUpperCase("vi")) return ministryName(text);
  }
  return null;
}

/** "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Bộ Lao động - Thương binh và Xã hội". */
function ministryName(text: string): string {
  const words = text.toLocaleLowerCase("vi").split(/\s+/);
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
  return words.map((w, k) => (k === 0 || k === 1 || ["và", "-"].includes(words[k - 1]!) ? cap(w) : w)).join(" ");
}

/** The committee a header line (and the lines after it) names, or null. */
function committeeAt(lines: SourceLine[], i: number, end: number): string | null {
  let text = lines[i]!.text.replace(/\t+/g, " ").trim();
  // "ỦY" over "BAN NHÂN DÂN" (a header cell wrapped as a web page copies it): the name goes on
  let last = i;
  while (COMMITTEE_WORDS.startsWith(`${foldForMatch(text)} `) && last + 1 < end && !isBlank(lines[last + 1])) {
    text = `${text} ${lines[++last]!.text.replace(/\t+/g, " ").trim()}`;
  }
  const m = COMMITTEE.exec(foldForMatch(text));
  if (!m) return null;
  const rest = text
    .split(/\s+/)
    .slice(/^ubnd/i.test(text) ? 1 : 4)
    .join(" ");
  if (m[1] && PLACE_WORDS.some((w) => foldForMatch(rest).startsWith(foldForMatch(w)))) return `UBND ${placeName(rest)}`;
  for (let j = last + 1; j < Math.min(end, last + 4); j++) {
    if (isBlank(lines[j])) continue;
    const next = lines[j]!.text.replace(/\t+/g, " ").trim();
    if (PLACE_WORDS.some((w) => foldForMatch(next).startsWith(`${foldForMatch(w)} `))) return `UBND ${placeName(next)}`;
    break;
  }
  return null;
}

/** The lines from `from` (after "KẾ HOẠCH") up to the first "Căn cứ …" / "Thực hiện …" paragraph. */
function readTitle(lines: SourceLine[], from: number): string | null {
  const parts: string[] = [];
  for (let i = from; i < Math.min(lines.length, from + 13); i++) {
    if (isBlank(lines[i])) {
      if (parts.length && isBlank(lines[i + 1])) break;
      continue;
    }
    const text = lines[i]!.text.replace(/\t+/g, " ").trim();
    if (TITLE_STOP.test(foldForMatch(text)) || text.length > 300 || parts.length >= 8) break;
    parts.push(text);
  }
  return parts.length ? parts.join(" ").replace(/\s+/g, " ").trim() : null;
}

/**
 * The issuer named in the preamble: "UBND thị xã Ninh Hòa xây dựng kế hoạch …", "Ủy ban nhân dân
 * thành phố Huế ban hành Kế hoạch …" → "UBND thị xã Ninh Hòa".
 *
 * @example
 * preambleIssuer("…; UBND thị xã Ninh Hòa xây dựng kế hoạch …") // "UBND thị xã Ninh Hòa"
 */
export function preambleIssuer(text: string): string | null {
  // read on the text folded (written with or without diacritics), the name taken as written
  const folded = sameLengthFold(text) ?? text;
  const m = PREAMBLE_ISSUER.exec(folded);
  if (!m) return null;
  const [start, end] = m.indices![1]!;
  const name = folded === text ? m[1]! : text.slice(start, end);
  return `UBND ${name.replace(/^(\p{Lu})/u, (c) => c.toLocaleLowerCase("vi"))}`;
}

const PREAMBLE_ISSUER = /(?:ubnd|uy ban nhan dan)\s+((?:thanh pho|thi xa|thi tran|tinh|huyen|quan|xa|phuong)\s+[\p{L}-]+(?:\s+(?!xay dung|ban hanh)[\p{L}-]+)*?)\s+(?:xay dung|ban hanh)/diu;

/**
 * The level of government of an issuer: "UBND tỉnh …" province, "UBND thành phố Hồ Chí Minh" (a
 * centrally-run city) province, another "thành phố" city, "thị xã / quận / huyện" district,
 * "xã / phường / thị trấn" commune, "Thủ tướng / Chính phủ" national, "Bộ …" ministry; null when
 * it cannot tell.
 *
 * @example
 * levelOfIssuer("UBND thị xã Ninh Hòa", null) // "district"
 * levelOfIssuer("UBND thành phố Huế", "2026-06-06") // "province"
 */
export function levelOfIssuer(issuer: string, issuedOn: string | null): PlanLevel | null {
  const folded = ` ${foldForMatch(issuer)} `;
  if (/ (thu tuong|chinh phu) /.test(folded) && !/ (ubnd|uy ban) /.test(folded)) return "national";
  if (/^ bo /.test(folded)) return "ministry";
  if (/ tinh /.test(folded)) return "province";
  if (/ (thanh pho|tp) /.test(folded)) {
    const central = CENTRAL_CITIES.find((c) => folded.includes(` ${foldForMatch(c.name)} `));
    if (central && (!central.since || !issuedOn || issuedOn >= central.since)) return "province";
    return "city";
  }
  if (/ (thi xa|quan|huyen|tx) /.test(folded)) return "district";
  if (/ (xa|phuong|thi tran) /.test(folded)) return "commune";
  return null;
}
