import {
  FEEDBACK_SEVERITY_LABELS,
  type FeedbackBarrierInfo,
  type FeedbackResponseCreate,
} from '@csip-coach/plugin-csip-common';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type Control, Controller } from 'react-hook-form';
import { FormTextField } from '../../shared';
import type { FeedbackDraft } from './feedbackDraft';

/** @internal */
export type BarrierRatingFieldProps = {
  control: Control<FeedbackDraft, unknown, FeedbackResponseCreate>;
  /** The barrier's position in the form's ratings. */
  index: number;
  barrier: FeedbackBarrierInfo;
  /** The comment's problem, if any. */
  error?: string;
};

/**
 * One barrier in the feedback form: its severity from "Not a barrier" to
 * "Severe" as a radio group named by the barrier's label and described by
 * what the barrier means, and an optional comment.
 *
 * @internal
 */
export const BarrierRatingField = ({
  control,
  index,
  barrier,
  error,
}: BarrierRatingFieldProps) => {
  const legendId = `csip-barrier-${barrier.id}-legend`;
  const descriptionId = `csip-barrier-${barrier.id}-description`;
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" id={legendId}>
        {barrier.label}
      </FormLabel>
      <Typography id={descriptionId} variant="body2" color="text.secondary">
        {barrier.description}
      </Typography>
      <Stack spacing={1}>
        <Controller
          control={control}
          name={`ratings.${index}.severity`}
          render={({ field }) => (
            <RadioGroup
              row
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              aria-labelledby={legendId}
              aria-describedby={descriptionId}
            >
              {FEEDBACK_SEVERITY_LABELS.map((label, severity) => (
                <FormControlLabel
                  key={label}
                  value={String(severity)}
                  control={<Radio />}
                  label={label}
                />
              ))}
            </RadioGroup>
          )}
        />
        <FormTextField
          control={control}
          name={`ratings.${index}.comment`}
          label="Comment"
          size="small"
          multiline
          error={error}
          inputProps={{ 'aria-label': `Comment on ${barrier.label}` }}
        />
      </Stack>
    </FormControl>
  );
};
