import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** @internal */
export type ReportFactsProps = {
  facts: Array<{ term: string; value: ReactNode }>;
};

/**
 * Terms and their values side by side, as a description list.
 *
 * @internal
 */
export const ReportFacts = ({ facts }: ReportFactsProps) => (
  <Box
    component="dl"
    sx={{
      display: 'grid',
      gridTemplateColumns: 'max-content 1fr',
      columnGap: 2,
      rowGap: 0.5,
      m: 0,
      typography: 'body2',
      '& dt': { fontWeight: 700 },
      '& dd': { m: 0 },
    }}
  >
    {facts.map(fact => (
      <Box key={fact.term} sx={{ display: 'contents' }}>
        <dt>{fact.term}</dt>
        <dd>{fact.value}</dd>
      </Box>
    ))}
  </Box>
);
