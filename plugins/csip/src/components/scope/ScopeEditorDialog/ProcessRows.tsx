import { BUILT_IN_PROCESSES } from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { CAPABILITY_LEVEL_NAMES } from '../../../util/labels';
import {
  FieldGroup,
  RepeatableRows,
  RowTextField,
  type RowsFieldProps,
} from '../../shared';
import { emptyProcess, ProcessDraft, sentence } from './scopeDraft';

const LEVELS = CAPABILITY_LEVEL_NAMES.map((name, n) => ({
  value: String(n),
  label: `${n} – ${name}`,
}));

/** @internal */
export type ProcessRowsProps = RowsFieldProps<ProcessDraft>;

/**
 * The processes in scope: rows of a process, its baseline and target
 * capability level and the date the target should be reached.
 *
 * @internal
 */
export const ProcessRows = (props: ProcessRowsProps) => {
  const known = BUILT_IN_PROCESSES.map(p => ({ id: p.id, name: p.name }));

  return (
    <FieldGroup legend="Processes in scope">
      {props.errors.processes && (
        <Typography variant="body2" color="error" role="alert" gutterBottom>
          {props.errors.processes}
        </Typography>
      )}
      <RepeatableRows
        {...props}
        itemLabel="Process"
        newRow={emptyProcess}
        field="processes"
        wrap
        renderRow={rowState => {
          const { item: row } = rowState;
          const options = known.some(p => p.id === row.process)
            ? known
            : [...known, { id: row.process, name: row.process }];
          return (
            <>
              <RowTextField
                row={rowState}
                name="process"
                format={sentence}
                select
                SelectProps={{ native: true }}
                label="Process"
                sx={{ minWidth: 220 }}
              >
                {options.map(p => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </RowTextField>
              {(['baselineLevel', 'targetLevel'] as const).map(field => (
                <RowTextField
                  key={field}
                  row={rowState}
                  name={field}
                  format={sentence}
                  nativeSelect
                  label={
                    field === 'baselineLevel'
                      ? 'Baseline level'
                      : 'Target level'
                  }
                  sx={{ minWidth: 180 }}
                >
                  <option value="">Choose…</option>
                  {LEVELS.map(l => (
                    <option key={l.value} value={l.value}>
                      {l.label}
                    </option>
                  ))}
                </RowTextField>
              ))}
              <RowTextField
                row={rowState}
                name="targetDate"
                format={sentence}
                label="Target date"
                type="date"
              />
            </>
          );
        }}
      />
    </FieldGroup>
  );
};
