import { useApi } from '@backstage/frontend-plugin-api';
import {
  FEEDBACK_BARRIER_LABELS,
  feedbackActionCreateSchema,
  type Action,
  type FeedbackBarrier,
  type FeedbackRound,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { csipApiRef } from '../../../api';
import {
  FormDialog,
  FormTextField,
  OwnerField,
  useFormDialog,
} from '../../shared';

/** @internal */
export type MakeActionDialogProps = {
  /** The programme whose members may own the action. */
  programme: Programme;
  round: FeedbackRound;
  barrier: FeedbackBarrier;
  onClose: () => void;
  /** Called with the action the backend added to the register. */
  onMade: (action: Action) => void;
};

/**
 * Turns a barrier of a feedback round into an owned action in the
 * programme's register: what will be done about it, who owns it, how we
 * will know and by when. The action says which round and barrier it came
 * from.
 *
 * @internal
 */
export const MakeActionDialog = ({
  programme,
  round,
  barrier,
  onClose,
  onMade,
}: MakeActionDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const label = FEEDBACK_BARRIER_LABELS[barrier];
  const dialog = useFormDialog({
    schema: feedbackActionCreateSchema,
    defaultValues: {
      barrier,
      description: `Address “${label}”, raised in ${round.title}`,
      owner: '',
      measure: '',
      dueDate: '',
    },
    check: (draft, found) => {
      if (found.owner && !draft.owner) found.owner = 'Choose who owns it';
      if (found.dueDate && !draft.dueDate) found.dueDate = 'Choose a due date';
    },
    onSubmit: async body =>
      onMade(await csipApi.createFeedbackAction(round.id, body)),
  });
  const { control, message } = dialog;

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      titleId="csip-feedback-action-title"
      title={`Make an action on ${label}`}
      failure="The action was not added"
      intro={
        <Typography variant="body2">
          The barrier becomes an owned action in the register: what will be
          done, who owns it, how we will know it is done, and by when.
        </Typography>
      }
      submitLabel="Add action"
    >
      <FormTextField
        control={control}
        name="description"
        label="Action"
        required
        multiline
        minRows={2}
        error={message('description')}
      />
      <OwnerField
        control={control}
        name="owner"
        programme={programme}
        emptyLabel="Choose…"
        required
        error={message('owner')}
      />
      <FormTextField
        control={control}
        name="measure"
        label="Measure of done"
        required
        multiline
        minRows={2}
        error={message('measure')}
        helperText="How will we know the barrier is lower?"
      />
      <FormTextField
        control={control}
        name="dueDate"
        label="Due date"
        type="date"
        required
        error={message('dueDate')}
      />
    </FormDialog>
  );
};
