import { z } from 'zod';
import {
  actionSourceSchema,
  actionStatusSchema,
} from '../actions/actionSchema';
import {
  readinessAnswersSchema,
  approachSchema,
} from '../approach/approachSchema';
import {
  handoverCategorySchema,
  handoverStatusSchema,
  proficiencySchema,
} from '../handover/handoverSchema';
import {
  programmeCreateSchema,
  programmePhaseSchema,
} from '../programme/programmeSchema';
import {
  fieldToneFindingSchema,
  reviewCreateSchema,
  reviewStateSchema,
} from '../review/reviewSchema';
import { processIdSchema } from '../maturity/maturityModelSchema';
import { scopeVersionCreateSchema } from '../scope/scopeSchema';
import { adviceResponseValueSchema } from '../coaching/adviceSchema';
import { followUpOutcomeValueSchema } from '../coaching/followUpSchema';
import { momentCreateSchema } from '../coaching/momentSchema';
import {
  archivedFeedbackSchema,
  archivedFeedbackSourceShape,
  checkFeedbackKeys,
} from '../feedback/archivedFeedbackSchema';
import { archivedSelfAssessmentsSchema } from '../selfAssessment/archivedSelfAssessmentsSchema';
import { archivedOutcomesSchema } from '../outcomes/archivedOutcomesSchema';
import {
  boundedInt,
  ENTITY_REF_MAX_LENGTH,
  isoDateSchema,
  isoTimestampSchema,
} from '../validation/bounds';
import { safeText } from '../validation/safeText';
import { flagRepeats } from '../validation/flagRepeats';

/** Every timestamp goes into a `varchar(30)` column. */
const timestamp = isoTimestampSchema;
/** Who did something, as their credentials said: an entity ref. */
const ref = safeText({ min: 1, max: ENTITY_REF_MAX_LENGTH });
const key = z
  .string()
  .max(20)
  .regex(/^review-\d+$/, {
    message: 'must be a review key such as review-1',
  });
/** A stored tone finding, bounded like every other stored value. */
const archivedToneFindingSchema = fieldToneFindingSchema.extend({
  field: safeText({ min: 1, max: 100 }),
  start: boundedInt({ min: 0 }),
  end: boundedInt({ min: 0 }),
  phrase: safeText({ max: 4000, trim: false }),
  suggestion: safeText({ max: 1000, trim: false }),
});
/** The longest history an import takes per kind of record. */
const MANY = 10_000;
const longText = safeText({ max: 4000 });
const momentKey = z
  .string()
  .max(20)
  .regex(/^moment-\d+$/, {
    message: 'must be a moment key such as moment-1',
  });

/**
 * Coaching between reviews in an archive: moments (keyed `moment-1`, …),
 * the commitments they led to with their outcomes, the team's responses to
 * advice (by review key and suggestion index) and comments on reviews.
 * Optional, so that exports made before coaching moments import as they are.
 */
const archivedCoachingSchema = z.object({
  moments: z
    .array(
      momentCreateSchema.omit({ commitment: true }).extend({
        key: momentKey,
        recordedBy: ref,
        at: timestamp,
      }),
    )
    .max(MANY),
  followUps: z
    .array(
      z.object({
        moment: momentKey.optional(),
        process: processIdSchema,
        text: safeText({ min: 1, max: 1000 }),
        owner: ref,
        followUpOn: isoDateSchema,
        outcome: followUpOutcomeValueSchema.optional(),
        note: safeText({ max: 2000 }).optional(),
        outcomeBy: ref.optional(),
        outcomeAt: timestamp.optional(),
        recordedBy: ref,
        createdAt: timestamp,
      }),
    )
    .max(MANY),
  adviceResponses: z
    .array(
      z.object({
        review: key,
        index: boundedInt({ min: 0, max: 999 }),
        seq: boundedInt({ min: 1, max: 1000 }),
        response: adviceResponseValueSchema,
        reason: safeText({ max: 2000 }).optional(),
        outcome: safeText({ max: 2000 }).optional(),
        respondedBy: ref,
        respondedAt: timestamp,
      }),
    )
    .max(MANY),
  comments: z
    .array(
      z.object({
        review: key,
        text: safeText({ min: 1, max: 4000 }),
        author: ref,
        createdAt: timestamp,
      }),
    )
    .max(MANY),
});

/**
 * A whole programme as a portable JSON document: everything, history
 * included, without database ids or versions. Reviews carry a local `key`
 * (`review-1`, …) so that amendments and actions can refer to them.
 * `GET /programmes/:id/export` produces it; `POST /import` reads it back as
 * a new programme.
 *
 * @public
 */
export const programmeArchiveSchema = z
  .object({
    format: z.literal('csip-coach.programme'),
    formatVersion: z.literal(1),
    exportedAt: timestamp,
    exportedBy: ref,
    programme: programmeCreateSchema.extend({
      phase: programmePhaseSchema,
      archived: z.boolean(),
      createdBy: ref,
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
    phaseHistory: z
      .array(
        z.object({
          from: programmePhaseSchema,
          to: programmePhaseSchema,
          reason: safeText({ max: 2000 }).optional(),
          movedBy: ref,
          movedAt: timestamp,
        }),
      )
      .max(MANY),
    decisions: z
      .array(
        z.object({
          approach: approachSchema,
          rationale: longText,
          revisitOn: isoDateSchema.optional(),
          answers: readinessAnswersSchema.optional(),
          recommended: approachSchema.optional(),
          decidedBy: ref,
          decidedAt: timestamp,
        }),
      )
      .max(MANY),
    scopeVersions: z
      .array(
        z.object({
          number: boundedInt({ min: 1 }),
          scope: scopeVersionCreateSchema,
          publishedBy: ref,
          publishedAt: timestamp,
          agreements: z
            .array(
              z.object({
                userRef: ref,
                decision: z.enum(['agree', 'decline']),
                comment: longText,
                at: timestamp,
              }),
            )
            .max(MANY),
        }),
      )
      .max(MANY),
    reviews: z
      .array(
        reviewCreateSchema.extend({
          key,
          state: reviewStateSchema,
          author: ref,
          level: boundedInt({ min: 0, max: 5 }).optional(),
          toneFindings: z
            .array(archivedToneFindingSchema)
            .max(2 * MANY)
            .optional(),
          toneAcknowledged: z.boolean().optional(),
          amends: key.optional(),
          amendmentReason: longText.optional(),
          createdAt: timestamp,
          updatedAt: timestamp,
          publishedAt: timestamp.optional(),
        }),
      )
      .max(MANY),
    actions: z
      .array(
        z.object({
          description: safeText({ min: 1, max: 4000 }),
          owner: ref,
          measure: safeText({ min: 1, max: 4000 }),
          dueDate: isoDateSchema,
          status: actionStatusSchema,
          source: z.object({
            type: actionSourceSchema.shape.type,
            process: processIdSchema.optional(),
            review: key.optional(),
            ...archivedFeedbackSourceShape,
          }),
          createdBy: ref,
          createdAt: timestamp,
          updatedAt: timestamp,
        }),
      )
      .max(MANY),
    handover: z.object({
      items: z
        .array(
          z.object({
            /** A template key such as `process-owner-accepted`. */
            templateKey: z
              .string()
              .max(100)
              .regex(/^[a-z0-9][a-z0-9.-]*$/, {
                message: 'must be a template key such as metrics-kept',
              })
              .optional(),
            title: safeText({ min: 1, max: 300 }),
            description: longText,
            category: handoverCategorySchema,
            process: processIdSchema.optional(),
            weight: boundedInt({ min: 1, max: 10 }),
            critical: z.boolean(),
            owner: ref.optional(),
            status: handoverStatusSchema,
            evidence: longText.optional(),
            verifiedBy: ref.optional(),
            verifiedAt: timestamp.optional(),
            updatedBy: ref.optional(),
            updatedAt: timestamp,
          }),
        )
        .max(MANY),
      skills: z.object({
        people: z
          .array(
            z.object({
              userRef: ref,
              skills: z
                .record(processIdSchema, proficiencySchema)
                .refine(skills => Object.keys(skills).length <= 100, {
                  message: 'lists at most 100 processes',
                }),
            }),
          )
          .max(MANY),
        updatedBy: ref.optional(),
        updatedAt: timestamp.optional(),
      }),
    }),
    coaching: archivedCoachingSchema.optional(),
    feedback: archivedFeedbackSchema.optional(),
    selfAssessments: archivedSelfAssessmentsSchema.optional(),
    outcomes: archivedOutcomesSchema.optional(),
  })
  .superRefine((archive, ctx) => {
    // What the database keeps unique is refused here, as bad input, rather
    // than by a constraint halfway through the import.
    flagRepeats(ctx, archive.scopeVersions, {
      key: v => v.number,
      path: index => ['scopeVersions', index, 'number'],
      message: v => `scope version ${v.number} is listed twice`,
    });
    flagRepeats(ctx, archive.handover.items, {
      key: item =>
        item.templateKey
          ? `${item.templateKey}|${item.process ?? ''}`
          : undefined,
      path: index => ['handover', 'items', index, 'templateKey'],
      message: item =>
        `template item ${item.templateKey} is listed twice for the same process`,
    });
    flagRepeats(ctx, archive.reviews, {
      key: r => r.amends || undefined,
      path: index => ['reviews', index, 'amends'],
      message: r =>
        `${r.amends} is amended twice; a published review has one amendment`,
    });
    const keys = flagRepeats(ctx, archive.reviews, {
      key: r => r.key,
      path: index => ['reviews', index, 'key'],
      message: r => `${r.key} is used twice`,
    });
    archive.reviews.forEach((r, index) => {
      if (r.amends && !keys.has(r.amends)) {
        ctx.addIssue({
          code: 'custom',
          message: `no review has the key ${r.amends}`,
          path: ['reviews', index, 'amends'],
        });
      }
    });
    archive.actions.forEach((a, index) => {
      if (a.source.review && !keys.has(a.source.review)) {
        ctx.addIssue({
          code: 'custom',
          message: `no review has the key ${a.source.review}`,
          path: ['actions', index, 'source', 'review'],
        });
      }
    });
    if (archive.coaching) checkCoachingKeys(archive.coaching, keys, ctx);
    checkFeedbackKeys(archive, ctx);
  });

/** Every key a coaching record refers to exists; nothing is listed twice. */
function checkCoachingKeys(
  coaching: z.infer<typeof archivedCoachingSchema>,
  reviewKeys: ReadonlySet<string>,
  ctx: z.RefinementCtx,
) {
  const moments = flagRepeats(ctx, coaching.moments, {
    key: m => m.key,
    path: index => ['coaching', 'moments', index, 'key'],
    message: m => `${m.key} is used twice`,
  });
  flagRepeats(ctx, coaching.adviceResponses, {
    key: r => `${r.review}|${r.index}|${r.seq}`,
    path: index => ['coaching', 'adviceResponses', index, 'seq'],
    message: r =>
      `response ${r.seq} to suggestion ${r.index} of ${r.review} is listed twice`,
  });
  const missing = (
    list: ReadonlyArray<{ review?: string; moment?: string }>,
    field: 'review' | 'moment',
    known: ReadonlySet<string>,
    at: string,
  ) =>
    list.forEach((record, index) => {
      const value = record[field];
      if (value && !known.has(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `no ${field} has the key ${value}`,
          path: ['coaching', at, index, field],
        });
      }
    });
  missing(coaching.followUps, 'moment', moments, 'followUps');
  missing(coaching.adviceResponses, 'review', reviewKeys, 'adviceResponses');
  missing(coaching.comments, 'review', reviewKeys, 'comments');
}

/** @public */
export type ProgrammeArchive = z.infer<typeof programmeArchiveSchema>;
