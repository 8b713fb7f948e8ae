import { checkTone } from '../tone/checkTone';
import type { FieldToneFinding, ReviewContent } from './reviewSchema';

type Texts = Pick<
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
  review: Texts,
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
 * The tone checker's findings over every text field of a review.
 *
 * @public
 */
export function reviewToneFindings(review: Texts): FieldToneFinding[] {
  return reviewTexts(review).flatMap(([field, text]) =>
    checkTone(text).map(finding => ({ field, ...finding })),
  );
}
