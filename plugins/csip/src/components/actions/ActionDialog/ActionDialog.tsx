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
  useFormDialog,
} from '../../shared';

const LONG_TEXT = { multiline: true, minRows: 2 };

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
  const { control, message, reset } = dialog;

  useEffect(() => {
    if (open) reset(draftFrom(action));
  }, [open, action, reset]);

  /** Every part of a SMART action is required and shows its own problem. */
  const requiredField = (
    name: 'description' | 'measure' | 'dueDate',
    label: string,
    helperText: string,
    kind: { multiline?: boolean; minRows?: number; type?: string },
  ) => (
    <FormTextField
      control={control}
      name={name}
      label={label}
      required
      {...kind}
      error={message(name)}
      helperText={helperText}
    />
  );

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
      {requiredField('description', 'Action', 'What will be done?', LONG_TEXT)}
      <OwnerField
        control={control}
        name="owner"
        programme={programme}
        current={action?.owner}
        emptyLabel="Choose…"
        required
        error={message('owner')}
      />
      {requiredField(
        'measure',
        'Measure of done',
        'How will we know it is done?',
        LONG_TEXT,
      )}
      {requiredField('dueDate', 'Due date', 'By when?', { type: 'date' })}
    </FormDialog>
  );
};
