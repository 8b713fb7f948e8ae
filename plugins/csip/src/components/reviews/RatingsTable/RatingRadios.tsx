import {
  coachRatingSchema,
  RATING_LABELS,
  ratingSchema,
  type CoachRating,
} from '@csip-coach/plugin-csip-common';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';

/** @internal */
export type RatingRadiosProps<R extends CoachRating> = {
  /** The group's accessible name, such as the criterion's text. */
  label: string;
  /** Unique among the page's radio groups. */
  name: string;
  value?: R;
  onChange: (rating: R) => void;
  /** Offers N/A (not applicable) after Fully: the coach's rating only. */
  notApplicable?: boolean;
};

/** The words of each choice; N/A is short to keep the row on one line. */
const CHOICE_LABELS: Record<CoachRating, string> = {
  ...RATING_LABELS,
  NA: 'N/A',
};

/**
 * One rating, Not yet / Partly / Largely / Fully (and, for the coach, N/A)
 * as a row of radio buttons: arrow keys move between them.
 *
 * @internal
 */
export const RatingRadios = <R extends CoachRating>({
  label,
  name,
  value,
  onChange,
  notApplicable,
}: RatingRadiosProps<R>) => {
  const choices: readonly CoachRating[] = notApplicable
    ? coachRatingSchema.options
    : ratingSchema.options;
  return (
    <RadioGroup
      row
      aria-label={label}
      name={name}
      value={value ?? ''}
      onChange={e => onChange(e.target.value as R)}
      sx={{ flexWrap: 'nowrap' }}
    >
      {choices.map(rating => (
        <FormControlLabel
          key={rating}
          value={rating}
          control={<Radio size="small" />}
          label={CHOICE_LABELS[rating]}
          title={rating === 'NA' ? 'Not applicable' : undefined}
          sx={{ mr: 1, whiteSpace: 'nowrap' }}
        />
      ))}
    </RadioGroup>
  );
};
