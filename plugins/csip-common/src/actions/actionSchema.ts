import { z } from 'zod';
import { feedbackBarrierSchema } from '../feedback/feedbackBarriers';
import { actionFieldsSchema } from '../review/reviewSchema';
import { boundedInt } from '../validation/bounds';

/** @public */
export const actionStatusSchema = z.enum([
  'open',
  'in-progress',
  'done',
  'dropped',
]);

/** @public */
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** The body of `POST /programmes/:id/actions`. @public */
export const actionCreateSchema = actionFieldsSchema;

/** @public */
export type ActionCreate = z.infer<typeof actionCreateSchema>;

/** The body of `PATCH /actions/:id`: changes and the `version` read. @public */
export const actionUpdateSchema = actionFieldsSchema.partial().extend({
  version: boundedInt({ min: 1 }),
  status: actionStatusSchema.optional(),
});

/** @public */
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;

/**
 * Where an action came from: a review (and its process), the scope, by
 * hand, or a barrier of a partnership feedback round.
 *
 * @public
 */
export const actionSourceSchema = z.object({
  type: z.enum(['review', 'scope', 'manual', 'feedback']),
  reviewId: z.string().optional(),
  process: z.string().optional(),
  /** The feedback round, for `feedback`. */
  feedbackRoundId: z.string().optional(),
  /** The barrier of the round, for `feedback`. */
  barrier: feedbackBarrierSchema.optional(),
});

/** @public */
export type ActionSource = z.infer<typeof actionSourceSchema>;

/** An action of the register as the API returns it. @public */
export const actionSchema = actionFieldsSchema.extend({
  id: z.string(),
  programmeId: z.string(),
  status: actionStatusSchema,
  source: actionSourceSchema,
  /** Derived: due date passed and not done or dropped. */
  overdue: z.boolean(),
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** @public */
export type Action = z.infer<typeof actionSchema>;
