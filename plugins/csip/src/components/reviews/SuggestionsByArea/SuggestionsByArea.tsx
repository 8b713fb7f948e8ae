import {
  groupSuggestionsByArea,
  type Suggestion,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

/** @internal */
export type SuggestionsByAreaProps = {
  suggestions: readonly Suggestion[];
  /** The heading element of each action area, below the section's heading. */
  headingComponent: 'h5' | 'h6';
};

/** Why, what we saw and the expected improvement, those that are given. */
const DETAILS = [
  ['why', 'Why'],
  ['evidence', 'What we saw'],
  ['expectedImprovement', 'Expected improvement'],
] as const;

const SuggestionItem = ({ suggestion }: { suggestion: Suggestion }) => (
  <Typography component="li" variant="body2">
    <strong>{suggestion.technique}:</strong> {suggestion.advice}
    {DETAILS.filter(([key]) => suggestion[key]).map(([key, label]) => (
      <Box component="span" key={key} sx={{ display: 'block', mt: 0.25 }}>
        <em>{label}:</em> {suggestion[key]}
      </Box>
    ))}
  </Typography>
);

/**
 * Growth suggestions as recommendations grouped by action area, each under
 * its area's heading (those without an area last, under "Other
 * suggestions"), with why we recommend it, what we saw and the improvement
 * we expect where given. Without any area, one plain list.
 *
 * @internal
 */
export const SuggestionsByArea = ({
  suggestions,
  headingComponent,
}: SuggestionsByAreaProps) => {
  const id = useId();
  const groups = groupSuggestionsByArea(suggestions);
  const list = (
    items: (typeof groups)[number]['items'],
    labelledBy?: string,
  ) => (
    <Stack
      component="ul"
      aria-labelledby={labelledBy}
      spacing={1}
      sx={{ m: 0, pl: 3 }}
    >
      {items.map(({ suggestion, index }) => (
        <SuggestionItem key={index} suggestion={suggestion} />
      ))}
    </Stack>
  );
  if (groups.length === 1 && groups[0].area === undefined) {
    return list(groups[0].items);
  }
  return (
    <Stack spacing={2}>
      {groups.map(group => {
        const headingId = `${id}-${group.area ?? 'other'}`;
        return (
          <div key={group.name}>
            <Typography
              id={headingId}
              variant="subtitle2"
              component={headingComponent}
              gutterBottom
            >
              {group.name}
            </Typography>
            {list(group.items, headingId)}
          </div>
        );
      })}
    </Stack>
  );
};
