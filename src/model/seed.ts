import { z } from "zod";
import { PlanSchema } from "./plan";
import { ServiceSchema } from "./service";
import { TaskSchema } from "./task";

/**
 * A task as stored in a seed file: no id (derived from plan id and ref), deadline as raw text.
 *
 * @example
 * const seed = JSON.parse(readFileSync("seeds/plans/hue-2022.json", "utf8"));
 * SeedTaskSchema.parse(seed.tasks[0]).deadline // "Quý I năm 2022."
 */
export const SeedTaskSchema = TaskSchema.omit({ id: true, deadline: true }).extend({
  /** The deadline as the document writes it, or null when it writes none. */
  deadline: z.string().nullable(),
});

/**
 * A service as stored in a seed file: no id, deadline as raw text.
 *
 * @example
 * const seed = JSON.parse(readFileSync("seeds/plans/hue-2022.json", "utf8"));
 * SeedServiceSchema.array().parse(seed.services).length // 21
 */
export const SeedServiceSchema = ServiceSchema.omit({ id: true, deadline: true }).extend({
  /** The deadline as the document writes it, or null when it writes none. */
  deadline: z.string().nullable(),
});

/**
 * A plan as stored in `seeds/plans/<id>.json`: what the document says, reviewable by a person.
 * Derived fields (task ids, parsed deadlines, agency keys) are computed at load time.
 *
 * @example
 * const seed = SeedPlanSchema.parse(JSON.parse(readFileSync("seeds/plans/hue-2022.json", "utf8")));
 * seed.tasks.length // 52
 */
export const SeedPlanSchema = PlanSchema.omit({ tasks: true, services: true, agencies: true, source: true, warnings: true })
  .extend({
    /** The raw text it was read from (`raw/<id>.txt`) and where in it. */
    source: z.object({
      /** The raw text it was read from, relative to `seeds/` (`raw/hue-2022.txt`). */
      file: z.string(),
      /** Where in that text the data comes from. */
      note: z.string(),
    }),
    /** Its tasks, deadlines as written. */
    tasks: z.array(SeedTaskSchema),
    /** Its essential services, deadlines as written. */
    services: z.array(SeedServiceSchema),
  })
  .strict();

/**
 * A task as a seed file stores it: a {@link Task} without `id` and with its deadline as raw text.
 *
 * @example
 * const task: SeedTask = {
 *   ref: "1.1", section: "1", text: "Kết nối, chia sẻ dữ liệu dân cư với cơ sở dữ liệu hộ tịch điện tử",
 *   lead: ["Công an tỉnh"], coordinating: ["Sở Tư pháp"], deadline: "Tháng 6/2022",
 *   product: null, line: null, ocr: null, uncertain: [], notes: [],
 * };
 */
export type SeedTask = z.infer<typeof SeedTaskSchema>;

/**
 * A service as a seed file stores it: a {@link Service} without `id` and with its deadline as raw text.
 *
 * @example
 * const seed: SeedPlan = SeedPlanSchema.parse(JSON.parse(readFileSync("seeds/plans/hue-2022.json", "utf8")));
 * const services: SeedService[] = seed.services;
 * services[0]?.deadline // "Quý I năm 2022"
 */
export type SeedService = z.infer<typeof SeedServiceSchema>;

/**
 * A plan as stored in `seeds/plans/<id>.json`, before ids, deadlines and agency keys are derived (see {@link SeedPlanSchema}).
 *
 * @example
 * const seed: SeedPlan = SeedPlanSchema.parse(JSON.parse(readFileSync("seeds/plans/hue-2022.json", "utf8")));
 * planFromSeed(seed).tasks[0]?.id // "hue-2022:I.1"
 */
export type SeedPlan = z.infer<typeof SeedPlanSchema>;
