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
> &
  Partial<Pick<ReviewContent, 'ratings'>>;

/** A text of a review and the field it is in, such as `strengths.0`. @public */
export type ReviewTextField = [field: string, text: string];

/** The optional texts of an object, as fields under `prefix`. */
const optionalTexts = <T extends object>(
  prefix: string,
  item: T,
  keys: ReadonlyArray<keyof T & string>,
): ReviewTextField[] =>
  keys.flatMap(key => {
    const text = item[key];
    return typeof text === 'string'
      ? [[`${prefix}.${key}`, text] as ReviewTextField]
      : [];
  });

/**
 * Every text field of a review that people will read, with its path such as
 * `suggestions.1.advice`: strengths, observations, each rating's reason for
 * Not applicable and evidence notes, the suggestions with their why,
 * evidence and expected improvement, and the actions.
 *
 * @public
 */
export function reviewTexts(review: ReviewTextFields): ReviewTextField[] {
  return [
    ...review.strengths.map((t, i) => [`strengths.${i}`, t] as ReviewTextField),
    ...review.observations.map(
      (t, i) => [`observations.${i}`, t] as ReviewTextField,
    ),
    ...(review.ratings ?? []).flatMap((r, i) => [
      ...optionalTexts(`ratings.${i}`, r, ['naReason']),
      ...(r.evidence ?? []).map(
        (e, j) =>
          [`ratings.${i}.evidence.${j}.note`, e.note] as ReviewTextField,
      ),
    ]),
    ...review.suggestions.flatMap((s, i) => [
      [`suggestions.${i}.technique`, s.technique] as ReviewTextField,
      [`suggestions.${i}.advice`, s.advice] as ReviewTextField,
      ...optionalTexts(`suggestions.${i}`, s, [
        'why',
        'evidence',
        'expectedImprovement',
      ]),
    ]),
    ...review.actions.flatMap((a, i) => [
      [`actions.${i}.description`, a.description] as ReviewTextField,
      [`actions.${i}.measure`, a.measure] as ReviewTextField,
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
