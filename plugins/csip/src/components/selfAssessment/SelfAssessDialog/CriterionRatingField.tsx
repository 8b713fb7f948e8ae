import {
  SELF_RATING_LABELS,
  selfRatingSchema,
  type Criterion,
  type SelfAssessmentCreate,
} from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { type Control } from 'react-hook-form';
import { FormRadioField } from '../../coaching/FormRadioField';
import type { SelfAssessmentDraft } from './selfAssessmentDraft';

/** @internal */
export type CriterionRatingFieldProps = {
  control: Control<SelfAssessmentDraft, unknown, SelfAssessmentCreate>;
  /** The criterion's place in the draft's `ratings`. */
  index: number;
  criterion: Pick<Criterion, 'id' | 'text'>;
};

const RATING_OPTIONS = selfRatingSchema.options.map(rating => ({
  value: rating,
  label: SELF_RATING_LABELS[rating],
}));

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
}: CriterionRatingFieldProps) => (
  <FormRadioField
    control={control}
    name={`ratings.${index}.rating`}
    legend={
      <>
        {criterion.text}{' '}
        <Typography component="span" variant="caption" color="text.secondary">
          ({criterion.id})
        </Typography>
      </>
    }
    options={RATING_OPTIONS}
    size="small"
    row
  />
);
