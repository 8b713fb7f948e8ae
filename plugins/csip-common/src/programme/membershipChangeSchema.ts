import { z } from 'zod';
import { programmeMemberSchema } from './programmeSchema';

/**
 * One recorded change of a programme's members: who changed them, when, and
 * the member list before and after.
 *
 * @public
 */
export const membershipChangeSchema = z.object({
  programmeId: z.string(),
  changedBy: z.string(),
  changedAt: z.string(),
  before: z.array(programmeMemberSchema),
  after: z.array(programmeMemberSchema),
});

/** @public */
export type MembershipChange = z.infer<typeof membershipChangeSchema>;
