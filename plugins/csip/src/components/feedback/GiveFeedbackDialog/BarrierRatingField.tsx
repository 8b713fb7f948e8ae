import {
  FEEDBACK_SEVERITY_LABELS,
  type FeedbackBarrierInfo,
  type FeedbackResponseCreate,
} from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import { type Control } from 'react-hook-form';
import { FormRadioField } from '../../coaching/FormRadioField';
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

const SEVERITY_OPTIONS = FEEDBACK_SEVERITY_LABELS.map((label, severity) => ({
  value: String(severity),
  label,
}));

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
}: BarrierRatingFieldProps) => (
  <Stack spacing={1}>
    <FormRadioField
      control={control}
      name={`ratings.${index}.severity`}
      legend={barrier.label}
      description={barrier.description}
      options={SEVERITY_OPTIONS}
      row
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
);
