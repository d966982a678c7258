import { z } from "zod";
import { AgencyListSchema, UncertainFieldSchema } from "./common";
import { DeadlineSchema } from "./deadline";

/**
 * A task reference: the document's own numbering, e.g. `I.1`, `2.13`, `III.4.2`, `49`.
 *
 * @example
 * TaskRefSchema.safeParse("III.4.2").success // true
 * TaskRefSchema.safeParse("III 4").success   // false
 */
export const TaskRefSchema = z.string().regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, "a task ref is dot-separated numbers or roman numerals");

/**
 * One task of a plan. `id` is `<planId>:<ref>`; `text` is the original wording (NFC), without
 * agencies, deadline or product; `lead` and `coordinating` list agencies as written.
 *
 * @example
 * TaskSchema.parse(JSON.parse(text)) // a task read back from JSON, validated
 * TaskSchema.safeParse(getPlan("qd-06-2022").tasks[0]).success // true
 */
export const TaskSchema = z.object({
  /** `<plan id>:<ref>`, unique in the corpus. */
  id: z.string().regex(/^[a-z0-9-]+:[0-9A-Za-z.]+$/, "a task id is <planId>:<ref>"),
  /** The task's number in its plan, as written (`II.4`, `3.1`). */
  ref: TaskRefSchema,
  /** The `ref` of the section it belongs to. */
  section: z.string().min(1),
  /** What the task says, as written (NFC). */
  text: z.string().min(1),
  /** The lead agencies (cơ quan chủ trì), as written. */
  lead: AgencyListSchema,
  /** The coordinating agencies (cơ quan phối hợp), as written. */
  coordinating: AgencyListSchema,
  /** Its deadline (thời gian thực hiện), read by `parseDeadline`. */
  deadline: DeadlineSchema,
  /** The expected product (sản phẩm), when the plan states one, else null. */
  product: z.string().nullable(),
  /** 1-based line in the source text where the task starts, when known. */
  line: z.number().int().positive().nullable(),
  /** The original OCR text, for plans restored from OCR; null otherwise. */
  ocr: z.string().nullable(),
  /** Fields whose reading from the source is uncertain; `notes` explain why. */
  uncertain: z.array(UncertainFieldSchema),
  /** Remarks on the reading: why a field is uncertain, what was compared. */
  notes: z.array(z.string()),
});

/**
 * One task of a plan: id `<planId>:<ref>`, original wording, agencies as written, parsed deadline (see {@link TaskSchema}).
 *
 * @example
 * const task: Task = getPlan("qd-06-2022").tasks.find((t) => t.id === "qd-06-2022:V.11")!;
 * task.lead         // ["Bộ Công an", "Bộ Tư pháp"]
 * task.deadline.end // "2022-03-31" (Tháng 3/2022)
 */
export type Task = z.infer<typeof TaskSchema>;
