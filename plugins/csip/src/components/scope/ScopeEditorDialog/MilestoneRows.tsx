import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FieldErrors } from '../../../util/formIssues';
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
  const update = (index: number, change: Partial<MilestoneDraft>) =>
    onChange(value.map((m, i) => (i === index ? { ...m, ...change } : m)));

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle1">
        Milestones
      </Typography>
      {value.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No milestones yet: add the dates the programme works towards.
        </Typography>
      )}
      <Stack spacing={2} sx={{ mt: 1 }}>
        {value.map((row, index) => (
          <Box
            key={index}
            role="group"
            aria-label={`Milestone ${index + 1}`}
            sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}
          >
            <TextField
              label="Milestone"
              value={row.title}
              onChange={e => update(index, { title: e.target.value })}
              error={Boolean(errors[`milestones.${index}.title`])}
              helperText={errors[`milestones.${index}.title`]}
              sx={{ flex: 1 }}
            />
            <TextField
              label="Date"
              type="date"
              InputLabelProps={{ shrink: true }}
              value={row.date}
              onChange={e => update(index, { date: e.target.value })}
              error={Boolean(errors[`milestones.${index}.date`])}
              helperText={errors[`milestones.${index}.date`]}
            />
            <IconButton
              aria-label={`Remove milestone ${index + 1}`}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
              sx={{ mt: 1 }}
            >
              <DeleteOutlineIcon />
            </IconButton>
          </Box>
        ))}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...value, { title: '', date: '' }])}
        sx={{ mt: 1 }}
      >
        Add milestone
      </Button>
    </Box>
  );
};
