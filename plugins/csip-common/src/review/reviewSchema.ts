import { z } from 'zod';
import { processIdSchema } from '../maturity/maturityModelSchema';
import { entityRefSchema } from '../programme/programmeSchema';
import { toneFindingSchema } from '../tone/toneSchema';
import { boundedInt, isoDateSchema } from '../validation/bounds';
import { safeText } from '../validation/safeText';
import { flagRepeats } from '../validation/flagRepeats';
import { evidenceSourceSchema, reviewRatingSchema } from './reviewRatingSchema';
import { suggestionSchema } from './suggestionSchema';

/** Who led a review: the coach, coach and team together, or the team alone. @public */
export const ledBySchema = z.enum(['coach', 'co-led', 'team']);

/** @public */
export type LedBy = z.infer<typeof ledBySchema>;

/** @public */
export const reviewStateSchema = z.enum(['draft', 'published']);

/** @public */
export type ReviewState = z.infer<typeof reviewStateSchema>;

const text = safeText({ min: 1, max: 4000 });
const isoDate = isoDateSchema;

/** A SMART action: what, who, how we know it is done, by when. @public */
export const actionFieldsSchema = z.object({
  description: text,
  owner: entityRefSchema(['user']),
  measure: text,
  dueDate: isoDate,
});

/** @public */
export type ActionFields = z.infer<typeof actionFieldsSchema>;

const lists = {
  participants: z.array(safeText({ min: 1, max: 200 })).max(50),
  evidence: z
    .array(evidenceSourceSchema)
    .max(5)
    .refine(e => new Set(e).size === e.length, {
      message: 'lists a source twice',
    }),
  ratings: z
    .array(reviewRatingSchema)
    .max(200)
    .superRefine((ratings, ctx) => {
      flagRepeats(ctx, ratings, {
        key: r => r.criterionId,
        path: index => [index, 'criterionId'],
        message: r => `${r.criterionId} is rated twice`,
      });
    }),
  strengths: z.array(text).max(50),
  observations: z.array(text).max(50),
  suggestions: z.array(suggestionSchema).max(50),
  actions: z.array(actionFieldsSchema).max(50),
};

/**
 * The body of `POST /programmes/:id/reviews`: a new draft review of one
 * process. Lists may start empty and grow while the draft is edited.
 *
 * @public
 */
export const reviewCreateSchema = z.object({
  process: processIdSchema,
  date: isoDate,
  ledBy: ledBySchema.default('coach'),
  participants: lists.participants.default([]),
  evidence: lists.evidence.default([]),
  ratings: lists.ratings.default([]),
  strengths: lists.strengths.default([]),
  observations: lists.observations.default([]),
  suggestions: lists.suggestions.default([]),
  actions: lists.actions.default([]),
});

/** @public */
export type ReviewCreate = z.infer<typeof reviewCreateSchema>;

/** What a client sends to start a review: only `process` and `date` are required. @public */
export type ReviewCreateRequest = z.input<typeof reviewCreateSchema>;

/** The content of a review, which drafts edit and amendments replace. @public */
export type ReviewContent = Omit<ReviewCreate, 'process'>;

/**
 * The body of `PATCH /reviews/:id`: the fields to change in a draft and the
 * `version` it was read at (409 when stale). The process cannot change.
 *
 * @public
 */
export const reviewUpdateSchema = z.object({
  version: boundedInt({ min: 1 }),
  date: isoDate.optional(),
  ledBy: ledBySchema.optional(),
  participants: lists.participants.optional(),
  evidence: lists.evidence.optional(),
  ratings: lists.ratings.optional(),
  strengths: lists.strengths.optional(),
  observations: lists.observations.optional(),
  suggestions: lists.suggestions.optional(),
  actions: lists.actions.optional(),
});

/** @public */
export type ReviewUpdate = z.infer<typeof reviewUpdateSchema>;

/** The body of `POST /reviews/:id/publish`. @public */
export const reviewPublishSchema = z.object({
  /** Publish even though the tone checker has open findings; stored with the review. */
  acknowledgeTone: z.boolean().default(false),
  /** The version the publisher read; 409 when the draft changed since. */
  version: boundedInt({ min: 1 }),
});

/** @public */
export type ReviewPublish = z.infer<typeof reviewPublishSchema>;

/**
 * The body of `POST /reviews/:id/amendments`: the corrected review (same
 * process) and why it was corrected. An amendment is published at once.
 *
 * @public
 */
export const reviewAmendmentSchema = reviewCreateSchema.extend({
  reason: text,
  acknowledgeTone: z.boolean().default(false),
});

/** @public */
export type ReviewAmendment = z.infer<typeof reviewAmendmentSchema>;

/** A tone finding in one field of a review, such as `strengths.0`. @public */
export const fieldToneFindingSchema = toneFindingSchema.extend({
  field: z.string(),
});

/** @public */
export type FieldToneFinding = z.infer<typeof fieldToneFindingSchema>;

/** A review as the API returns it. @public */
export const reviewSchema = reviewCreateSchema.extend({
  id: z.string(),
  programmeId: z.string(),
  state: reviewStateSchema,
  version: z.number().int(),
  author: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().optional(),
  /** Computed by the level rule when published. */
  level: z.number().int().min(0).max(5).optional(),
  /** The tone findings open when it was published. */
  toneFindings: z.array(fieldToneFindingSchema).optional(),
  /** The publisher acknowledged open tone findings. */
  toneAcknowledged: z.boolean().optional(),
  /** The review this one corrects. */
  amends: z.string().optional(),
  amendmentReason: z.string().optional(),
  /** The amendment that corrects this review, if any. */
  amendedBy: z.string().optional(),
});

/** @public */
export type Review = z.infer<typeof reviewSchema>;
