import type { Citation } from "../model/plan";
import { DOCUMENT_KINDS } from "../text/document-kinds";
import { foldForMatch } from "../text/fold";

/**
 * A lowercase-dash slug of a text (diacritics folded, đ → d).
 *
 * @example
 * slug("BCĐTW") // "bcdtw"
 */
export function slug(text: string): string {
  return foldForMatch(text).replace(/\s+/g, "-");
}

/** The id prefix of a document kind ("Kế hoạch" → "kh"), from its name or its code's type abbreviation. */
function kindPrefix(kind: string, code: string): string {
  const folded = foldForMatch(kind);
  const byName = DOCUMENT_KINDS.find((k) => foldForMatch(k.name) === folded);
  if (byName) return byName.prefix;
  const byCode = DOCUMENT_KINDS.find((k) => k.name === documentKindOfCode(code));
  return byCode?.prefix ?? (slug(kind) || "doc");
}

/**
 * The document kind a number code names by its type abbreviation, or null.
 *
 * @example
 * documentKindOfCode("06/QĐ-TTg") // "Quyết định"
 * documentKindOfCode("2274/KH-UBND") // "Kế hoạch"
 */
export function documentKindOfCode(code: string): string | null {
  const parts = foldForMatch(code).split(" ");
  return DOCUMENT_KINDS.find((k) => k.codes.some((c) => parts.includes(foldForMatch(c))))?.name ?? null;
}

/**
 * The year of a citation: its date's, else a four-digit year inside its code ("34/2021/QĐ-TTg").
 *
 * @example
 * citationYear({ code: "34/2021/QĐ-TTg", date: null }) // "2021"
 */
export function citationYear(citation: Pick<Citation, "code" | "date">): string | null {
  if (citation.date) return citation.date.slice(0, 4);
  return /(?:^|\/)((?:19|20)\d{2})(?=\/)/.exec(citation.code)?.[1] ?? null;
}

/**
 * The node id of a cited document the corpus does not know (its citation has no `ref`):
 * `<kind prefix>-<number>-<year>`, where the prefix comes from the document kind (`qd` Quyết
 * định, `kh` Kế hoạch, `ct` Chỉ thị, `nd` Nghị định, `tt` Thông tư, `nq` Nghị quyết, `cv` Công văn …,
 * see `DOCUMENT_KINDS`), the number is the code's leading number as written ("06"), and the year
 * is the citation date's year, else a year written inside the code. Without a year the slug of the
 * code's issuing part (after the last "/", without the type abbreviation) stands in for it
 * ("71/NQ-CP" → `nq-71-cp`, "02-KH/BCĐTW" → `kh-02-bcdtw`). {@link lineage} disambiguates
 * ids that two different documents would share by appending the issuer's slug.
 *
 * @example
 * citedDocumentId({ kind: "Kế hoạch", code: "1403/KH-UBND", date: "2022-02-18" })  // "kh-1403-2022"
 * citedDocumentId({ kind: "Nghị định", code: "107/2021/NĐ-CP", date: null })       // "nd-107-2021"
 * citedDocumentId({ kind: "Nghị quyết", code: "71/NQ-CP", date: null })            // "nq-71-cp"
 */
export function citedDocumentId(citation: Pick<Citation, "kind" | "code" | "date">): string {
  const prefix = kindPrefix(citation.kind, citation.code);
  const number = /^\s*(\d+)/.exec(citation.code)?.[1];
  const kindCodes = DOCUMENT_KINDS.find((k) => k.prefix === prefix)?.codes.map((c) => foldForMatch(c)) ?? [];
  const authority = foldForMatch(citation.code.slice(citation.code.lastIndexOf("/") + 1))
    .split(" ")
    .filter((part) => part && !kindCodes.includes(part))
    .join("-");
  const year = citationYear(citation);
  if (!number) return [prefix, slug(citation.code) || "x", year].filter(Boolean).join("-");
  return [prefix, number, year ?? (authority || "x")].join("-");
}
