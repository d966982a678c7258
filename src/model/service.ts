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
  id: z.string().regex(/^[a-z0-9-]+:service:[0-9A-Za-z.]+$/, "a service id is <planId>:service:<ref>"),
  ref: z.string().min(1),
  name: z.string().min(1),
  /** Online service level (mức độ 3 or 4), null when not given. */
  serviceLevel: z.number().int().min(1).max(4).nullable(),
  lead: AgencyListSchema,
  coordinating: AgencyListSchema,
  deadline: DeadlineSchema,
  national: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  ocr: z.string().nullable(),
  uncertain: z.array(UncertainFieldSchema),
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
