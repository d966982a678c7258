import { z } from "zod";
import { AgencyListSchema, UncertainFieldSchema } from "./common";
import { DeadlineSchema } from "./deadline";

/**
 * An essential public service (thủ tục hành chính / dịch vụ công thiết yếu, Phụ lục I).
 * `national` is the number ("1" … "25") of the matching service of 06/QĐ-TTg, or null for the
 * national list itself and for services with no national counterpart.
 *
 * @example
 * ServiceSchema.array().safeParse(getPlan("hue-2022").services).success // true
 * ServiceSchema.parse(JSON.parse(text)) // a service read back from JSON, validated
 */
export const ServiceSchema = z.object({
  /** `<plan id>:service:<ref>`, unique in the corpus. */
  id: z.string().regex(/^[a-z0-9-]+:service:[0-9A-Za-z.]+$/, "a service id is <planId>:service:<ref>"),
  /** The service's number in its plan's list. */
  ref: z.string().min(1),
  /** The service (thủ tục hành chính / dịch vụ công) as written. */
  name: z.string().min(1),
  /** Online service level (mức độ 3 or 4), null when not given. */
  serviceLevel: z.number().int().min(1).max(4).nullable(),
  /** The lead agencies, as written. */
  lead: AgencyListSchema,
  /** The coordinating agencies, as written. */
  coordinating: AgencyListSchema,
  /** Its deadline, read by `parseDeadline`. */
  deadline: DeadlineSchema,
  /** The number of the national essential service (1–25) it is, when known, else null. */
  national: z.string().nullable(),
  /** 1-based line in the source text where it starts, when known. */
  line: z.number().int().positive().nullable(),
  /** The original OCR text, for plans restored from OCR; null otherwise. */
  ocr: z.string().nullable(),
  /** Fields whose reading from the source is uncertain; `notes` explain why. */
  uncertain: z.array(UncertainFieldSchema),
  /** Remarks on the reading. */
  notes: z.array(z.string()),
});

/**
 * An essential public service a plan lists, with its online level and the national service it matches (see {@link ServiceSchema}).
 *
 * @example
 * const service: Service = getPlan("hue-2022").services[0]!;
 * service.id       // "hue-2022:service:1"
 * service.name     // "Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân"
 * service.national // "1"
 */
export type Service = z.infer<typeof ServiceSchema>;
