import { z } from 'zod';
import { safeText } from '../validation/safeText';

/**
 * The kinds of judgemental wording the tone checker flags.
 *
 * - `verdict`: judges instead of describing ("failed", "poor", "a mess",
 *   "the whole process is broken");
 * - `absolute`: overgeneralises or blames by habit ("always", "never",
 *   "keeps breaking", "time after time");
 * - `blame`: points at a person ("you should have", "your fault", "cut
 *   corners");
 * - `label`: characterises people ("lazy", "out of his depth", "the team is
 *   not capable");
 * - `assumption`: presents a guess about motives or certainty as fact
 *   ("clearly", "obviously", "they don't care", "on purpose");
 * - `command`: orders or shames instead of inviting ("must stop", "get your
 *   act together", "should be ashamed").
 *
 * The first four are the original categories; a client that only knows them
 * can show any other category with its `why`.
 *
 * @public
 */
export const toneCategorySchema = z.enum([
  'verdict',
  'absolute',
  'blame',
  'label',
  'assumption',
  'command',
]);

/** @public */
export type ToneCategory = z.infer<typeof toneCategorySchema>;

/**
 * One piece of judgemental wording found in a text: `start` and `end` are
 * offsets (UTF-16 code units, as in JavaScript strings) into the checked text,
 * `phrase` is `text.slice(start, end)` exactly as typed, `suggestion` is a
 * coaching rephrasing that can replace the span, and `why` says in one short
 * sentence why this wording gets in the way of coaching. `why` is absent
 * from findings stored before it existed.
 *
 * @public
 */
export const toneFindingSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  phrase: z.string(),
  category: toneCategorySchema,
  suggestion: z.string(),
  why: z.string().max(500).optional(),
});

/** @public */
export type ToneFinding = z.infer<typeof toneFindingSchema>;

/** The longest text `POST /tone/check` accepts, in characters. @public */
export const TONE_TEXT_MAX_LENGTH = 20000;

/** The body of `POST /tone/check`. @public */
export const toneCheckRequestSchema = z.object({
  /** Not trimmed: the findings' offsets refer to the text as sent. */
  text: safeText({ max: TONE_TEXT_MAX_LENGTH, trim: false }),
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
  assumption: {
    label: 'Assumption',
    why: 'States a guess about motives or thoughts as fact; only what was seen and heard can be described.',
  },
  command: {
    label: 'Command',
    why: 'Orders or shames instead of inviting; people own the changes they choose.',
  },
};
