import { z } from 'zod';
import { PROCESS_ID_MAX_LENGTH } from '../validation/bounds';
import { flagRepeats } from '../validation/flagRepeats';
import { safeText } from '../validation/safeText';
import { levelQuestions } from './levelQuestions';

/**
 * Capability levels named after ISO/IEC 33020. Level 0 has no criteria: a
 * process is at level 0 until every criterion of level 1 is at least Largely
 * achieved.
 *
 * @public
 */
export const CAPABILITY_LEVELS = [
  {
    level: 0,
    name: 'Incomplete',
    description:
      'The process is not yet performed or does not yet achieve its purpose.',
  },
  {
    level: 1,
    name: 'Performed',
    description: 'The process is carried out and achieves its purpose.',
  },
  {
    level: 2,
    name: 'Managed',
    description:
      'The process is planned, monitored and adjusted; its work products are controlled.',
  },
  {
    level: 3,
    name: 'Established',
    description:
      'A defined, documented standard process is used everywhere, with the resources it needs.',
  },
  {
    level: 4,
    name: 'Predictable',
    description:
      'The process is measured and operates within known limits to achieve its outcomes.',
  },
  {
    level: 5,
    name: 'Innovating',
    description:
      'The process is continually improved to meet current and projected business goals.',
  },
] as const;

/** A rating of one criterion, as in ISO/IEC 33020: N, P, L or F. @public */
export const ratingSchema = z.enum(['N', 'P', 'L', 'F']);

/** @public */
export type Rating = z.infer<typeof ratingSchema>;

/** The words people see for each rating. @public */
export const RATING_LABELS: Record<Rating, string> = {
  N: 'Not yet',
  P: 'Partly',
  L: 'Largely',
  F: 'Fully',
};

/** How many rating steps apart two ratings are (N=0 … F=3). @public */
export const RATING_ORDER: Record<Rating, number> = { N: 0, P: 1, L: 2, F: 3 };

/**
 * A process id such as `change`: lower-case letters, digits and `-`, at most
 * 64 characters. Only the format; whether the process is in the maturity
 * model is for the backend to say.
 *
 * @public
 */
export const processIdSchema = z
  .string()
  .trim()
  .max(PROCESS_ID_MAX_LENGTH, {
    message: `must be at most ${PROCESS_ID_MAX_LENGTH} characters`,
  })
  .regex(/^[a-z][a-z0-9-]*$/, {
    message: 'must be a process id such as change',
  });

/**
 * A criterion id such as `change-2-3`: lower-case letters, digits, `.` and
 * `-`, at most 100 characters.
 *
 * @public
 */
export const criterionIdSchema = z
  .string()
  .trim()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9.-]*$/, {
    message: 'must be a lower-case id such as change-2-3',
  });

/** The longest coaching question accepted, in characters. @public */
export const COACHING_QUESTION_MAX_LENGTH = 500;

/** The most coaching questions one criterion may carry. @public */
export const COACHING_QUESTIONS_MAX = 10;

/**
 * The coaching questions of one criterion: 2 to
 * {@link COACHING_QUESTIONS_MAX} distinct texts of 1 to
 * {@link COACHING_QUESTION_MAX_LENGTH} characters.
 *
 * @public
 */
export const coachingQuestionsSchema = z
  .array(safeText({ min: 1, max: COACHING_QUESTION_MAX_LENGTH }))
  .min(2, { message: 'needs at least two questions' })
  .max(COACHING_QUESTIONS_MAX, {
    message: `must have at most ${COACHING_QUESTIONS_MAX} questions`,
  })
  .superRefine((questions, ctx) => {
    flagRepeats(ctx, questions, {
      key: q => q.toLocaleLowerCase('en-GB'),
      path: index => [index],
      message: q => `'${q}' is listed twice`,
    });
  });

const criterionFields = {
  /** Stable id, such as `change-2-3`; ratings refer to it. */
  id: criterionIdSchema,
  level: z.number().int().min(1).max(5),
  text: z.string().trim().min(1).max(1000),
};

/**
 * One criterion as `GET /maturity-model` serves it: something a visitor
 * would see or find when the process is at that level, written in plain,
 * non-judgmental words, with at least two open coaching questions to ask
 * about it between reviews.
 *
 * @public
 */
export const criterionSchema = z.object({
  ...criterionFields,
  questions: coachingQuestionsSchema,
});

/** @public */
export type Criterion = z.infer<typeof criterionSchema>;

/**
 * A criterion as an admin writes it under `csip.processes`: `questions` may
 * be left out, and the criterion then gets the generic questions of its
 * level ({@link LEVEL_QUESTIONS}). Parses to a {@link Criterion}.
 *
 * @public
 */
export const criterionConfigSchema = z
  .object({ ...criterionFields, questions: coachingQuestionsSchema.optional() })
  .transform(
    (criterion): Criterion => ({
      ...criterion,
      questions: criterion.questions ?? levelQuestions(criterion.level),
    }),
  );

/** A criterion of a process as `csip.processes` may write it. @public */
export type CriterionConfig = z.input<typeof criterionConfigSchema>;

const processFields = {
  id: processIdSchema,
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(''),
};

/** Refuses repeated criterion ids and a level 1 to 5 without criteria. */
function checkCriteria(
  process: { criteria: ReadonlyArray<{ id: string; level: number }> },
  ctx: z.RefinementCtx,
): void {
  flagRepeats(ctx, process.criteria, {
    key: c => c.id,
    path: index => ['criteria', index, 'id'],
    message: c => `${c.id} is listed twice`,
  });
  for (let level = 1; level <= 5; level++) {
    if (!process.criteria.some(c => c.level === level)) {
      ctx.addIssue({
        code: 'custom',
        message: `needs at least one criterion for level ${level}`,
        path: ['criteria'],
      });
    }
  }
}

/**
 * A process of the maturity model with its criteria for levels 1 to 5, as
 * `GET /maturity-model` serves it.
 *
 * @public
 */
export const processDefinitionSchema = z
  .object({
    ...processFields,
    criteria: z.array(criterionSchema).min(5).max(100),
  })
  .superRefine(checkCriteria);

/** @public */
export type ProcessDefinition = z.infer<typeof processDefinitionSchema>;

/**
 * A process as admins add it under `csip.processes` in app-config: the
 * shape of {@link processDefinitionSchema}, except that each criterion's
 * `questions` may be left out ({@link criterionConfigSchema}). Parses to a
 * {@link ProcessDefinition}.
 *
 * @public
 */
export const processConfigSchema = z
  .object({
    ...processFields,
    criteria: z.array(criterionConfigSchema).min(5).max(100),
  })
  .superRefine(checkCriteria);

/** A process as `csip.processes` may write it. @public */
export type ProcessConfig = z.input<typeof processConfigSchema>;

/**
 * `csip.questions` in app-config: coaching questions that replace those of
 * a criterion, built-in or configured, one entry per criterion. Whether the
 * criterion exists is for the backend to say.
 *
 * @public
 */
export const questionOverridesSchema = z
  .array(
    z.object({
      criterionId: criterionIdSchema,
      questions: coachingQuestionsSchema,
    }),
  )
  .superRefine((overrides, ctx) => {
    flagRepeats(ctx, overrides, {
      key: o => o.criterionId,
      path: index => [index, 'criterionId'],
      message: o => `questions for ${o.criterionId} are given twice`,
    });
  });

/** @public */
export type QuestionOverrides = z.infer<typeof questionOverridesSchema>;

/** The body of `GET /maturity-model`. @public */
export const maturityModelSchema = z.object({
  levels: z.array(
    z.object({ level: z.number(), name: z.string(), description: z.string() }),
  ),
  ratings: z.array(z.object({ value: ratingSchema, label: z.string() })),
  processes: z.array(processDefinitionSchema),
});

/** @public */
export type MaturityModel = z.infer<typeof maturityModelSchema>;
