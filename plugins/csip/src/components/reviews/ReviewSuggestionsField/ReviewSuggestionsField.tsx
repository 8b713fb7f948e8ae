import type { Suggestion } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { FieldErrors } from '../../../util/formIssues';
import { RepeatableRows } from '../../shared';
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

  return (
    <Box component="section" aria-labelledby={`${id}-title`}>
      <Typography id={`${id}-title`} variant="h6" component="h4">
        Growth suggestions
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        A technique the team could try next, and advice on how to start.
      </Typography>
      <RepeatableRows
        value={value}
        onChange={onChange}
        itemLabel="Growth suggestion"
        newRow={() => ({ technique: '', advice: '' })}
        field="suggestions"
        errors={errors}
        emptyText="No growth suggestions yet: add a technique that would help the team reach the next level."
        renderRow={({ item: suggestion, update, error }) => (
          <Stack spacing={1} sx={{ flex: 1 }}>
            <ToneTextField
              label="Technique"
              value={suggestion.technique}
              onChange={technique => update({ technique })}
              error={error('technique')}
            />
            <ToneTextField
              label="Advice"
              value={suggestion.advice}
              onChange={advice => update({ advice })}
              error={error('advice')}
            />
          </Stack>
        )}
      />
    </Box>
  );
};
