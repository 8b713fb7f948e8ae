import { z } from 'zod';
import { safeText } from '../validation/safeText';

/** How a programme ended. @public */
export const closureVerdictSchema = z.enum([
  'successful',
  'partly-successful',
  'withdrawn',
]);

/** @public */
export type ClosureVerdict = z.infer<typeof closureVerdictSchema>;

/**
 * The body of `POST /programmes/:id/close`: the verdict, the outcome (what
 * the programme achieved, in words) and the lessons the organisation keeps.
 *
 * @public
 */
export const programmeCloseSchema = z.object({
  verdict: closureVerdictSchema,
  outcome: safeText({ min: 1, max: 4000 }),
  lessons: safeText({ min: 1, max: 4000 }),
});

/** @public */
export type ProgrammeClose = z.infer<typeof programmeCloseSchema>;

/** A programme's closure, once recorded: who closed it and when. @public */
export const closureSchema = z.object({
  verdict: closureVerdictSchema,
  outcome: z.string(),
  lessons: z.string(),
  closedBy: z.string(),
  closedAt: z.string(),
});

/** @public */
export type Closure = z.infer<typeof closureSchema>;
