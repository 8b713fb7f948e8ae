import { z } from 'zod';
import { processIdSchema } from '../maturity/maturityModelSchema';
import {
  ENTITY_REF_MAX_LENGTH,
  isoTimestampSchema,
} from '../validation/bounds';
import { flagRepeats } from '../validation/flagRepeats';
import { safeText } from '../validation/safeText';
import { selfAssessmentRatingsSchema } from './selfAssessmentSchema';

/**
 * The team's self-assessments in a programme archive, oldest first: each
 * answer with its round (`roundStart`, the publication of the review that
 * began it; absent for the first round) and, for a named answer only, who
 * gave it. An anonymous answer never names anyone, in an export or an
 * import. Optional in the archive, so that older exports import as they are.
 *
 * @public
 */
export const archivedSelfAssessmentsSchema = z
  .array(
    z.object({
      process: processIdSchema,
      roundStart: isoTimestampSchema.optional(),
      anonymous: z.boolean(),
      respondent: safeText({ min: 1, max: ENTITY_REF_MAX_LENGTH }).optional(),
      ratings: selfAssessmentRatingsSchema,
      answeredAt: isoTimestampSchema,
    }),
  )
  .max(10_000)
  .superRefine((answers, ctx) => {
    answers.forEach((answer, index) => {
      if (answer.anonymous === Boolean(answer.respondent)) {
        ctx.addIssue({
          code: 'custom',
          message: answer.anonymous
            ? 'an anonymous answer names no respondent'
            : 'a named answer needs its respondent',
          path: [index, 'respondent'],
        });
      }
    });
    flagRepeats(ctx, answers, {
      key: a =>
        a.respondent
          ? `${a.process}|${a.roundStart ?? ''}|${a.respondent}`
          : undefined,
      path: index => [index, 'respondent'],
      message: a =>
        `${a.respondent} answered ${a.process} twice in the same round`,
    });
  });

/** @public */
export type ArchivedSelfAssessments = z.infer<
  typeof archivedSelfAssessmentsSchema
>;
