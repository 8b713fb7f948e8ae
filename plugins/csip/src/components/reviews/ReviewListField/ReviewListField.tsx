import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { FieldErrors } from '../../../util/formIssues';
import { ToneTextField } from '../ToneTextField';

/** @internal */
export type ReviewListFieldProps = {
  /** The section heading, such as "Strengths — what is working". */
  title: string;
  /** What one entry is called, such as "Strength"; rows are numbered. */
  itemLabel: string;
  /** The form field, such as `strengths`, whose errors are `strengths.0`. */
  field: string;
  value: string[];
  onChange: (value: string[]) => void;
  errors: FieldErrors;
  /** One line on what to write, below the heading. */
  help: string;
  /** What the empty list tells the coach to do. */
  emptyText: string;
};

/**
 * A list of review texts, such as strengths or observations: one
 * tone-checked field per entry, with add and remove.
 *
 * @internal
 */
export const ReviewListField = ({
  title,
  itemLabel,
  field,
  value,
  onChange,
  errors,
  help,
  emptyText,
}: ReviewListFieldProps) => {
  const id = useId();
  const [added, setAdded] = useState<number>();
  const lower = itemLabel.toLocaleLowerCase('en-GB');

  return (
    <Box component="section" aria-labelledby={`${id}-title`}>
      <Typography id={`${id}-title`} variant="h6" component="h4">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {help}
      </Typography>
      {value.length === 0 && (
        <Typography variant="body2" sx={{ my: 1 }}>
          {emptyText}
        </Typography>
      )}
      <Stack spacing={2} sx={{ mt: 1 }}>
        {value.map((text, index) => (
          <Box
            key={index}
            sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
          >
            <Box sx={{ flex: 1 }}>
              <ToneTextField
                label={`${itemLabel} ${index + 1}`}
                value={text}
                // Focus moves to the entry the coach has just added.
                // eslint-disable-next-line jsx-a11y/no-autofocus
                autoFocus={added === index}
                onChange={next =>
                  onChange(value.map((t, i) => (i === index ? next : t)))
                }
                error={errors[`${field}.${index}`]}
              />
            </Box>
            <IconButton
              aria-label={`Remove ${lower} ${index + 1}`}
              onClick={() => {
                setAdded(undefined);
                onChange(value.filter((_, i) => i !== index));
              }}
              sx={{ mt: 1 }}
            >
              <DeleteOutlineIcon aria-hidden />
            </IconButton>
          </Box>
        ))}
      </Stack>
      <Button
        startIcon={<AddIcon aria-hidden />}
        onClick={() => {
          setAdded(value.length);
          onChange([...value, '']);
        }}
        sx={{ mt: 1 }}
      >
        Add {lower}
      </Button>
    </Box>
  );
};
