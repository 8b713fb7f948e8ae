import type { ActionFields } from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { FieldErrors } from '../../../util/formIssues';
import { ToneTextField } from '../ToneTextField';

/** A person who can own an action: their user ref and how they are shown. */
export type OwnerOption = { ref: string; label: string };

/** @internal */
export type ReviewActionsFieldProps = {
  /** Agreed actions; an empty `owner` means none is chosen yet. */
  value: ActionFields[];
  onChange: (value: ActionFields[]) => void;
  /** Errors of the whole form, keyed like `actions.0.owner`. */
  errors: FieldErrors;
  /** The programme's members, who can own an action. */
  owners: OwnerOption[];
};

const EMPTY_ACTION: ActionFields = {
  description: '',
  owner: '',
  measure: '',
  dueDate: '',
};

/**
 * Agreed actions, each SMART: what will be done, who owns it (a member of
 * the programme), how everyone will know it is done, and by when. On
 * publish they land in the programme's action register.
 *
 * @internal
 */
export const ReviewActionsField = ({
  value,
  onChange,
  errors,
  owners,
}: ReviewActionsFieldProps) => {
  const id = useId();
  const [added, setAdded] = useState<number>();
  const update = (index: number, change: Partial<ActionFields>) =>
    onChange(value.map((a, i) => (i === index ? { ...a, ...change } : a)));
  const memberRef = (owner: string) =>
    owners.find(o => o.ref.toLocaleLowerCase() === owner.toLocaleLowerCase())
      ?.ref;
  const optionsFor = (owner: string): OwnerOption[] =>
    !owner || memberRef(owner)
      ? owners
      : [...owners, { ref: owner, label: `${owner} (not a member)` }];

  return (
    <Box component="section" aria-labelledby={`${id}-title`}>
      <Typography id={`${id}-title`} variant="h6" component="h4">
        Agreed actions
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        What the team agreed to do, who owns it, how you will all know it is
        done, and by when. Published actions go to the action register.
      </Typography>
      {value.length === 0 && (
        <Typography variant="body2" sx={{ my: 1 }}>
          No agreed actions yet: add the next steps the team agreed to take.
        </Typography>
      )}
      <Stack spacing={3} sx={{ mt: 1 }}>
        {value.map((action, index) => {
          const error = (field: keyof ActionFields) =>
            errors[`actions.${index}.${field}`];
          return (
            <Box
              key={index}
              role="group"
              aria-label={`Agreed action ${index + 1}`}
              sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
            >
              <Stack spacing={1} sx={{ flex: 1 }}>
                <ToneTextField
                  label="What will be done"
                  value={action.description}
                  // Focus moves to the entry the coach has just added.
                  // eslint-disable-next-line jsx-a11y/no-autofocus
                  autoFocus={added === index}
                  onChange={description => update(index, { description })}
                  error={error('description')}
                />
                <ToneTextField
                  label="Measure of done"
                  value={action.measure}
                  onChange={measure => update(index, { measure })}
                  error={error('measure')}
                  helperText="How everyone will know it is done."
                />
                <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
                  <TextField
                    select
                    label="Owner"
                    value={memberRef(action.owner) ?? action.owner}
                    onChange={e => update(index, { owner: e.target.value })}
                    SelectProps={{ native: true }}
                    InputLabelProps={{ shrink: true }}
                    error={Boolean(error('owner'))}
                    helperText={error('owner') ?? 'A member of the programme.'}
                    sx={{ minWidth: 240 }}
                  >
                    <option value="">Choose an owner</option>
                    {optionsFor(action.owner).map(owner => (
                      <option key={owner.ref} value={owner.ref}>
                        {owner.label}
                      </option>
                    ))}
                  </TextField>
                  <TextField
                    label="Due date"
                    type="date"
                    InputLabelProps={{ shrink: true }}
                    value={action.dueDate}
                    onChange={e => update(index, { dueDate: e.target.value })}
                    error={Boolean(error('dueDate'))}
                    helperText={error('dueDate')}
                  />
                </Stack>
              </Stack>
              <IconButton
                aria-label={`Remove agreed action ${index + 1}`}
                onClick={() => {
                  setAdded(undefined);
                  onChange(value.filter((_, i) => i !== index));
                }}
                sx={{ mt: 1 }}
              >
                <DeleteOutlineIcon aria-hidden />
              </IconButton>
            </Box>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddIcon aria-hidden />}
        onClick={() => {
          setAdded(value.length);
          onChange([...value, { ...EMPTY_ACTION }]);
        }}
        sx={{ mt: 1 }}
      >
        Add agreed action
      </Button>
    </Box>
  );
};
