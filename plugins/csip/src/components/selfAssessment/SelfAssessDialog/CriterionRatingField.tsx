import {
  SELF_RATING_LABELS,
  selfRatingSchema,
  type Criterion,
  type SelfAssessmentCreate,
} from '@csip-coach/plugin-csip-common';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { type Control, Controller } from 'react-hook-form';
import type { SelfAssessmentDraft } from './selfAssessmentDraft';

/** @internal */
export type CriterionRatingFieldProps = {
  control: Control<SelfAssessmentDraft, unknown, SelfAssessmentCreate>;
  /** The criterion's place in the draft's `ratings`. */
  index: number;
  criterion: Pick<Criterion, 'id' | 'text'>;
};

/**
 * One criterion to rate: its text and id, then Not yet, Partly, Largely,
 * Fully or Not applicable as a radio group named by the criterion's text
 * and id ("<text> (<id>)"); arrow keys move between the choices.
 *
 * @internal
 */
export const CriterionRatingField = ({
  control,
  index,
  criterion,
}: CriterionRatingFieldProps) => {
  const labelId = `${useId()}-label`;
  return (
    <Stack spacing={0.5}>
      <Typography id={labelId} variant="body2">
        {criterion.text}{' '}
        <Typography component="span" variant="caption" color="text.secondary">
          ({criterion.id})
        </Typography>
      </Typography>
      <Controller
        control={control}
        name={`ratings.${index}.rating`}
        render={({ field }) => (
          <RadioGroup
            row
            aria-labelledby={labelId}
            name={field.name}
            // Controlled from the first render, before the ratings are set.
            value={field.value ?? ''}
            onChange={field.onChange}
          >
            {selfRatingSchema.options.map(rating => (
              <FormControlLabel
                key={rating}
                value={rating}
                control={<Radio size="small" />}
                label={SELF_RATING_LABELS[rating]}
              />
            ))}
          </RadioGroup>
        )}
      />
    </Stack>
  );
};
