import { z } from 'zod';

/**
 * The kinds of judgemental wording the tone checker flags.
 *
 * - `verdict`: judges instead of describing ("failed", "poor", "a mess");
 * - `absolute`: overgeneralises ("always", "never", "nobody");
 * - `blame`: points at a person ("you should have", "your fault");
 * - `label`: characterises people ("lazy", "resistant", "stubborn").
 *
 * @public
 */
export const toneCategorySchema = z.enum([
  'verdict',
  'absolute',
  'blame',
  'label',
]);

/** @public */
export type ToneCategory = z.infer<typeof toneCategorySchema>;

/**
 * One piece of judgemental wording found in a text: `start` and `end` are
 * offsets (UTF-16 code units, as in JavaScript strings) into the checked text,
 * `phrase` is `text.slice(start, end)` exactly as typed, and `suggestion` is a
 * coaching rephrasing that can replace the span.
 *
 * @public
 */
export const toneFindingSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  phrase: z.string(),
  category: toneCategorySchema,
  suggestion: z.string(),
});

/** @public */
export type ToneFinding = z.infer<typeof toneFindingSchema>;

/** The longest text `POST /tone/check` accepts, in characters. @public */
export const TONE_TEXT_MAX_LENGTH = 20000;

/** The body of `POST /tone/check`. @public */
export const toneCheckRequestSchema = z.object({
  text: z.string().max(TONE_TEXT_MAX_LENGTH),
});

/** @public */
export type ToneCheckRequest = z.infer<typeof toneCheckRequestSchema>;

/** The response of `POST /tone/check`: findings sorted by `start`. @public */
export const toneCheckResponseSchema = z.object({
  findings: z.array(toneFindingSchema),
});

/** @public */
export type ToneCheckResponse = z.infer<typeof toneCheckResponseSchema>;

/**
 * A short human name for each category, with one line on why the wording
 * gets in the way of coaching; shown next to a highlighted finding.
 *
 * @public
 */
export const TONE_CATEGORY_LABELS: Record<
  ToneCategory,
  { label: string; why: string }
> = {
  verdict: {
    label: 'Verdict',
    why: 'Judges instead of describing what was seen.',
  },
  absolute: {
    label: 'Absolute',
    why: 'Overgeneralises; one counter-example undermines the whole observation.',
  },
  blame: {
    label: 'Blame',
    why: 'Points at a person instead of the process, which invites defence rather than change.',
  },
  label: {
    label: 'Label',
    why: 'Labels people instead of describing behaviour and the conditions behind it.',
  },
};
