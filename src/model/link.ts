import { z } from "zod";

/** A candidate the linker considered but did not choose (or chose below the best). */
export const LinkCandidateSchema = z.object({
  national: z.string(),
  score: z.number().min(0).max(1),
});

/**
 * Why a link was made, in terms a person can check: the distinctive terms both tasks share, the
 * components of the score, the runner-up candidates, and a one-line summary.
 */
export const LinkEvidenceSchema = z.object({
  /** Distinctive shared terms (words, phrases and programme concepts), most telling first. */
  sharedTerms: z.array(z.string()),
  /** The score's components, each in 0..1, by name (e.g. `wording`, `concepts`, `agencies`). */
  components: z.record(z.string(), z.number()),
  /** Other national tasks the local task resembles, best first. */
  runnersUp: z.array(LinkCandidateSchema),
  /** `matched` by the linker, `pinned` by an override. */
  origin: z.enum(["matched", "pinned"]),
  summary: z.string(),
});

/**
 * A link from a local task to a national (or other target plan's) task it implements, with a
 * score in 0..1 and its evidence.
 */
export const LinkSchema = z.object({
  local: z.string(),
  national: z.string(),
  score: z.number().min(0).max(1),
  /** `strong` when the score clears the confident threshold, else `weak` (coverage reads it as partial). */
  strength: z.enum(["strong", "weak"]),
  evidence: LinkEvidenceSchema,
});

/** The links from one plan's tasks to a target plan's tasks. */
export const LinkResultSchema = z.object({
  plan: z.string(),
  /** The target plan id (the national root unless `options.to` says otherwise). */
  to: z.string(),
  links: z.array(LinkSchema),
  /** Local task ids with no link: local additions. */
  unlinked: z.array(z.string()),
});

export type LinkCandidate = z.infer<typeof LinkCandidateSchema>;
export type LinkEvidence = z.infer<typeof LinkEvidenceSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type LinkResult = z.infer<typeof LinkResultSchema>;
