import { z } from 'zod';
import { processIdSchema } from '../maturity/maturityModelSchema';
import { entityRefSchema } from '../programme/programmeSchema';
import { boundedInt } from '../validation/bounds';
import { safeText } from '../validation/safeText';

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
      const seen = new Set<string>();
      people.forEach((p, index) => {
        const key = p.userRef.toLocaleLowerCase('en-US');
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            message: `${p.userRef} is listed twice`,
            path: [index, 'userRef'],
          });
        }
        seen.add(key);
      });
    }),
  /** The version read (0 before the first save); 409 when the matrix changed since. */
  version: boundedInt({ min: 0 }),
});

/** @public */
export type SkillsMatrixUpdate = z.infer<typeof skillsMatrixSchema>;

/** @public */
export type SkillsMatrix = {
  people: SkillsMatrixUpdate['people'];
  /** 0 before the first save. */
  version: number;
  updatedBy?: string;
  updatedAt?: string;
};

/** @public */
export const coverageStatusSchema = z.enum(['covered', 'at-risk', 'gap']);

/** @public */
export type CoverageStatus = z.infer<typeof coverageStatusSchema>;

/** @public */
export type ProcessCoverage = {
  process: string;
  status: CoverageStatus;
  /** People proficient or expert in the process. */
  proficient: string[];
};

/** One reason the coach cannot leave yet, and where it is fixed. @public */
export type ReadinessBlocker = {
  code:
    | 'critical-item-not-verified'
    | 'score-below-threshold'
    | 'process-not-covered'
    | 'review-led-by-coach'
    | 'process-not-reviewed'
    | 'no-scope';
  message: string;
  /** Where to fix it: the checklist, the skills matrix, reviews or scope. */
  fix: 'checklist' | 'skills' | 'reviews' | 'scope';
  process?: string;
  itemId?: string;
};

/** @public */
export type ExitReadiness = { ready: boolean; blockers: ReadinessBlocker[] };

/** @public */
export type FadeOut = {
  /** Share (0–1) of the latest reviews per process led by the team or co-led; null without reviews. */
  share: number | null;
  /** Every published review, oldest first, with the share of the last three up to it. */
  trend: Array<{
    date: string;
    process: string;
    ledBy: 'coach' | 'co-led' | 'team';
    share: number;
  }>;
};

/** @public */
export type SummitCamp = 'start' | 'base-camp' | 'camp-2' | 'camp-3' | 'summit';

/** @public */
export type SummitProgress = {
  /** 0–100, or null before there are targets. */
  percent: number | null;
  camp: SummitCamp;
  processes: Array<{ process: string; percent: number }>;
};

/** The body of `GET /programmes/:id/handover`. @public */
export type HandoverView = {
  items: HandoverItem[];
  /** Knowledge-transfer score, 0–100. */
  score: number;
  coverage: ProcessCoverage[];
  fadeOut: FadeOut;
  readiness: ExitReadiness;
  summit: SummitProgress;
  skills: SkillsMatrix;
};
