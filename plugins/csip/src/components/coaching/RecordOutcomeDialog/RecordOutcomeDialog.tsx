import { useApi } from '@backstage/frontend-plugin-api';
import {
  FOLLOW_UP_OUTCOME_LABELS,
  followUpOutcomeSchema,
  followUpOutcomeValueSchema,
  type FollowUp,
  type FollowUpOutcomeValue,
} from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { csipApiRef } from '../../../api';
import { formatDate } from '../../../util/formatDate';
import {
  FormDialog,
  FormTextField,
  isStale,
  RefLink,
  useFormDialog,
} from '../../shared';
import { FormRadioField } from '../FormRadioField';

/** @internal */
export type RecordOutcomeDialogProps = {
  /** The commitment whose outcome is recorded. */
  followUp: Pick<FollowUp, 'id' | 'text' | 'owner' | 'followUpOn'>;
  onClose: () => void;
  /** Called with the follow-up as the backend saved it. */
  onRecorded: (followUp: FollowUp) => void;
  /** Called when it had an outcome already (409), to load the latest. */
  onStale?: () => void;
};

type Draft = { outcome: FollowUpOutcomeValue | ''; note: string };

const OUTCOME_OPTIONS = followUpOutcomeValueSchema.options.map(value => ({
  value,
  label: FOLLOW_UP_OUTCOME_LABELS[value],
}));

/** What a 409 means here: the outcome was recorded already. */
export const ALREADY_RECORDED =
  'This commitment already has an outcome, perhaps recorded by someone else just now. An outcome is recorded once: close this dialog to see it, and record a new commitment if more is needed.';

/**
 * Records how a commitment went — kept, partly kept or not yet — with a
 * note, as the signed-in user. An outcome is recorded once; when someone
 * recorded one meanwhile (409) the dialog says so in words.
 *
 * @internal
 */
export const RecordOutcomeDialog = ({
  followUp,
  onClose,
  onRecorded,
  onStale,
}: RecordOutcomeDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const dialog = useFormDialog({
    schema: followUpOutcomeSchema,
    defaultValues: { outcome: '', note: '' } as Draft,
    toBody: ({ outcome, note }) => ({
      outcome: outcome || undefined,
      note: note.trim() ? note : undefined,
    }),
    check: (_draft, found) => {
      if (found.outcome) found.outcome = 'Choose how the commitment went';
    },
    onSubmit: async body =>
      onRecorded(await csipApi.recordFollowUpOutcome(followUp.id, body)),
    describeError: (error, message) =>
      isStale(error) ? ALREADY_RECORDED : message,
    onStale,
  });
  const { control, message } = dialog;

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      titleId="csip-record-outcome-title"
      title="Record the outcome"
      failure="The outcome was not recorded"
      countErrors={false}
      spacing={2}
      intro={
        <>
          <Typography variant="body1" fontWeight="bold">
            {followUp.text}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Owner <RefLink entityRef={followUp.owner} /> · follow up on{' '}
            {formatDate(followUp.followUpOn)}
          </Typography>
        </>
      }
      submitLabel="Record"
    >
      <FormRadioField
        control={control}
        name="outcome"
        legend="How did it go?"
        required
        options={OUTCOME_OPTIONS}
        error={message('outcome')}
      />
      <FormTextField
        control={control}
        name="note"
        label="Note"
        multiline
        minRows={2}
        error={message('note')}
        helperText="Optional. What happened, in the team’s words."
      />
    </FormDialog>
  );
};
