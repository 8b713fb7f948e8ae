import { z } from 'zod';
import { processIdSchema } from '../maturity/maturityModelSchema';
import { entityRefSchema } from '../programme/programmeSchema';
import { isoDateSchema } from '../validation/bounds';
import { safeText } from '../validation/safeText';

/** Where in the work a coaching moment happened. @public */
export const momentContextKindSchema = z.enum([
  'change',
  'release',
  'configuration-item',
  'cab-meeting',
  'incident',
  'other',
]);

/** @public */
export type MomentContextKind = z.infer<typeof momentContextKindSchema>;

/**
 * The piece of work a moment is tied to: its kind, and optionally its
 * reference in the team's own tool (e.g. `CHG0031245`) and a title.
 *
 * @public
 */
export const momentContextSchema = z.object({
  kind: momentContextKindSchema,
  ref: safeText({ min: 1, max: 255 }).optional(),
  title: safeText({ min: 1, max: 200 }).optional(),
});

/** @public */
export type MomentContext = z.infer<typeof momentContextSchema>;

/**
 * In the work (ICMI's "in-game" coaching, the kind that works best) or in a
 * scheduled session.
 *
 * @public
 */
export const momentKindSchema = z.enum(['in-the-work', 'scheduled']);

/** @public */
export type MomentKind = z.infer<typeof momentKindSchema>;

/**
 * What the team commits to after a moment, and when the coach follows it up.
 *
 * @public
 */
export const commitmentSchema = z.object({
  text: safeText({ min: 1, max: 1000 }),
  owner: entityRefSchema(['user']),
  followUpOn: isoDateSchema,
});

/** @public */
export type Commitment = z.infer<typeof commitmentSchema>;

/**
 * The body of `POST /programmes/:id/moments`: a short coaching note tied to
 * the work, with the powerful question asked, the team's own answer and an
 * optional commitment (which becomes a follow-up).
 *
 * @public
 */
export const momentCreateSchema = z.object({
  process: processIdSchema,
  kind: momentKindSchema,
  context: momentContextSchema.optional(),
  observation: safeText({ min: 1, max: 4000 }),
  question: safeText({ min: 1, max: 1000 }).optional(),
  answer: safeText({ min: 1, max: 4000 }).optional(),
  commitment: commitmentSchema.optional(),
});

/** @public */
export type MomentCreate = z.infer<typeof momentCreateSchema>;

/** A recorded coaching moment as the API returns it. @public */
export const momentSchema = momentCreateSchema.extend({
  id: z.string(),
  programmeId: z.string(),
  /** Who recorded it: the signed-in user, never the request body. */
  recordedBy: z.string(),
  at: z.string(),
  /** The follow-up its commitment created, if it has one. */
  followUpId: z.string().optional(),
});

/** @public */
export type Moment = z.infer<typeof momentSchema>;
