import { z } from 'zod';
import {
  ENTITY_REF_MAX_LENGTH,
  isoTimestampSchema,
} from '../validation/bounds';
import { safeText } from '../validation/safeText';
import { feedbackBarrierSchema } from './feedbackBarriers';
import {
  feedbackResponseCreateSchema,
  feedbackRoundCreateSchema,
} from './feedbackSchema';

/** A round's key in an archive, such as `round-1`. @public */
export const feedbackRoundKeySchema = z
  .string()
  .max(20)
  .regex(/^round-\d+$/, { message: 'must be a round key such as round-1' });

const ref = safeText({ min: 1, max: ENTITY_REF_MAX_LENGTH });

/**
 * Partnership feedback in a programme archive: each round (keyed
 * `round-1`, …) with its responses. A named response keeps its respondent;
 * an anonymous one has none, and nothing else in the archive says who gave
 * it (who took part is not exported). Optional, so that older exports
 * import as they are.
 *
 * @public
 */
export const archivedFeedbackSchema = z.object({
  rounds: z
    .array(
      feedbackRoundCreateSchema.extend({
        key: feedbackRoundKeySchema,
        createdBy: ref,
        createdAt: isoTimestampSchema,
        responses: z
          .array(
            feedbackResponseCreateSchema.omit({ anonymous: true }).extend({
              /** Only when the response is not anonymous. */
              respondedBy: ref.optional(),
            }),
          )
          .max(10_000),
      }),
    )
    .max(1000),
});

/** @public */
export type ArchivedFeedback = z.infer<typeof archivedFeedbackSchema>;

/** Where an action of an archive came from a feedback round. @public */
export const archivedFeedbackSourceShape = {
  round: feedbackRoundKeySchema.optional(),
  barrier: feedbackBarrierSchema.optional(),
};

/**
 * In the archive's `superRefine`: every round key is used once, each
 * response names one of its round's organisations, and every action that
 * names a round names one the archive has.
 *
 * @public
 */
export function checkFeedbackKeys(
  archive: {
    feedback?: ArchivedFeedback;
    actions: ReadonlyArray<{ source: { round?: string } }>;
  },
  ctx: z.RefinementCtx,
): void {
  const keys = new Set<string>();
  archive.feedback?.rounds.forEach((round, index) => {
    if (keys.has(round.key)) {
      ctx.addIssue({
        code: 'custom',
        message: `${round.key} is used twice`,
        path: ['feedback', 'rounds', index, 'key'],
      });
    }
    keys.add(round.key);
    round.responses.forEach((r, i) => {
      if (!round.organisations.includes(r.organisation)) {
        ctx.addIssue({
          code: 'custom',
          message: `${r.organisation} is not an organisation of ${round.key}`,
          path: ['feedback', 'rounds', index, 'responses', i, 'organisation'],
        });
      }
    });
  });
  archive.actions.forEach((a, index) => {
    if (a.source.round && !keys.has(a.source.round)) {
      ctx.addIssue({
        code: 'custom',
        message: `no feedback round has the key ${a.source.round}`,
        path: ['actions', index, 'source', 'round'],
      });
    }
  });
}
