import { z } from 'zod';
import { ratingSchema } from '../maturity/maturityModelSchema';
import { safeText } from '../validation/safeText';

/**
 * Where evidence came from: an interview, an observation, a document,
 * metrics or a session with the team. A review lists its sources, and each
 * rating's evidence names its own.
 *
 * @public
 */
export const evidenceSourceSchema = z.enum([
  'interview',
  'observation',
  'document',
  'metrics',
  'team-session',
]);

/** @public */
export type EvidenceSource = z.infer<typeof evidenceSourceSchema>;

/**
 * The coach's rating of a criterion: N, P, L or F as in ISO/IEC 33020, or
 * `NA` when the criterion does not apply to this organisation (with a
 * reason). NA criteria are left out of the level rule.
 *
 * @public
 */
export const coachRatingSchema = z.enum(['N', 'P', 'L', 'F', 'NA']);

/** @public */
export type CoachRating = z.infer<typeof coachRatingSchema>;

/** The rating value of a criterion that does not apply. @public */
export const NOT_APPLICABLE = 'NA' as const satisfies CoachRating;

/** The longest reason a criterion is not applicable, in characters. @public */
export const NA_REASON_MAX_LENGTH = 1000;

/** The longest evidence note of a rating, in characters. @public */
export const EVIDENCE_NOTE_MAX_LENGTH = 1000;

/** The longest evidence link of a rating, in characters. @public */
export const EVIDENCE_LINK_MAX_LENGTH = 2000;

/** The most pieces of evidence one rating may carry. @public */
export const RATING_EVIDENCE_MAX = 10;

/**
 * A web address people can open: an absolute `http:` or `https:` URL of at
 * most {@link EVIDENCE_LINK_MAX_LENGTH} characters, without spaces or control
 * characters (so no `javascript:` link is ever rendered).
 *
 * @public
 */
export const httpUrlSchema = safeText({ min: 1, max: EVIDENCE_LINK_MAX_LENGTH })
  .refine(text => !/\s/.test(text), { message: 'must not contain spaces' })
  .refine(
    text => {
      try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'must be a web address starting with http:// or https://' },
  );

/**
 * One piece of evidence for a rating, "note where you looked": what kind of
 * source, a note on what was seen, and optionally a link to it.
 *
 * @public
 */
export const ratingEvidenceSchema = z.object({
  kind: evidenceSourceSchema,
  note: safeText({ min: 1, max: EVIDENCE_NOTE_MAX_LENGTH }),
  link: httpUrlSchema.optional(),
});

/** @public */
export type RatingEvidence = z.infer<typeof ratingEvidenceSchema>;

/**
 * The coach's rating of one criterion, with the team's own rating if asked
 * (N, P, L or F; never NA), the reason when the coach rates it `NA` (required
 * then, refused otherwise) and the evidence behind it.
 *
 * @public
 */
export const reviewRatingSchema = z
  .object({
    criterionId: safeText({ min: 1, max: 100 }),
    coach: coachRatingSchema,
    team: ratingSchema.optional(),
    naReason: safeText({ min: 1, max: NA_REASON_MAX_LENGTH }).optional(),
    evidence: z
      .array(ratingEvidenceSchema)
      .max(RATING_EVIDENCE_MAX, {
        message: `must have at most ${RATING_EVIDENCE_MAX} pieces of evidence`,
      })
      .optional(),
  })
  .superRefine((rating, ctx) => {
    if (rating.coach === NOT_APPLICABLE && rating.naReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['naReason'],
        message: 'is required with NA: say why the criterion does not apply',
      });
    }
    if (rating.coach !== NOT_APPLICABLE && rating.naReason !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['naReason'],
        message: 'is only given with NA (not applicable)',
      });
    }
  });

/** @public */
export type ReviewRating = z.infer<typeof reviewRatingSchema>;
