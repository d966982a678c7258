import { z } from "zod";

/**
 * An agency named by a plan: `name` as the document writes it, `key` a normalised form for
 * grouping ("Công an TP" and "Công an thành phố" share a key), `label` a readable canonical name.
 *
 * @example
 * AgencySchema.parse(normalizeAgency("Công an thành phố"))
 * // { name: "Công an thành phố", key: "cong-an-thanh-pho", label: "Công an thành phố" }
 */
export const AgencySchema = z.object({
  /** The agency as written. */
  name: z.string().min(1),
  /** Its grouping key: abbreviations expanded, diacritics, case and spelling variants folded (`cong-an-thanh-pho`). */
  key: z.string().min(1),
  /** A readable name: abbreviations expanded, first letter capitalised. */
  label: z.string().min(1),
});

/**
 * An agency named by a plan, as written, with its grouping key and readable label (see {@link AgencySchema}).
 *
 * @example
 * const agencies: Agency[] = getPlan("hue-2022").agencies;
 * agencies[0] // { name: "Công an thành phố", key: "cong-an-thanh-pho", label: "Công an thành phố" }
 */
export type Agency = z.infer<typeof AgencySchema>;
