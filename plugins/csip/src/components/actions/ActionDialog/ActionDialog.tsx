import { useApi } from '@backstage/frontend-plugin-api';
import {
  Action,
  ActionFields,
  actionFieldsSchema,
  Programme,
} from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { csipApiRef } from '../../../api';
import {
  FormDialog,
  FormTextField,
  OwnerField,
  sentence,
  useFormDialog,
} from '../../shared';

/** @internal */
export type ActionDialogProps = {
  open: boolean;
  /** The programme whose members may own the action. */
  programme: Programme;
  /** The action to edit; none to add a new one. */
  action?: Action;
  onClose: () => void;
  /** Called with the action the backend saved. */
  onSaved: (action: Action) => void;
};

type Draft = Record<keyof ActionFields, string>;

const FIELDS = ['description', 'owner', 'measure', 'dueDate'] as const;

const draftFrom = (action?: Action): Draft => ({
  description: action?.description ?? '',
  owner: action?.owner ?? '',
  measure: action?.measure ?? '',
  dueDate: action?.dueDate ?? '',
});

/**
 * Adds an action to the programme's register or edits one: what, who owns
 * it (one of the programme's members), how we know it is done, and by
 * when. Checked with the common `actionFieldsSchema` before it is sent; an
 * edit sends only the changed fields with the version it was read at.
 *
 * @internal
 */
export const ActionDialog = ({
  open,
  programme,
  action,
  onClose,
  onSaved,
}: ActionDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const dialog = useFormDialog({
    schema: actionFieldsSchema,
    defaultValues: draftFrom(action),
    check: (draft, found) => {
      if (!Object.keys(found).length) return;
      if (!draft.owner) found.owner = 'Choose who owns this action';
      if (!draft.dueDate) found.dueDate = 'Choose the date it is due by';
    },
    onSubmit: async fields => {
      if (!action) {
        onSaved(await csipApi.createAction(programme.id, fields));
        return;
      }
      const changed = Object.fromEntries(
        FIELDS.filter(f => fields[f] !== action[f]).map(f => [f, fields[f]]),
      ) as Partial<ActionFields>;
      if (Object.keys(changed).length === 0) {
        onClose();
        return;
      }
      onSaved(
        await csipApi.updateAction(action.id, {
          version: action.version,
          ...changed,
        }),
      );
    },
  });
  const { control, errors, reset } = dialog;

  useEffect(() => {
    if (open) reset(draftFrom(action));
  }, [open, action, reset]);

  const message = (field: keyof Draft) =>
    errors[field] ? sentence(errors[field]) : undefined;

  return (
    <FormDialog
      form={dialog}
      open={open}
      onClose={onClose}
      titleId="csip-action-dialog-title"
      title={action ? 'Edit action' : 'Add action'}
      failure={action ? 'The action was not saved' : 'The action was not added'}
      intro={
        <Typography variant="body2">
          A SMART action: what will be done, who owns it, how we will know it is
          done, and by when.
        </Typography>
      }
      submitLabel={action ? 'Save' : 'Add'}
    >
      <FormTextField
        control={control}
        name="description"
        label="Action"
        required
        multiline
        minRows={2}
        error={message('description')}
        helperText="What will be done?"
      />
      <OwnerField
        control={control}
        name="owner"
        programme={programme}
        current={action?.owner}
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
        helperText="How will we know it is done?"
      />
      <FormTextField
        control={control}
        name="dueDate"
        label="Due date"
        type="date"
        required
        InputLabelProps={{ shrink: true }}
        error={message('dueDate')}
        helperText="By when?"
      />
    </FormDialog>
  );
};
