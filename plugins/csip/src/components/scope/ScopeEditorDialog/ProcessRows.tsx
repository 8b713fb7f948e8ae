import { BUILT_IN_PROCESSES } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FieldErrors } from '../../../util/formIssues';
import { CAPABILITY_LEVEL_NAMES } from '../../../util/labels';
import { RepeatableRows } from '../../shared';
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
      <RepeatableRows
        value={value}
        onChange={onChange}
        itemLabel="Process"
        newRow={emptyProcess}
        field="processes"
        errors={errors}
        wrap
        renderRow={({ item: row, update, error }) => {
          const message = (field: keyof ProcessDraft) => {
            const found = error(field);
            return found && sentence(found);
          };
          const options = known.some(p => p.id === row.process)
            ? known
            : [...known, { id: row.process, name: row.process }];
          return (
            <>
              <TextField
                select
                SelectProps={{ native: true }}
                label="Process"
                value={row.process}
                onChange={e => update({ process: e.target.value })}
                error={Boolean(message('process'))}
                helperText={message('process')}
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
                  onChange={e => update({ [field]: e.target.value })}
                  error={Boolean(message(field))}
                  helperText={message(field)}
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
                onChange={e => update({ targetDate: e.target.value })}
                error={Boolean(message('targetDate'))}
                helperText={message('targetDate')}
              />
            </>
          );
        }}
      />
    </Box>
  );
};
