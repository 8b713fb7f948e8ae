import { BUILT_IN_PROCESSES } from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FieldErrors } from '../../../util/formIssues';
import { CAPABILITY_LEVEL_NAMES } from '../../../util/labels';
import { emptyProcess, ProcessDraft, sentence } from './scopeDraft';

const LEVELS = CAPABILITY_LEVEL_NAMES.map((name, n) => ({
  value: String(n),
  label: `${n} – ${name}`,
}));

/** @internal */
export type ProcessRowsProps = {
  value: ProcessDraft[];
  onChange: (value: ProcessDraft[]) => void;
  errors: FieldErrors;
};

/**
 * The processes in scope: rows of a process, its baseline and target
 * capability level and the date the target should be reached.
 *
 * @internal
 */
export const ProcessRows = ({ value, onChange, errors }: ProcessRowsProps) => {
  const update = (index: number, change: Partial<ProcessDraft>) =>
    onChange(value.map((p, i) => (i === index ? { ...p, ...change } : p)));
  const message = (index: number, field: keyof ProcessDraft) => {
    const found = errors[`processes.${index}.${field}`];
    return found && sentence(found);
  };
  const known = BUILT_IN_PROCESSES.map(p => ({ id: p.id, name: p.name }));

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle1">
        Processes in scope
      </Typography>
      {errors.processes && (
        <Typography variant="body2" color="error" role="alert" gutterBottom>
          {errors.processes}
        </Typography>
      )}
      <Stack spacing={2} sx={{ mt: 1 }}>
        {value.map((row, index) => {
          const options = known.some(p => p.id === row.process)
            ? known
            : [...known, { id: row.process, name: row.process }];
          return (
            <Box
              key={index}
              role="group"
              aria-label={`Process ${index + 1}`}
              sx={{
                display: 'flex',
                gap: 2,
                alignItems: 'flex-start',
                flexWrap: 'wrap',
              }}
            >
              <TextField
                select
                SelectProps={{ native: true }}
                label="Process"
                value={row.process}
                onChange={e => update(index, { process: e.target.value })}
                error={Boolean(message(index, 'process'))}
                helperText={message(index, 'process')}
                sx={{ minWidth: 220 }}
              >
                {options.map(p => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </TextField>
              {(['baselineLevel', 'targetLevel'] as const).map(field => (
                <TextField
                  key={field}
                  select
                  SelectProps={{ native: true }}
                  InputLabelProps={{ shrink: true }}
                  label={
                    field === 'baselineLevel'
                      ? 'Baseline level'
                      : 'Target level'
                  }
                  value={row[field]}
                  onChange={e => update(index, { [field]: e.target.value })}
                  error={Boolean(message(index, field))}
                  helperText={message(index, field)}
                  sx={{ minWidth: 180 }}
                >
                  <option value="">Choose…</option>
                  {LEVELS.map(l => (
                    <option key={l.value} value={l.value}>
                      {l.label}
                    </option>
                  ))}
                </TextField>
              ))}
              <TextField
                label="Target date"
                type="date"
                InputLabelProps={{ shrink: true }}
                value={row.targetDate}
                onChange={e => update(index, { targetDate: e.target.value })}
                error={Boolean(message(index, 'targetDate'))}
                helperText={message(index, 'targetDate')}
              />
              <IconButton
                aria-label={`Remove process ${index + 1}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                sx={{ mt: 1 }}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Box>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...value, emptyProcess()])}
        sx={{ mt: 1 }}
      >
        Add process
      </Button>
    </Box>
  );
};
