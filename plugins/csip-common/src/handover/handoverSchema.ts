import { z } from 'zod';
import { processIdSchema } from '../maturity/maturityModelSchema';
import { entityRefSchema } from '../programme/programmeSchema';
import { ledBySchema } from '../review/reviewSchema';
import { boundedInt } from '../validation/bounds';
import { safeText } from '../validation/safeText';
import { flagRepeats } from '../validation/flagRepeats';

/** What a handover item is about. @public */
export const handoverCategorySchema = z.enum([
  'ownership',
  'documentation',
  'skills',
  'measurement',
  'governance',
  'continuity',
]);

/** @public */
export type HandoverCategory = z.infer<typeof handoverCategorySchema>;

/**
 * Where an item stands: the team `demonstrated` it, the coach `verified` it.
 *
 * @public
 */
export const handoverStatusSchema = z.enum([
  'not-started',
  'in-progress',
  'demonstrated',
  'verified',
]);

/** @public */
export type HandoverStatus = z.infer<typeof handoverStatusSchema>;

/** A checklist item as the API returns it. @public */
export const handoverItemSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  /** Stable key of the template item it came from; absent for custom items. */
  templateKey: z.string().optional(),
  title: z.string(),
  description: z.string(),
  category: handoverCategorySchema,
  process: z.string().optional(),
  weight: z.number().int(),
  critical: z.boolean(),
  owner: z.string().optional(),
  status: handoverStatusSchema,
  /** The team's evidence; read-only once the item is verified. */
  evidence: z.string().optional(),
  /** Who on the team marked it demonstrated, and when (kept after verification). */
  demonstratedBy: z.string().optional(),
  demonstratedAt: z.string().optional(),
  /** The coach who verified it, and when. */
  verifiedBy: z.string().optional(),
  verifiedAt: z.string().optional(),
  /**
   * Set when the item's process left the scope: kept in the history, not
   * counted in the score, coverage or readiness; cleared if it returns.
   */
  retiredAt: z.string().optional(),
  updatedBy: z.string().optional(),
  updatedAt: z.string(),
  version: z.number().int(),
});

/** @public */
export type HandoverItem = z.infer<typeof handoverItemSchema>;

/**
 * The body of `PATCH /handover/items/:id`. Evidence is required for
 * `demonstrated` and `verified`; only a coach may set `verified`.
 *
 * @public
 */
export const handoverItemUpdateSchema = z
  .object({
    status: handoverStatusSchema.optional(),
    evidence: safeText({ max: 4000 }).optional(),
    owner: entityRefSchema(['user']).nullable().optional(),
    /** The version read; 409 when the item changed since. */
    version: boundedInt({ min: 1 }),
  })
  .refine(
    u =>
      u.status !== undefined ||
      u.evidence !== undefined ||
      u.owner !== undefined,
    { message: 'send status, evidence or owner', path: ['status'] },
  );

/** @public */
export type HandoverItemUpdate = z.infer<typeof handoverItemUpdateSchema>;

/** The body of `POST /programmes/:id/handover/items`: a custom item. @public */
export const handoverItemCreateSchema = z.object({
  /** `csip_handover_items.title` is `varchar(300)`. */
  title: safeText({ min: 1, max: 300 }),
  description: safeText({ max: 2000 }).default(''),
  category: handoverCategorySchema,
  process: processIdSchema.optional(),
  weight: boundedInt({ min: 1, max: 10 }).default(1),
  critical: z.boolean().default(false),
  owner: entityRefSchema(['user']).optional(),
});

/** @public */
export type HandoverItemCreate = z.infer<typeof handoverItemCreateSchema>;

/** How well one person knows one process. @public */
export const proficiencySchema = z.enum([
  'novice',
  'developing',
  'proficient',
  'expert',
]);

/** @public */
export type Proficiency = z.infer<typeof proficiencySchema>;

/** The body of `PUT /programmes/:id/skills`: the whole skills matrix. @public */
export const skillsMatrixSchema = z.object({
  people: z
    .array(
      z.object({
        userRef: entityRefSchema(['user']),
        skills: z
          .record(processIdSchema, proficiencySchema)
          .refine(skills => Object.keys(skills).length <= 100, {
            message: 'lists at most 100 processes',
          }),
      }),
    )
    .max(200)
    .superRefine((people, ctx) => {
      flagRepeats(ctx, people, {
        key: p => p.userRef.toLocaleLowerCase('en-US'),
        path: index => [index, 'userRef'],
        message: p => `${p.userRef} is listed twice`,
      });
    }),
  /** The version read (0 before the first save); 409 when the matrix changed since. */
  version: boundedInt({ min: 0 }),
});

/** @public */
export type SkillsMatrixUpdate = z.infer<typeof skillsMatrixSchema>;

/**
 * The skills matrix as the API returns it.
 *
 * @public
 */
export const skillsMatrixViewSchema = z.object({
  people: skillsMatrixSchema.shape.people,
  /** 0 before the first save. */
  version: z.number(),
  updatedBy: z.string().optional(),
  updatedAt: z.string().optional(),
});

/** @public */
export type SkillsMatrix = z.infer<typeof skillsMatrixViewSchema>;

/** @public */
export const coverageStatusSchema = z.enum(['covered', 'at-risk', 'gap']);

/** @public */
export type CoverageStatus = z.infer<typeof coverageStatusSchema>;

/** How well the team covers one process. @public */
export const processCoverageSchema = z.object({
  process: z.string(),
  status: coverageStatusSchema,
  /** People proficient or expert in the process. */
  proficient: z.array(z.string()),
});

/** @public */
export type ProcessCoverage = z.infer<typeof processCoverageSchema>;

/** One reason the coach cannot leave yet, and where it is fixed. @public */
export const readinessBlockerSchema = z.object({
  code: z.enum([
    'critical-item-not-verified',
    'score-below-threshold',
    'process-not-covered',
    'review-led-by-coach',
    'process-not-reviewed',
    'no-scope',
  ]),
  message: z.string(),
  /** Where to fix it: the checklist, the skills matrix, reviews or scope. */
  fix: z.enum(['checklist', 'skills', 'reviews', 'scope']),
  process: z.string().optional(),
  itemId: z.string().optional(),
});

/** @public */
export type ReadinessBlocker = z.infer<typeof readinessBlockerSchema>;

/** Whether the coach can leave, and what stops them. @public */
export const exitReadinessSchema = z.object({
  ready: z.boolean(),
  blockers: z.array(readinessBlockerSchema),
});

/** @public */
export type ExitReadiness = z.infer<typeof exitReadinessSchema>;

/** How far the coach has faded out of leading reviews. @public */
export const fadeOutSchema = z.object({
  /** Share (0–1) of the latest reviews per process led by the team or co-led; null without reviews. */
  share: z.number().nullable(),
  /**
   * The latest published reviews (at most the last 12), oldest first, each
   * with the share of the last three reviews up to it.
   */
  trend: z.array(
    z.object({
      date: z.string(),
      process: z.string(),
      ledBy: ledBySchema,
      share: z.number(),
    }),
  ),
  /** How many published reviews count in all (at least `trend.length`). */
  trendTotal: z.number().int(),
  /**
   * Who actually ran the published reviews that count: `team` counts the
   * team-led reviews a non-coach recorded (the team ran it without the
   * coach), `coach` every review a coach recorded.
   */
  ranBy: z.object({ coach: z.number().int(), team: z.number().int() }),
});

/** @public */
export type FadeOut = z.infer<typeof fadeOutSchema>;

/** @public */
export const summitCampSchema = z.enum([
  'start',
  'base-camp',
  'camp-2',
  'camp-3',
  'summit',
]);

/** @public */
export type SummitCamp = z.infer<typeof summitCampSchema>;

/** Progress towards the agreed target levels. @public */
export const summitProgressSchema = z.object({
  /** 0–100, or null before there are targets. */
  percent: z.number().nullable(),
  camp: summitCampSchema,
  processes: z.array(z.object({ process: z.string(), percent: z.number() })),
});

/** @public */
export type SummitProgress = z.infer<typeof summitProgressSchema>;

/** The body of `GET /programmes/:id/handover`. @public */
export const handoverViewSchema = z.object({
  items: z.array(handoverItemSchema),
  /** Knowledge-transfer score, 0–100. */
  score: z.number(),
  coverage: z.array(processCoverageSchema),
  fadeOut: fadeOutSchema,
  readiness: exitReadinessSchema,
  summit: summitProgressSchema,
  skills: skillsMatrixViewSchema,
});

/** @public */
export type HandoverView = z.infer<typeof handoverViewSchema>;
