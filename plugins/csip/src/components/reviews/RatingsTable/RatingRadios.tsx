import {
  RATING_LABELS,
  ratingSchema,
  type Rating,
} from '@csip-coach/plugin-csip-common';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';

/** @internal */
export type RatingRadiosProps = {
  /** The group's accessible name, such as the criterion's text. */
  label: string;
  /** Unique among the page's radio groups. */
  name: string;
  value?: Rating;
  onChange: (rating: Rating) => void;
};

/**
 * One rating, Not yet / Partly / Largely / Fully, as a row of radio
 * buttons: arrow keys move between them.
 *
 * @internal
 */
export const RatingRadios = ({
  label,
  name,
  value,
  onChange,
}: RatingRadiosProps) => (
  <RadioGroup
    row
    aria-label={label}
    name={name}
    value={value ?? ''}
    onChange={e => onChange(e.target.value as Rating)}
    sx={{ flexWrap: 'nowrap' }}
  >
    {ratingSchema.options.map(rating => (
      <FormControlLabel
        key={rating}
        value={rating}
        control={<Radio size="small" />}
        label={RATING_LABELS[rating]}
        sx={{ mr: 1, whiteSpace: 'nowrap' }}
      />
    ))}
  </RadioGroup>
);
