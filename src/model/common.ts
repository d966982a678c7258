import { z } from "zod";

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD");

/** A list of agency names exactly as the document writes them, one entry per agency. */
export const AgencyListSchema = z.array(z.string().min(1));

/** Fields of a task or service whose reading from the source is uncertain (e.g. damaged OCR). */
export const UncertainFieldSchema = z.enum([
  "text",
  "name",
  "lead",
  "coordinating",
  "deadline",
  "product",
  "serviceLevel",
]);
