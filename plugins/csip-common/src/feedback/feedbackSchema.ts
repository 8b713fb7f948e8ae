import { z } from 'zod';
import { actionFieldsSchema } from '../review/reviewSchema';
import { boundedInt, isoDateSchema } from '../validation/bounds';
import { flagRepeats } from '../validation/flagRepeats';
import { safeText } from '../validation/safeText';
import { feedbackBarrierSchema } from './feedbackBarriers';

/**
 * The group that organisations with fewer than
 * {@link FEEDBACK_MIN_GROUP} responses are folded into in a summary; no
 * round may name an organisation so.
 *
 * @public
 */
export const OTHER_ORGANISATIONS = 'other';

/**
 * The smallest group of responses a summary shows anything about, so that
 * no one's answer can be told from the summary.
 *
 * @public
 */
export const FEEDBACK_MIN_GROUP = 3;

/** The longest organisation name (`varchar(100)`). @public */
export const ORGANISATION_MAX_LENGTH = 100;

const organisationSchema = safeText({
  min: 1,
  max: ORGANISATION_MAX_LENGTH,
}).refine(name => name.toLocaleLowerCase('en-US') !== OTHER_ORGANISATIONS, {
  message: `must not be "${OTHER_ORGANISATIONS}" (the summary's name for small groups)`,
});

/**
 * The body of `POST /programmes/:id/feedback-rounds`: what the round is
 * called, the last day it takes answers, and the organisations whose
 * people answer (1–10, each once, compared case-insensitively).
 *
 * @public
 */
export const feedbackRoundCreateSchema = z.object({
  title: safeText({ min: 1, max: 200 }),
  closesOn: isoDateSchema,
  organisations: z
    .array(organisationSchema)
    .min(1, { message: 'must list at least one organisation' })
    .max(10, { message: 'must list at most 10 organisations' })
    .superRefine((names, ctx) => {
      flagRepeats(ctx, names, {
        key: name => name.toLocaleLowerCase('en-US'),
        path: index => [index],
        message: name => `${name} is listed twice`,
      });
    }),
});

/** @public */
export type FeedbackRoundCreate = z.infer<typeof feedbackRoundCreateSchema>;

/** A feedback round as the API returns it. @public */
export const feedbackRoundSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  title: z.string(),
  closesOn: z.string(),
  organisations: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  /** How many people have answered. */
  responses: z.number().int(),
  /** Derived: the closing day has passed; no more answers. */
  closed: z.boolean(),
  /** Whether the caller has answered (never how, nor whether anonymously). */
  answeredByMe: z.boolean(),
});

/** @public */
export type FeedbackRound = z.infer<typeof feedbackRoundSchema>;

/** One barrier rated in a response. @public */
export const barrierRatingSchema = z.object({
  barrier: feedbackBarrierSchema,
  /** 0 not a barrier, 1 minor, 2 significant, 3 severe. */
  severity: boundedInt({ min: 0, max: 3 }),
  comment: safeText({ min: 1, max: 2000 }).optional(),
});

/** @public */
export type BarrierRating = z.infer<typeof barrierRatingSchema>;

/**
 * The body of `POST /feedback-rounds/:id/responses`: the organisation the
 * respondent speaks for (one of the round's), whether to answer
 * anonymously, and a severity for each barrier rated (each at most once).
 *
 * @public
 */
export const feedbackResponseCreateSchema = z.object({
  organisation: safeText({ min: 1, max: ORGANISATION_MAX_LENGTH }),
  anonymous: z.boolean().optional(),
  barriers: z
    .array(barrierRatingSchema)
    .min(1, { message: 'must rate at least one barrier' })
    .max(12)
    .superRefine((ratings, ctx) => {
      flagRepeats(ctx, ratings, {
        key: r => r.barrier,
        path: index => [index, 'barrier'],
        message: r => `${r.barrier} is rated twice`,
      });
    }),
});

/** @public */
export type FeedbackResponseCreate = z.infer<
  typeof feedbackResponseCreateSchema
>;

/**
 * A recorded response as the API answers it: `respondedBy` only when the
 * response is not anonymous.
 *
 * @public
 */
export const feedbackResponseSchema = feedbackResponseCreateSchema.extend({
  roundId: z.string(),
  anonymous: z.boolean(),
  respondedBy: z.string().optional(),
});

/** @public */
export type FeedbackResponse = z.infer<typeof feedbackResponseSchema>;

/** The mean severity of a group's ratings; null when withheld or none. */
const meanSeverity = z.number().nullable();

/** One group of organisations in a summary. @public */
export const feedbackGroupSummarySchema = z.object({
  /** An organisation of the round, or {@link OTHER_ORGANISATIONS}. */
  organisation: z.string(),
  responses: z.number().int(),
  meanSeverity,
});

/** @public */
export type FeedbackGroupSummary = z.infer<typeof feedbackGroupSummarySchema>;

/** The summary of one barrier. @public */
export const barrierSummarySchema = z.object({
  barrier: feedbackBarrierSchema,
  /** How many responses rated it. */
  responses: z.number().int(),
  meanSeverity,
  /** Per group of organisations (small ones folded into "other"). */
  byOrganisation: z.array(feedbackGroupSummarySchema),
  /** The comments on it, unattributed and in alphabetical order. */
  comments: z.array(z.string()),
});

/** @public */
export type BarrierSummary = z.infer<typeof barrierSummarySchema>;

/**
 * The body of `GET /feedback-rounds/:id/summary`. With fewer than
 * {@link FEEDBACK_MIN_GROUP} responses the summary is `withheld`: only the
 * count is given.
 *
 * @public
 */
export const feedbackSummarySchema = z.object({
  roundId: z.string(),
  responses: z.number().int(),
  minimumGroup: z.number().int(),
  withheld: z.boolean(),
  /** Per barrier, in the order of the twelve; empty when withheld. */
  barriers: z.array(barrierSummarySchema),
  /** Per group of organisations: responses and mean severity of all ratings. */
  organisations: z.array(feedbackGroupSummarySchema),
});

/** @public */
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;

/**
 * The body of `POST /feedback-rounds/:id/actions`: a barrier of the round
 * becomes an owned action in the programme's action register.
 *
 * @public
 */
export const feedbackActionCreateSchema = actionFieldsSchema.extend({
  barrier: feedbackBarrierSchema,
});

/** @public */
export type FeedbackActionCreate = z.infer<typeof feedbackActionCreateSchema>;
