import { useApi } from '@backstage/frontend-plugin-api';
import {
  CLOSURE_VERDICT_LABELS,
  closureVerdictSchema,
  programmeCloseSchema,
  type ClosureVerdict,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { csipApiRef } from '../../../api';
import { FormRadioField } from '../../coaching/FormRadioField';
import {
  FormDialog,
  FormTextField,
  isStale,
  useFormDialog,
} from '../../shared';

/** @internal */
export type CloseProgrammeDialogProps = {
  programme: Pick<Programme, 'id' | 'title'>;
  onClose: () => void;
  /** Called with the programme as the backend closed it. */
  onClosed: (programme: Programme) => void;
};

type Draft = { verdict: ClosureVerdict | ''; outcome: string; lessons: string };

const VERDICT_OPTIONS = closureVerdictSchema.options.map(value => ({
  value,
  label: CLOSURE_VERDICT_LABELS[value],
}));

/** What a 409 means here: someone closed it meanwhile. */
export const ALREADY_CLOSED =
  'This programme is already closed, perhaps by someone else just now. A programme is closed once: close this dialog and reload the page to see its verdict.';

/**
 * Closes a programme, once, as the signed-in sponsor or lead: the verdict
 * (successful, partly successful or withdrawn), the outcome it achieved
 * and the lessons the organisation keeps.
 *
 * @internal
 */
export const CloseProgrammeDialog = ({
  programme,
  onClose,
  onClosed,
}: CloseProgrammeDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const dialog = useFormDialog({
    schema: programmeCloseSchema,
    defaultValues: { verdict: '', outcome: '', lessons: '' } as Draft,
    toBody: ({ verdict, ...rest }) => ({
      verdict: verdict || undefined,
      ...rest,
    }),
    check: (_draft, found) => {
      if (found.verdict) found.verdict = 'Choose how the programme ended';
    },
    onSubmit: async body =>
      onClosed(await csipApi.closeProgramme(programme.id, body)),
    describeError: (error, message) =>
      isStale(error) ? ALREADY_CLOSED : message,
  });
  const { control, message } = dialog;

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      titleId="csip-close-programme-title"
      title="Close the programme"
      failure="The programme was not closed"
      intro={
        <Typography variant="body2">
          Closing records how “{programme.title}” ended, once. Its history, KPIs
          and reports stay; KPI readings can still be recorded, as outcomes
          often show later.
        </Typography>
      }
      submitLabel="Close programme"
    >
      <FormRadioField
        control={control}
        name="verdict"
        legend="Verdict"
        required
        options={VERDICT_OPTIONS}
        error={message('verdict')}
      />
      <FormTextField
        control={control}
        name="outcome"
        label="Outcome"
        required
        multiline
        minRows={3}
        error={message('outcome')}
        helperText="What the programme achieved for the business, against its objectives."
      />
      <FormTextField
        control={control}
        name="lessons"
        label="Lessons"
        required
        multiline
        minRows={3}
        error={message('lessons')}
        helperText="What the organisation keeps for the next programme, so that lessons learned are not lessons lost."
      />
    </FormDialog>
  );
};
