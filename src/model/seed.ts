import { z } from "zod";
import { PlanSchema } from "./plan";
import { ServiceSchema } from "./service";
import { TaskSchema } from "./task";

/** A task as stored in a seed file: no id (derived from plan id and ref), deadline as raw text. */
export const SeedTaskSchema = TaskSchema.omit({ id: true, deadline: true }).extend({
  deadline: z.string().nullable(),
});

/** A service as stored in a seed file: no id, deadline as raw text. */
export const SeedServiceSchema = ServiceSchema.omit({ id: true, deadline: true }).extend({
  deadline: z.string().nullable(),
});

/**
 * A plan as stored in `seeds/plans/<id>.json`: what the document says, reviewable by a person.
 * Derived fields (task ids, parsed deadlines, agency keys) are computed at load time.
 */
export const SeedPlanSchema = PlanSchema.omit({ tasks: true, services: true, agencies: true, source: true, warnings: true })
  .extend({
    source: z.object({ file: z.string(), note: z.string() }),
    tasks: z.array(SeedTaskSchema),
    services: z.array(SeedServiceSchema),
  })
  .strict();

export type SeedTask = z.infer<typeof SeedTaskSchema>;
export type SeedService = z.infer<typeof SeedServiceSchema>;
export type SeedPlan = z.infer<typeof SeedPlanSchema>;
