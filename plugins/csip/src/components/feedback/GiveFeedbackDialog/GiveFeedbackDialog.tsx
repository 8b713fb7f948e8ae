import { useApi } from '@backstage/frontend-plugin-api';
import {
  FEEDBACK_BARRIERS,
  FEEDBACK_MIN_GROUP,
  feedbackResponseCreateSchema,
  type FeedbackResponse,
  type FeedbackRound,
} from '@csip-coach/plugin-csip-common';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { Controller } from 'react-hook-form';
import { csipApiRef } from '../../../api';
import { FormDialog, FormTextField, useFormDialog } from '../../shared';
import { BarrierRatingField } from './BarrierRatingField';
import {
  emptyFeedback,
  feedbackBody,
  wordFeedbackProblems,
} from './feedbackDraft';

/** @internal */
export type GiveFeedbackDialogProps = {
  round: FeedbackRound;
  onClose: () => void;
  /** Called with the response the backend recorded. */
  onAnswered: (response: FeedbackResponse) => void;
  /** Called when the round closed or was answered meanwhile (409). */
  onStale?: () => void;
};

/**
 * Answers a feedback round as the signed-in user, once: the organisation
 * they speak for, how much each of the twelve barriers gets in the way
 * (from "Not a barrier" to "Severe") with an optional comment, and whether
 * to answer anonymously (then the answer is stored without their name).
 *
 * @internal
 */
export const GiveFeedbackDialog = ({
  round,
  onClose,
  onAnswered,
  onStale,
}: GiveFeedbackDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const dialog = useFormDialog({
    schema: feedbackResponseCreateSchema,
    defaultValues: emptyFeedback(round.organisations),
    toBody: feedbackBody,
    check: wordFeedbackProblems,
    onStale,
    onSubmit: async body =>
      onAnswered(await csipApi.respondToFeedbackRound(round.id, body)),
  });
  const { control, message } = dialog;

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      maxWidth="md"
      titleId="csip-give-feedback-title"
      title={`Give feedback: ${round.title}`}
      failure="Your feedback was not sent"
      intro={
        <Typography variant="body2">
          How much does each barrier get in the way of working together? You
          answer once. Leaders see only a summary of groups of{' '}
          {FEEDBACK_MIN_GROUP} or more, never who said what.
        </Typography>
      }
      submitLabel="Send feedback"
    >
      <FormTextField
        control={control}
        name="organisation"
        nativeSelect
        label="Organisation"
        required
        error={message('organisation')}
        helperText="The organisation you speak for."
      >
        <option value="">Choose…</option>
        {round.organisations.map(o => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </FormTextField>
      {FEEDBACK_BARRIERS.map((barrier, index) => (
        <BarrierRatingField
          key={barrier.id}
          control={control}
          index={index}
          barrier={barrier}
          error={message(`ratings.${index}.comment`)}
        />
      ))}
      <Controller
        control={control}
        name="anonymous"
        render={({ field }) => (
          <FormControlLabel
            control={
              <Checkbox
                checked={field.value}
                onChange={event => field.onChange(event.target.checked)}
              />
            }
            label="Answer anonymously"
          />
        )}
      />
    </FormDialog>
  );
};
