import { z } from 'zod';
import { actionStatusSchema } from '../actions/actionSchema';
import {
  programmePhaseSchema,
  programmeRoleSchema,
} from '../programme/programmeSchema';
import { awaitingAgreementSchema } from '../scope/scopeSchema';
import { followUpSchema } from '../coaching/followUpSchema';

/**
 * An action the caller owns that is still open or in progress, with the
 * programme it belongs to.
 *
 * @public
 */
export const myActionSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  programmeTitle: z.string(),
  description: z.string(),
  dueDate: z.string(),
  status: actionStatusSchema,
  /** Due date passed (see `isOverdue`). */
  overdue: z.boolean(),
  /** Not overdue, but due within `DUE_SOON_DAYS` days (see `isDueSoon`). */
  dueSoon: z.boolean(),
  version: z.number().int(),
});

/** @public */
export type MyAction = z.infer<typeof myActionSchema>;

/**
 * A commitment the caller owns that has no outcome yet, with the programme
 * it belongs to (`due`: its follow-up date has come).
 *
 * @public
 */
export const myFollowUpSchema = followUpSchema.extend({
  programmeTitle: z.string(),
});

/** @public */
export type MyFollowUp = z.infer<typeof myFollowUpSchema>;

/**
 * A programme the caller holds a role in, with those roles.
 *
 * @public
 */
export const myProgrammeSchema = z.object({
  id: z.string(),
  title: z.string(),
  ownerRef: z.string(),
  phase: programmePhaseSchema,
  roles: z.array(programmeRoleSchema),
});

/** @public */
export type MyProgramme = z.infer<typeof myProgrammeSchema>;

/**
 * The body of `GET /me/work`: the signed-in user's work across every
 * programme they may read — their open actions (overdue first, then by due
 * date), their open commitments (soonest follow-up first), the current scope versions that wait for their decision, and the
 * programmes they hold a role in. Archived programmes are left out.
 *
 * @public
 */
export const myWorkSchema = z.object({
  actions: z.array(myActionSchema),
  followUps: z.array(myFollowUpSchema),
  awaitingAgreement: z.array(awaitingAgreementSchema),
  programmes: z.array(myProgrammeSchema),
});

/** @public */
export type MyWork = z.infer<typeof myWorkSchema>;
