import { z } from "zod";
import { IsoDateSchema } from "../model/common";
import { ImportError } from "../model/errors";
import { PlanIdSchema, PlanLevelSchema } from "../model/plan";

/**
 * What the caller knows about an imported plan. `id` is required; every other field, when given,
 * overrides what the importer reads from the text (`parents` replaces the parents derived from the
 * documents the text says it implements). `file` is recorded as `source.file`.
 *
 * @example
 * ImportMetaSchema.parse({ id: "ninh-hoa-2022", level: "district", parents: ["khanh-hoa-1403-2022"] })
 * ImportMetaSchema.safeParse({ id: "Ninh Hòa 2022" }).success // false: not a plan id
 */
export const ImportMetaSchema = z.object({
  /** The new plan's id (required). */
  id: PlanIdSchema,
  /** Its title (else read from the text). */
  title: z.string().min(1).optional(),
  /** Its level of government (else inferred from the issuer). */
  level: PlanLevelSchema.optional(),
  /** Ids of the plans it derives from (else those of the documents the text says it implements). */
  parents: z.array(PlanIdSchema).optional(),
  /** Who issued it (else read from the text). */
  issuer: z.string().min(1).optional(),
  /** Its date of issue (ISO), or null (else read from the text). */
  issuedOn: IsoDateSchema.nullable().optional(),
  /** Its number and type code (else read from the text). */
  code: z.string().min(1).optional(),
  /** The place it governs, or null (else read from the text). */
  place: z.string().min(1).nullable().optional(),
  /** The file it was read from, recorded as `source.file`. */
  file: z.string().min(1).nullable().optional(),
});

/**
 * What the caller knows about an imported plan; see {@link ImportMetaSchema}.
 *
 * @example
 * const meta: ImportMeta = { id: "vi-du-2024", level: "district", issuedOn: "2024-03-15", parents: ["khanh-hoa-1403-2022"] };
 * const plan = parsePlan(readFileSync("ke-hoach-45.txt", "utf8"), meta);
 */
export type ImportMeta = z.infer<typeof ImportMetaSchema>;

/**
 * Validates the importer's `meta`; throws {@link ImportError} naming the bad field.
 *
 * @example
 * readImportMeta({ id: "ninh-hoa-2022" }).id // "ninh-hoa-2022"
 */
export function readImportMeta(meta: unknown): ImportMeta {
  const parsed = ImportMetaSchema.safeParse(meta);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map(String).join(".") || "meta";
  throw new ImportError(`invalid meta.${path === "meta" ? "" : path}: ${issue.message}`.replace("meta.:", "meta:"));
}
