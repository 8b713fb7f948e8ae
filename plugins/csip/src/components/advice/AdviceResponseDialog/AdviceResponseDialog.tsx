import { useApi } from '@backstage/frontend-plugin-api';
import {
  ADVICE_RESPONSE_LABELS,
  adviceResponseCreateSchema,
  adviceResponseValueSchema,
  type AdviceEntry,
  type AdviceResponse,
  type AdviceResponseValue,
} from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { csipApiRef } from '../../../api';
import { formatDate } from '../../../util/formatDate';
import { FormRadioField } from '../../coaching/FormRadioField';
import {
  FormDialog,
  FormTextField,
  isStale,
  sentence,
  useFormDialog,
} from '../../shared';
import type { AdviceDialogMode } from '../AdviceItem';
import { ADVICE_RESPONSE_RECORDED } from '../adviceWords';

/** @internal */
export type AdviceResponseDialogProps = {
  /** The suggestion, with the responses the team has recorded so far. */
  entry: AdviceEntry;
  /**
   * `respond`: adopt, defer or decline, with a reason; `outcome`: what
   * happened after the latest response, recorded as a new response.
   */
  mode: AdviceDialogMode;
  onClose: () => void;
  onResponded: (response: AdviceResponse) => void;
  /** Someone responded meanwhile (409): load the advice again. */
  onStale: () => void;
};

type Draft = {
  response: AdviceResponseValue | '';
  reason: string;
  outcome: string;
};

const OPTIONS = adviceResponseValueSchema.options.map(value => ({
  value,
  label: ADVICE_RESPONSE_LABELS[value],
}));

/**
 * The team's response to one growth suggestion: adopt, defer or decline,
 * and why; or, later, what happened, as a new response that keeps the
 * earlier ones. It sends how many responses the team had seen, so a
 * response recorded meanwhile is refused (409) with a clear message and
 * the advice is loaded again.
 *
 * @internal
 */
export const AdviceResponseDialog = ({
  entry,
  mode,
  onClose,
  onResponded,
  onStale,
}: AdviceResponseDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const outcomeMode = mode === 'outcome';
  const { latest } = entry;
  const dialog = useFormDialog({
    schema: adviceResponseCreateSchema,
    defaultValues: {
      response: latest?.response ?? '',
      reason: outcomeMode ? latest?.reason ?? '' : '',
      outcome: '',
    } as Draft,
    toBody: ({ response, reason, outcome }: Draft) => ({
      response,
      reason: reason.trim() || undefined,
      outcome: outcome.trim() || undefined,
      seen: entry.responses,
    }),
    check: ({ response, outcome }, found) => {
      if (!response) found.response = 'Choose Adopt, Defer or Decline';
      else if (found.response) found.response = sentence(found.response);
      if (outcomeMode && !outcome.trim()) {
        found.outcome = 'Say what happened';
      }
    },
    onSubmit: async body => {
      onResponded(
        await csipApi.respondToSuggestion(entry.reviewId, entry.index, body),
      );
    },
    describeError: (error, message) =>
      isStale(error)
        ? `${sentence(
            message,
          )} Someone recorded a response to this suggestion meanwhile; the latest one is shown above now. Check it, then send yours again if it still applies.`
        : message,
    onStale,
  });
  const { control, message } = dialog;

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      titleId="csip-advice-response-title"
      title={
        outcomeMode
          ? `Record what happened with “${entry.technique}”`
          : `Respond to “${entry.technique}”`
      }
      failure="The response was not recorded"
      intro={
        <>
          <Typography variant="body2">
            <strong>{entry.technique}:</strong> {entry.advice}
          </Typography>
          {latest && (
            <Typography variant="body2">
              The team’s latest response:{' '}
              {ADVICE_RESPONSE_RECORDED[latest.response]} on{' '}
              {formatDate(latest.respondedAt)}
              {latest.reason ? ` (${latest.reason})` : ''}.
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            The team decides what fits its work. Every response is kept in the
            advice log, earlier ones included.
          </Typography>
        </>
      }
      submitLabel={outcomeMode ? 'Record' : 'Respond'}
    >
      <FormRadioField
        control={control}
        name="response"
        legend="The team’s response"
        options={OPTIONS}
        row
        required
        error={message('response')}
        helperText={
          outcomeMode
            ? 'Keep the response, or change it if what happened changed your mind.'
            : undefined
        }
      />
      <FormTextField
        control={control}
        name="reason"
        label="Why"
        multiline
        minRows={2}
        error={message('reason')}
        helperText="Optional: what the team weighed, so whoever reads the log later knows."
      />
      {outcomeMode && (
        <FormTextField
          control={control}
          name="outcome"
          label="What happened"
          required
          multiline
          minRows={3}
          error={message('outcome')}
          helperText="What the team tried and what came of it."
        />
      )}
    </FormDialog>
  );
};
