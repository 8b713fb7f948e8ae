import { checkTone, type ToneOptions } from '../tone/checkTone';
import type { FieldToneFinding, ReviewContent } from './reviewSchema';

/**
 * The text fields of a review that people read and the tone check covers.
 *
 * @public
 */
export type ReviewTextFields = Pick<
  ReviewContent,
  'strengths' | 'observations' | 'suggestions' | 'actions'
>;

/**
 * Every text field of a review that people will read, with its path such as
 * `suggestions.1.advice`.
 *
 * @public
 */
export function reviewTexts(
  review: ReviewTextFields,
): Array<[field: string, text: string]> {
  return [
    ...review.strengths.map(
      (t, i) => [`strengths.${i}`, t] as [string, string],
    ),
    ...review.observations.map(
      (t, i) => [`observations.${i}`, t] as [string, string],
    ),
    ...review.suggestions.flatMap((s, i) => [
      [`suggestions.${i}.technique`, s.technique] as [string, string],
      [`suggestions.${i}.advice`, s.advice] as [string, string],
    ]),
    ...review.actions.flatMap((a, i) => [
      [`actions.${i}.description`, a.description] as [string, string],
      [`actions.${i}.measure`, a.measure] as [string, string],
    ]),
  ];
}

/**
 * The most tone findings kept per text field of a review: enough to show
 * the coach what to rephrase, never so many that one long text fills the
 * database (a published review stores its findings).
 *
 * @public
 */
export const TONE_FINDINGS_PER_FIELD_MAX = 50;

/**
 * The tone checker's findings over every text field of a review, at most
 * {@link TONE_FINDINGS_PER_FIELD_MAX} per field (the first ones in the text).
 * `options` carries the portal's `csip.tone` additions (extra phrases and
 * allow-listed terms); its `limit` is ignored in favour of the per-field cap.
 *
 * @public
 */
export function reviewToneFindings(
  review: ReviewTextFields,
  options: Omit<ToneOptions, 'limit'> = {},
): FieldToneFinding[] {
  return reviewTexts(review).flatMap(([field, text]) =>
    checkTone(text, {
      extraPhrases: options.extraPhrases,
      allow: options.allow,
      limit: TONE_FINDINGS_PER_FIELD_MAX,
    }).map(finding => ({
      field,
      ...finding,
    })),
  );
}
