import { useApi } from '@backstage/frontend-plugin-api';
import {
  Action,
  ActionFields,
  actionFieldsSchema,
  Programme,
} from '@csip-coach/plugin-csip-common';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormEvent, useEffect, useState } from 'react';
import { csipApiRef } from '../../../api';
import { errorMessage } from '../../../util/errorMessage';
import {
  FieldErrors,
  fieldErrors,
  formParseParams,
} from '../../../util/formIssues';
import { FormErrorSummary } from '../../shared';

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

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/** The name part of an entity ref: `user:default/dana.sponsor` → `dana.sponsor`. */
const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

const sentence = (message: string) =>
  `${message.charAt(0).toLocaleUpperCase('en-GB')}${message.slice(1)}${
    message.endsWith('.') ? '' : '.'
  }`;

/** Each member once, whatever their roles, plus the current owner if gone. */
function ownerOptions(programme: Programme, current?: string): string[] {
  const refs: string[] = [];
  for (const ref of [
    ...programme.members.map(m => m.userRef),
    ...(current ? [current] : []),
  ]) {
    if (!refs.some(r => same(r, ref))) refs.push(ref);
  }
  return refs;
}

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
  const [draft, setDraft] = useState<Draft>(() => draftFrom(action));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<Draft>) => setDraft(d => ({ ...d, ...change }));

  useEffect(() => {
    if (open) {
      setDraft(draftFrom(action));
      setErrors({});
      setServerError(undefined);
      setSaving(false);
    }
  }, [open, action]);

  const save = async (call: () => Promise<Action>) => {
    setSaving(true);
    try {
      onSaved(await call());
    } catch (error) {
      setServerError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const parsed = actionFieldsSchema.safeParse(draft, formParseParams);
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      if (!draft.owner) found.owner = 'Choose who owns this action';
      if (!draft.dueDate) found.dueDate = 'Choose the date it is due by';
      setErrors(found);
      return;
    }
    setErrors({});
    const fields = parsed.data;
    if (action) {
      const changed = Object.fromEntries(
        FIELDS.filter(f => fields[f] !== action[f]).map(f => [f, fields[f]]),
      ) as Partial<ActionFields>;
      if (Object.keys(changed).length === 0) {
        onClose();
        return;
      }
      await save(() =>
        csipApi.updateAction(action.id, {
          version: action.version,
          ...changed,
        }),
      );
    } else {
      await save(() => csipApi.createAction(programme.id, fields));
    }
  };

  const message = (field: keyof Draft) =>
    errors[field] ? sentence(errors[field]) : undefined;
  const title = action ? 'Edit action' : 'Add action';

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="csip-action-dialog-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="csip-action-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={3} sx={{ pt: 1 }}>
            <Typography variant="body2">
              A SMART action: what will be done, who owns it, how we will know
              it is done, and by when.
            </Typography>
            <FormErrorSummary
              errorCount={Object.keys(errors).length}
              serverError={serverError}
              failure={
                action ? 'The action was not saved' : 'The action was not added'
              }
            />
            <TextField
              label="Action"
              required
              value={draft.description}
              onChange={e => set({ description: e.target.value })}
              multiline
              minRows={2}
              error={Boolean(message('description'))}
              helperText={message('description') ?? 'What will be done?'}
            />
            <TextField
              select
              SelectProps={{ native: true }}
              InputLabelProps={{ shrink: true }}
              label="Owner"
              required
              value={draft.owner}
              onChange={e => set({ owner: e.target.value })}
              error={Boolean(message('owner'))}
              helperText={
                message('owner') ?? 'The programme member who sees it through.'
              }
            >
              <option value="">Choose…</option>
              {ownerOptions(programme, action?.owner).map(ref => (
                <option key={ref} value={ref}>
                  {refName(ref)}
                </option>
              ))}
            </TextField>
            <TextField
              label="Measure of done"
              required
              value={draft.measure}
              onChange={e => set({ measure: e.target.value })}
              multiline
              minRows={2}
              error={Boolean(message('measure'))}
              helperText={message('measure') ?? 'How will we know it is done?'}
            />
            <TextField
              label="Due date"
              type="date"
              required
              InputLabelProps={{ shrink: true }}
              value={draft.dueDate}
              onChange={e => set({ dueDate: e.target.value })}
              error={Boolean(message('dueDate'))}
              helperText={message('dueDate') ?? 'By when?'}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {action ? 'Save' : 'Add'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
