import {
  SUGGESTION_AREA_NAMES,
  suggestionAreaSchema,
  type Suggestion,
  type SuggestionArea,
} from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { RepeatableRows, type RowsFieldProps } from '../../shared';
import { ReviewFieldSection } from '../ReviewFieldSection';
import { ToneTextField } from '../ToneTextField';

/** @internal */
export type ReviewSuggestionsFieldProps = RowsFieldProps<Suggestion>;

/** The optional texts of a recommendation, with their labels and help. */
const DETAILS = [
  {
    key: 'why',
    label: 'Why we recommend it (optional)',
    help: 'What the team gains, in a sentence.',
  },
  {
    key: 'evidence',
    label: 'What we saw (optional)',
    help: 'The evidence behind the recommendation.',
  },
  {
    key: 'expectedImprovement',
    label: 'Expected improvement (optional)',
    help: 'What will be better once the team has tried it.',
  },
] as const;

/**
 * Growth suggestions: rows of a technique to try and advice on how and, as
 * recommendations, optionally their action area, why we recommend it, what
 * we saw and the improvement we expect; every text is tone-checked.
 *
 * @internal
 */
export const ReviewSuggestionsField = (props: ReviewSuggestionsFieldProps) => {
  return (
    <ReviewFieldSection
      title="Growth suggestions"
      help="A technique the team could try next, and advice on how to start; give it an action area to group the recommendations."
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
            <TextField
              select
              label="Action area"
              value={suggestion.area ?? ''}
              onChange={e =>
                update({
                  area: (e.target.value || undefined) as
                    | SuggestionArea
                    | undefined,
                })
              }
              SelectProps={{ native: true }}
              InputLabelProps={{ shrink: true }}
              error={Boolean(error('area'))}
              helperText={
                error('area') ??
                'Where the recommendation acts, from the five-step deck.'
              }
              sx={{ maxWidth: 420 }}
            >
              <option value="">No area</option>
              {suggestionAreaSchema.options.map(area => (
                <option key={area} value={area}>
                  {SUGGESTION_AREA_NAMES[area]}
                </option>
              ))}
            </TextField>
            {DETAILS.map(({ key, label, help }) => (
              <ToneTextField
                key={key}
                label={label}
                value={suggestion[key] ?? ''}
                onChange={text => update({ [key]: text })}
                error={error(key)}
                helperText={help}
              />
            ))}
          </Stack>
        )}
      />
    </ReviewFieldSection>
  );
};
