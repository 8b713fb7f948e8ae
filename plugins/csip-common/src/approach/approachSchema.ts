import { z } from 'zod';
import { boundedInt, isoDateSchema } from '../validation/bounds';
import { safeText } from '../validation/safeText';

/**
 * The three ways to implement ITSM.
 *
 * - `done-to-you`: an outside organisation implements ITSM for you;
 * - `diy`: you do it yourself;
 * - `diy-with-coaching`: you do it yourself, with selective expert coaching.
 *
 * @public
 */
export const APPROACHES = ['done-to-you', 'diy', 'diy-with-coaching'] as const;

/** @public */
export const approachSchema = z.enum(APPROACHES);

/** @public */
export type Approach = z.infer<typeof approachSchema>;

/**
 * The readiness questions, each answered 1 (not at all) to 5 (very much).
 *
 * @public
 */
export const READINESS_QUESTIONS = [
  'experience',
  'capacity',
  'ownership',
  'openness',
  'urgency',
  'budget',
  'retainKnowhow',
  'riskTolerance',
] as const;

/** @public */
export type ReadinessQuestion = (typeof READINESS_QUESTIONS)[number];

/** A whole number 1–5, as JSON sends it (no strings, no `true`). */
const answer = boundedInt({ min: 1, max: 5 });

/** @public */
export const readinessAnswersSchema = z.object({
  experience: answer,
  capacity: answer,
  ownership: answer,
  openness: answer,
  urgency: answer,
  budget: answer,
  retainKnowhow: answer,
  riskTolerance: answer,
});

/** @public */
export type ReadinessAnswers = z.infer<typeof readinessAnswersSchema>;

/** The body of `POST /approach/recommendation`. @public */
export const recommendationRequestSchema = z.object({
  answers: readinessAnswersSchema,
});

/**
 * One answer that moved the recommendation, in words.
 *
 * @public
 */
export const recommendationReasonSchema = z.object({
  question: z.enum(READINESS_QUESTIONS).optional(),
  answer: z.number().int().optional(),
  text: z.string(),
});

/** @public */
export type RecommendationReason = z.infer<typeof recommendationReasonSchema>;

/** @public */
export const recommendationSchema = z.object({
  recommended: approachSchema,
  scores: z.object({
    'done-to-you': z.number(),
    diy: z.number(),
    'diy-with-coaching': z.number(),
  }),
  reasons: z.array(recommendationReasonSchema),
  risks: z.object({
    'done-to-you': z.array(z.string()),
    diy: z.array(z.string()),
    'diy-with-coaching': z.array(z.string()),
  }),
});

/** @public */
export type Recommendation = z.infer<typeof recommendationSchema>;

/**
 * The body of `POST /programmes/:id/approach/decisions`.
 *
 * @public
 */
export const decisionCreateSchema = z.object({
  approach: approachSchema,
  rationale: safeText({ max: 4000 }).default(''),
  revisitOn: isoDateSchema.optional(),
  answers: readinessAnswersSchema.optional(),
});

/** @public */
export type DecisionCreate = z.infer<typeof decisionCreateSchema>;

/**
 * A recorded decision; decisions are append-only.
 *
 * @public
 */
export const decisionSchema = decisionCreateSchema.extend({
  id: z.string(),
  programmeId: z.string(),
  recommended: approachSchema.optional(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

/** @public */
export type Decision = z.infer<typeof decisionSchema>;
