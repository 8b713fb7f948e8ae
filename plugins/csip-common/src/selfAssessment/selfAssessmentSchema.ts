import { z } from 'zod';
import {
  criterionIdSchema,
  processIdSchema,
  ratingSchema,
} from '../maturity/maturityModelSchema';
import { COACH_RATING_LABELS } from '../review/reviewLabels';
import { coachRatingSchema } from '../review/reviewRatingSchema';
import { flagRepeats } from '../validation/flagRepeats';

/**
 * How many people must have answered a process in a round before anonymous
 * answers are counted: fewer, and they are withheld (only how many is said).
 *
 * @public
 */
export const SELF_ASSESSMENT_GROUP_MIN = 3;

/**
 * A team member's own rating of one criterion: N, P, L or F as in ISO/IEC
 * 33020, or `NA` when the criterion does not apply — the values a coach
 * rates with.
 *
 * @public
 */
export const selfRatingSchema = coachRatingSchema;

/** @public */
export type SelfRating = z.infer<typeof selfRatingSchema>;

/** The words people see for each self-rating, as for the coach's. @public */
export const SELF_RATING_LABELS: Record<SelfRating, string> =
  COACH_RATING_LABELS;

/**
 * The ratings of one answer: 1 to 100 criteria, none twice. Whether they are
 * the process's criteria is for the backend to say (400 naming the field).
 *
 * @public
 */
export const selfAssessmentRatingsSchema = z
  .array(
    z.object({
      criterionId: criterionIdSchema,
      rating: selfRatingSchema,
    }),
  )
  .min(1, { message: 'must rate at least one criterion' })
  .max(100, { message: 'must rate at most 100 criteria' })
  .superRefine((ratings, ctx) => {
    flagRepeats(ctx, ratings, {
      key: r => r.criterionId,
      path: index => [index, 'criterionId'],
      message: r => `${r.criterionId} is rated twice`,
    });
  });

/**
 * The body of `POST /programmes/:id/self-assessments`: a member's own
 * ratings of a process's criteria before a review, optionally anonymous.
 * The respondent is the signed-in user, never the body.
 *
 * @public
 */
export const selfAssessmentCreateSchema = z.object({
  process: processIdSchema,
  ratings: selfAssessmentRatingsSchema,
  anonymous: z.boolean().default(false),
});

/** @public */
export type SelfAssessmentCreate = z.infer<typeof selfAssessmentCreateSchema>;

/** What a client sends: `anonymous` may be left out (not anonymous). @public */
export type SelfAssessmentCreateRequest = z.input<
  typeof selfAssessmentCreateSchema
>;

/**
 * One person's answer as they see it themselves: what they rated, whether
 * anonymously and when. Never carries who answered.
 *
 * @public
 */
export const selfAssessmentAnswerSchema = z.object({
  process: z.string(),
  ratings: z.array(
    z.object({ criterionId: z.string(), rating: selfRatingSchema }),
  ),
  anonymous: z.boolean(),
  answeredAt: z.string(),
});

/** @public */
export type SelfAssessmentAnswer = z.infer<typeof selfAssessmentAnswerSchema>;

/**
 * The answer of `POST /programmes/:id/self-assessments`: the recorded
 * answer and whether it replaced the caller's earlier answer of the round.
 *
 * @public
 */
export const selfAssessmentRecordedSchema = selfAssessmentAnswerSchema.extend({
  replaced: z.boolean(),
});

/** @public */
export type SelfAssessmentRecorded = z.infer<
  typeof selfAssessmentRecordedSchema
>;

/** The query of `GET /programmes/:id/self-assessments`. @public */
export const selfAssessmentQuerySchema = z.object({ process: processIdSchema });

/** @public */
export type SelfAssessmentQuery = z.infer<typeof selfAssessmentQuerySchema>;

/** How many answers gave each rating. @public */
export const selfRatingCountsSchema = z.object({
  N: z.number().int(),
  P: z.number().int(),
  L: z.number().int(),
  F: z.number().int(),
  NA: z.number().int(),
});

/** @public */
export type SelfRatingCounts = z.infer<typeof selfRatingCountsSchema>;

/**
 * One criterion of the summary: the spread of the counted answers, their
 * median (`N < P < L < F`, NA left out, the lower middle of an even count;
 * `null` when nobody rated it N to F) and how many steps lie between the
 * lowest and the highest rating.
 *
 * @public
 */
export const selfAssessmentCriterionSchema = z.object({
  criterionId: z.string(),
  counts: selfRatingCountsSchema,
  median: ratingSchema.nullable(),
  spread: z.number().int(),
});

/** @public */
export type SelfAssessmentCriterion = z.infer<
  typeof selfAssessmentCriterionSchema
>;

/** A criterion the team disagrees on: from its lowest to its highest rating. @public */
export const selfAssessmentDisagreementSchema = z.object({
  criterionId: z.string(),
  spread: z.number().int(),
  lowest: ratingSchema,
  highest: ratingSchema,
});

/** @public */
export type SelfAssessmentDisagreement = z.infer<
  typeof selfAssessmentDisagreementSchema
>;

/**
 * The body of `GET /programmes/:id/self-assessments?process=`: the team's
 * self-assessment of one process in the current round (since the process's
 * last published review), per criterion. Names nobody: anonymous answers
 * are counted only when at least {@link SELF_ASSESSMENT_GROUP_MIN} people
 * answered, otherwise withheld (`anonymousWithheld` says how many).
 *
 * @public
 */
export const selfAssessmentSummarySchema = z.object({
  process: z.string(),
  /** When the round began: the publication of the last review of the process. */
  since: z.string().optional(),
  /** How many answers the counts include. */
  respondents: z.number().int(),
  /** Anonymous answers not counted because the group is too small. */
  anonymousWithheld: z.number().int(),
  criteria: z.array(selfAssessmentCriterionSchema),
  /** The criteria with the widest spread first; at most five. */
  disagreements: z.array(selfAssessmentDisagreementSchema),
  /** The caller's own answer in this round, if they gave one. */
  mine: selfAssessmentAnswerSchema.optional(),
});

/** @public */
export type SelfAssessmentSummary = z.infer<typeof selfAssessmentSummarySchema>;
