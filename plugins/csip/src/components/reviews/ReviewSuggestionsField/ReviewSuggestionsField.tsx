import type { Suggestion } from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import { RepeatableRows, type RowsFieldProps } from '../../shared';
import { ReviewFieldSection } from '../ReviewFieldSection';
import { ToneTextField } from '../ToneTextField';

/** @internal */
export type ReviewSuggestionsFieldProps = RowsFieldProps<Suggestion>;

/**
 * Growth suggestions: rows of a technique to try and advice on how, both
 * tone-checked.
 *
 * @internal
 */
export const ReviewSuggestionsField = (props: ReviewSuggestionsFieldProps) => {
  return (
    <ReviewFieldSection
      title="Growth suggestions"
      help="A technique the team could try next, and advice on how to start."
    >
      <RepeatableRows
        {...props}
        itemLabel="Growth suggestion"
        newRow={() => ({ technique: '', advice: '' })}
        field="suggestions"
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
    </ReviewFieldSection>
  );
};
