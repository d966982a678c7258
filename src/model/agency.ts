import { z } from "zod";

/**
 * An agency named by a plan: `name` as the document writes it, `key` a normalised form for
 * grouping ("Công an TP" and "Công an thành phố" share a key), `label` a readable canonical name.
 */
export const AgencySchema = z.object({
  name: z.string().min(1),
  key: z.string().min(1),
  label: z.string().min(1),
});

export type Agency = z.infer<typeof AgencySchema>;
