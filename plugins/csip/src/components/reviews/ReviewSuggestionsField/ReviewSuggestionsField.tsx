import type { Suggestion } from '@csip-coach/plugin-csip-common';
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
export type ReviewSuggestionsFieldProps = {
  value: Suggestion[];
  onChange: (value: Suggestion[]) => void;
  /** Errors of the whole form, keyed like `suggestions.0.technique`. */
  errors: FieldErrors;
};

/**
 * Growth suggestions: rows of a technique to try and advice on how, both
 * tone-checked.
 *
 * @internal
 */
export const ReviewSuggestionsField = ({
  value,
  onChange,
  errors,
}: ReviewSuggestionsFieldProps) => {
  const id = useId();
  const [added, setAdded] = useState<number>();
  const update = (index: number, change: Partial<Suggestion>) =>
    onChange(value.map((s, i) => (i === index ? { ...s, ...change } : s)));

  return (
    <Box component="section" aria-labelledby={`${id}-title`}>
      <Typography id={`${id}-title`} variant="h6" component="h4">
        Growth suggestions
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        A technique the team could try next, and advice on how to start.
      </Typography>
      {value.length === 0 && (
        <Typography variant="body2" sx={{ my: 1 }}>
          No growth suggestions yet: add a technique that would help the team
          reach the next level.
        </Typography>
      )}
      <Stack spacing={2} sx={{ mt: 1 }}>
        {value.map((suggestion, index) => (
          <Box
            key={index}
            role="group"
            aria-label={`Growth suggestion ${index + 1}`}
            sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
          >
            <Stack spacing={1} sx={{ flex: 1 }}>
              <ToneTextField
                label="Technique"
                value={suggestion.technique}
                // Focus moves to the entry the coach has just added.
                // eslint-disable-next-line jsx-a11y/no-autofocus
                autoFocus={added === index}
                onChange={technique => update(index, { technique })}
                error={errors[`suggestions.${index}.technique`]}
              />
              <ToneTextField
                label="Advice"
                value={suggestion.advice}
                onChange={advice => update(index, { advice })}
                error={errors[`suggestions.${index}.advice`]}
              />
            </Stack>
            <IconButton
              aria-label={`Remove growth suggestion ${index + 1}`}
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
          onChange([...value, { technique: '', advice: '' }]);
        }}
        sx={{ mt: 1 }}
      >
        Add growth suggestion
      </Button>
    </Box>
  );
};
