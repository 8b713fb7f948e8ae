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
import { scopeVersionCreateSchema } from '../scope/scopeSchema';

const timestamp = z.string().min(1).max(40);
const ref = z.string().min(1).max(255);
const key = z.string().regex(/^review-\d+$/, {
  message: 'must be a review key such as review-1',
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
    phaseHistory: z.array(
      z.object({
        from: programmePhaseSchema,
        to: programmePhaseSchema,
        reason: z.string().optional(),
        movedBy: ref,
        movedAt: timestamp,
      }),
    ),
    decisions: z.array(
      z.object({
        approach: approachSchema,
        rationale: z.string(),
        revisitOn: z.string().optional(),
        answers: readinessAnswersSchema.optional(),
        recommended: approachSchema.optional(),
        decidedBy: ref,
        decidedAt: timestamp,
      }),
    ),
    scopeVersions: z.array(
      z.object({
        number: z.number().int().positive(),
        scope: scopeVersionCreateSchema,
        publishedBy: ref,
        publishedAt: timestamp,
        agreements: z.array(
          z.object({
            userRef: ref,
            decision: z.enum(['agree', 'decline']),
            comment: z.string(),
            at: timestamp,
          }),
        ),
      }),
    ),
    reviews: z.array(
      reviewCreateSchema.extend({
        key,
        state: reviewStateSchema,
        author: ref,
        level: z.number().int().min(0).max(5).optional(),
        toneFindings: z.array(fieldToneFindingSchema).optional(),
        toneAcknowledged: z.boolean().optional(),
        amends: key.optional(),
        amendmentReason: z.string().optional(),
        createdAt: timestamp,
        updatedAt: timestamp,
        publishedAt: timestamp.optional(),
      }),
    ),
    actions: z.array(
      z.object({
        description: z.string().min(1),
        owner: ref,
        measure: z.string().min(1),
        dueDate: z.iso.date(),
        status: actionStatusSchema,
        source: actionSourceSchema
          .omit({ reviewId: true })
          .extend({ review: key.optional() }),
        createdBy: ref,
        createdAt: timestamp,
        updatedAt: timestamp,
      }),
    ),
    handover: z.object({
      items: z.array(
        z.object({
          templateKey: z.string().optional(),
          title: z.string().min(1).max(300),
          description: z.string(),
          category: handoverCategorySchema,
          process: z.string().optional(),
          weight: z.number().int().min(1).max(10),
          critical: z.boolean(),
          owner: ref.optional(),
          status: handoverStatusSchema,
          evidence: z.string().optional(),
          verifiedBy: ref.optional(),
          verifiedAt: timestamp.optional(),
          updatedBy: ref.optional(),
          updatedAt: timestamp,
        }),
      ),
      skills: z.object({
        people: z.array(
          z.object({
            userRef: ref,
            skills: z.record(z.string(), proficiencySchema),
          }),
        ),
        updatedBy: ref.optional(),
        updatedAt: timestamp.optional(),
      }),
    }),
  })
  .superRefine((archive, ctx) => {
    const keys = new Set<string>();
    archive.reviews.forEach((r, index) => {
      if (keys.has(r.key)) {
        ctx.addIssue({
          code: 'custom',
          message: `${r.key} is used twice`,
          path: ['reviews', index, 'key'],
        });
      }
      keys.add(r.key);
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
  });

/** @public */
export type ProgrammeArchive = z.infer<typeof programmeArchiveSchema>;
