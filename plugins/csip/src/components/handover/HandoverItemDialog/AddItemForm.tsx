import { useApi } from '@backstage/frontend-plugin-api';
import {
  HANDOVER_CATEGORY_NAMES,
  handoverCategorySchema,
  handoverItemCreateSchema,
  type HandoverItem,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormEvent, useState } from 'react';
import { csipApiRef } from '../../../api';
import { errorMessage } from '../../../util/errorMessage';
import {
  FieldErrors,
  fieldErrors,
  formParseParams,
} from '../../../util/formIssues';
import { FormErrorSummary } from '../../shared';
import { ownerOptions, refName, sentence } from './itemFormHelpers';

/** @internal */
export type AddItemFormProps = {
  titleId: string;
  programme: Programme;
  processes: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
  onSaved: (item: HandoverItem) => void;
};

type Draft = {
  title: string;
  description: string;
  category: string;
  process: string;
  weight: string;
  critical: boolean;
  owner: string;
};

const EMPTY: Draft = {
  title: '',
  description: '',
  category: '',
  process: '',
  weight: '1',
  critical: false,
  owner: '',
};

/**
 * A custom handover item: what has to be true, why, its category and
 * process, how much it counts, whether the coach may leave without it, and
 * who owns it. Checked with the common `handoverItemCreateSchema`.
 *
 * @internal
 */
export const AddItemForm = ({
  titleId,
  programme,
  processes,
  onClose,
  onSaved,
}: AddItemFormProps) => {
  const csipApi = useApi(csipApiRef);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<Draft>) => setDraft(d => ({ ...d, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const parsed = handoverItemCreateSchema.safeParse(
      {
        title: draft.title,
        description: draft.description,
        category: draft.category || undefined,
        process: draft.process || undefined,
        weight: draft.weight.trim() === '' ? undefined : Number(draft.weight),
        critical: draft.critical,
        owner: draft.owner || undefined,
      },
      formParseParams,
    );
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      if (found.category) found.category = 'Choose a category';
      if (found.weight) found.weight = 'Use a whole number from 1 to 10';
      setErrors(found);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      onSaved(await csipApi.addHandoverItem(programme.id, parsed.data));
    } catch (error) {
      setServerError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const message = (field: keyof Draft) =>
    errors[field] ? sentence(errors[field]) : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id={titleId}>Add handover item</DialogTitle>
      <DialogContent>
        <Stack spacing={3} sx={{ pt: 1 }}>
          <Typography variant="body2">
            Something that has to be true for the team to carry on successfully
            once the coach has left.
          </Typography>
          <FormErrorSummary
            errorCount={Object.keys(errors).length}
            serverError={serverError}
            failure="The item was not added"
          />
          <TextField
            label="Title"
            required
            value={draft.title}
            onChange={e => set({ title: e.target.value })}
            error={Boolean(message('title'))}
            helperText={message('title') ?? 'What has to be true?'}
          />
          <TextField
            label="Description"
            value={draft.description}
            onChange={e => set({ description: e.target.value })}
            multiline
            minRows={2}
            error={Boolean(message('description'))}
            helperText={message('description') ?? 'How will we know it is?'}
          />
          <TextField
            select
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            label="Category"
            required
            value={draft.category}
            onChange={e => set({ category: e.target.value })}
            error={Boolean(message('category'))}
            helperText={message('category')}
          >
            <option value="">Choose…</option>
            {handoverCategorySchema.options.map(c => (
              <option key={c} value={c}>
                {HANDOVER_CATEGORY_NAMES[c]}
              </option>
            ))}
          </TextField>
          <TextField
            select
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            label="Process"
            value={draft.process}
            onChange={e => set({ process: e.target.value })}
            error={Boolean(message('process'))}
            helperText={
              message('process') ??
              'The process it is about, or the whole programme.'
            }
          >
            <option value="">Whole programme</option>
            {processes.map(p => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </TextField>
          <TextField
            label="Weight"
            type="number"
            required
            inputProps={{ min: 1, max: 10, step: 1 }}
            value={draft.weight}
            onChange={e => set({ weight: e.target.value })}
            error={Boolean(message('weight'))}
            helperText={
              message('weight') ??
              'How much it counts towards the knowledge-transfer score, from 1 to 10.'
            }
          />
          <div>
            <FormControlLabel
              control={
                <Checkbox
                  checked={draft.critical}
                  onChange={e => set({ critical: e.target.checked })}
                  inputProps={{
                    'aria-describedby': 'csip-handover-critical-help',
                  }}
                />
              }
              label="Critical"
            />
            <FormHelperText id="csip-handover-critical-help" sx={{ mt: -0.5 }}>
              The coach cannot leave until they have verified a critical item.
            </FormHelperText>
          </div>
          <TextField
            select
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            label="Owner"
            value={draft.owner}
            onChange={e => set({ owner: e.target.value })}
            error={Boolean(message('owner'))}
            helperText={
              message('owner') ?? 'The programme member who sees it through.'
            }
          >
            <option value="">No owner yet</option>
            {ownerOptions(programme).map(ref => (
              <option key={ref} value={ref}>
                {refName(ref)}
              </option>
            ))}
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" disabled={saving}>
          Add
        </Button>
      </DialogActions>
    </form>
  );
};
