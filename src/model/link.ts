import { z } from "zod";

/**
 * A candidate the linker considered but did not choose (or chose below the best).
 *
 * @example
 * LinkCandidateSchema.parse({ national: "qd-06-2022:V.18", score: 0.71 })
 * LinkCandidateSchema.safeParse({ national: "qd-06-2022:V.18", score: 1.2 }).success // false: scores are in 0..1
 */
export const LinkCandidateSchema = z.object({
  /** The national task's id. */
  national: z.string(),
  /** Its score against the local task (0..1). */
  score: z.number().min(0).max(1),
});

/**
 * Why a link was made, in terms a person can check: the distinctive phrases both tasks share, the
 * components of the score, the runner-up candidates, and a one-line summary.
 *
 * @example
 * const v11 = link("hue-2022").links.find((l) => l.national === "qd-06-2022:V.11")!;
 * LinkEvidenceSchema.parse(v11.evidence).sharedTerms
 * // ["chia sẻ dữ liệu giữa cơ sở dữ liệu quốc gia về dân cư với cơ sở dữ liệu hộ tịch điện tử toàn quốc"]
 */
export const LinkEvidenceSchema = z.object({
  /**
   * The distinctive phrases both tasks write (runs of whole words, programme concepts and
   * abbreviations read as what they stand for), most telling first, spelled as the target task
   * writes them (else as the local task does, else with the concept named).
   */
  sharedTerms: z.array(z.string()),
  /** The score's components, each in 0..1, by name (`wording`, `objects`, `system`, `agencies` …: see `ScoreComponents`). */
  components: z.record(z.string(), z.number()),
  /** Other national tasks the local task resembles and could implement (doing compatible work), best first. */
  runnersUp: z.array(LinkCandidateSchema),
  /** `matched` by the linker, `pinned` by an override. */
  origin: z.enum(["matched", "pinned"]),
  /** The evidence in one sentence, as the reports print it. */
  summary: z.string(),
});

/**
 * A link from a local task to a national (or other target plan's) task it implements, with a
 * score in 0..1 and its evidence.
 *
 * @example
 * LinkSchema.array().safeParse(link("hue-2022").links).success // true
 * LinkSchema.parse(JSON.parse(text)) // a link read back from JSON, validated
 */
export const LinkSchema = z.object({
  /** The local task's id. */
  local: z.string(),
  /** The national (target) task's id. */
  national: z.string(),
  /** How sure the link is (0..1): the weighted components of `evidence`. */
  score: z.number().min(0).max(1),
  /** `strong` when the score clears the confident threshold, else `weak` (coverage reads it as partial). */
  strength: z.enum(["strong", "weak"]),
  /** Why the linker made the link. */
  evidence: LinkEvidenceSchema,
});

/**
 * The links from one plan's tasks to a target plan's tasks.
 *
 * @example
 * LinkResultSchema.safeParse(link("hue-2022")).success // true
 * LinkResultSchema.parse(JSON.parse(text)).unlinked    // local additions of a saved result
 */
export const LinkResultSchema = z.object({
  /** The linked plan's id. */
  plan: z.string(),
  /** The target plan id (the national root unless `options.to` says otherwise). */
  to: z.string(),
  /** The links, in local task order, best first for each task. */
  links: z.array(LinkSchema),
  /** Local task ids with no link: local additions. */
  unlinked: z.array(z.string()),
});

/**
 * A (local task, target task) pair, by task id, that an analyst pins or forbids.
 *
 * @example
 * const wrong: LinkPair = LinkPairSchema.parse({ local: "hue-2022:VI.12", national: "qd-06-2022:V.11" });
 */
export const LinkPairSchema = z.strictObject({
  /** The local task's id. */
  local: z.string().min(1),
  /** The national task's id. */
  national: z.string().min(1),
  /** Why (a pinned link's evidence summary quotes it). */
  note: z.string().optional(),
});

/**
 * Analysts' corrections to the linker: `pin` forces links (score 1, origin "pinned"), `forbid`
 * removes them. Pairs whose local task belongs to another plan are ignored, so one set of
 * overrides can serve a whole corpus.
 *
 * @example
 * const overrides: LinkOverrides = LinkOverridesSchema.parse(JSON.parse(readFileSync("overrides.json", "utf8")));
 * link("hue-2026", { overrides });
 */
export const LinkOverridesSchema = z.strictObject({
  /** Links to make whatever the score (reviewed as right). */
  pin: z.array(LinkPairSchema).optional(),
  /** Links never to make (reviewed as wrong). */
  forbid: z.array(LinkPairSchema).optional(),
});

/**
 * A national task the linker considered for a local task, with its score (see {@link LinkCandidateSchema}).
 *
 * @example
 * const v11 = link("hue-2022").links.find((l) => l.national === "qd-06-2022:V.11")!;
 * const runnersUp: LinkCandidate[] = v11.evidence.runnersUp;
 * runnersUp[0]?.national // "qd-06-2022:V.18"
 */
export type LinkCandidate = z.infer<typeof LinkCandidateSchema>;

/**
 * Why a link was made: shared terms, score components, runners-up, origin and summary (see {@link LinkEvidenceSchema}).
 *
 * @example
 * const v11 = link("hue-2022").links.find((l) => l.national === "qd-06-2022:V.11")!;
 * const evidence: LinkEvidence = v11.evidence;
 * evidence.origin  // "matched"
 * evidence.summary // 'score 0.991: shares "chia sẻ dữ liệu giữa cơ sở dữ …"; covers 100% of …'
 */
export type LinkEvidence = z.infer<typeof LinkEvidenceSchema>;

/**
 * A link from a local task to the national task it implements, with its score, strength and evidence (see {@link LinkSchema}).
 *
 * @example
 * const v11: Link = link("hue-2022").links.find((l) => l.national === "qd-06-2022:V.11")!;
 * v11.local    // "hue-2022:VI.12"
 * v11.strength // "strong"
 */
export type Link = z.infer<typeof LinkSchema>;

/**
 * The links from one plan's tasks to a target plan's tasks, and the local tasks left unlinked (see {@link LinkResultSchema}).
 *
 * @example
 * const result: LinkResult = link("hue-2022");
 * result.to              // "qd-06-2022"
 * result.unlinked.length // 12: local additions
 */
export type LinkResult = z.infer<typeof LinkResultSchema>;

/**
 * A pinned or forbidden pair of task ids (see {@link LinkPairSchema}).
 *
 * @example
 * const wrong: LinkPair = { local: "hue-2022:VI.12", national: "qd-06-2022:V.11" };
 * link("hue-2022", { overrides: { forbid: [wrong] } });
 */
export type LinkPair = z.infer<typeof LinkPairSchema>;

/**
 * Analysts' corrections: pairs to pin and to forbid (see {@link LinkOverridesSchema}).
 *
 * @example
 * const overrides: LinkOverrides = { pin: [{ local: "hue-2026:19", national: "qd-06-2022:II.4" }] };
 * coverage("hue-2026", { overrides });
 */
export type LinkOverrides = z.infer<typeof LinkOverridesSchema>;
