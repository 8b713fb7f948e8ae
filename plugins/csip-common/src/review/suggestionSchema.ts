import { z } from 'zod';
import { safeText } from '../validation/safeText';

/**
 * The action areas of the five-step improvement deck a recommendation may
 * belong to: customer experience, leadership and management information,
 * resources, targets and measures aligned to outcomes, culture, operations.
 *
 * @public
 */
export const suggestionAreaSchema = z.enum([
  'customer-experience',
  'leadership-mi',
  'resources',
  'targets-measures',
  'culture',
  'operations',
]);

/** @public */
export type SuggestionArea = z.infer<typeof suggestionAreaSchema>;

/** The longest text of a growth suggestion's fields, in characters. @public */
export const SUGGESTION_TEXT_MAX_LENGTH = 4000;

const text = safeText({ min: 1, max: SUGGESTION_TEXT_MAX_LENGTH });

/**
 * A growth suggestion: a technique to try and advice on how; as a
 * recommendation, optionally its action area, why we recommend it, the
 * evidence (what we saw) and the improvement we expect.
 *
 * @public
 */
export const suggestionSchema = z.object({
  technique: text,
  advice: text,
  area: suggestionAreaSchema.optional(),
  /** Why we recommend it. */
  why: text.optional(),
  /** What we saw that led to it. */
  evidence: text.optional(),
  expectedImprovement: text.optional(),
});

/** @public */
export type Suggestion = z.infer<typeof suggestionSchema>;
