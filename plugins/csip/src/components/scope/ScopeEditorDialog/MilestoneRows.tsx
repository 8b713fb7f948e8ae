import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FieldErrors } from '../../../util/formIssues';
import { RepeatableRows } from '../../shared';
import { MilestoneDraft } from './scopeDraft';

/** @internal */
export type MilestoneRowsProps = {
  value: MilestoneDraft[];
  onChange: (value: MilestoneDraft[]) => void;
  errors: FieldErrors;
};

/**
 * The timetable: rows of a milestone and its date.
 *
 * @internal
 */
export const MilestoneRows = ({
  value,
  onChange,
  errors,
}: MilestoneRowsProps) => {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle1">
        Milestones
      </Typography>
      <RepeatableRows
        value={value}
        onChange={onChange}
        itemLabel="Milestone"
        newRow={() => ({ title: '', date: '' })}
        field="milestones"
        errors={errors}
        emptyText="No milestones yet: add the dates the programme works towards."
        renderRow={({ item: row, update, error }) => (
          <>
            <TextField
              label="Milestone"
              value={row.title}
              onChange={e => update({ title: e.target.value })}
              error={Boolean(error('title'))}
              helperText={error('title')}
              sx={{ flex: 1 }}
            />
            <TextField
              label="Date"
              type="date"
              InputLabelProps={{ shrink: true }}
              value={row.date}
              onChange={e => update({ date: e.target.value })}
              error={Boolean(error('date'))}
              helperText={error('date')}
            />
          </>
        )}
      />
    </Box>
  );
};
