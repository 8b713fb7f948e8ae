import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/**
 * One term and its value.
 *
 * @internal
 */
export type Fact = { term: string; value: ReactNode };

/** @internal */
export type FactListProps = {
  facts: Fact[];
  /** The terms' weight: bold, or medium beside other headings. */
  termWeight?: 500 | 700;
  /** Space between the terms and their values, in theme spacing units. */
  columnGap?: number;
  /** Small print (`body2`); otherwise the surrounding text's size. */
  small?: boolean;
};

/**
 * Terms and their values side by side, as a description list.
 *
 * @internal
 */
export const FactList = ({
  facts,
  termWeight = 700,
  columnGap = 2,
  small = true,
}: FactListProps) => (
  <Box
    component="dl"
    sx={{
      display: 'grid',
      gridTemplateColumns: 'max-content 1fr',
      columnGap,
      rowGap: 0.5,
      m: 0,
      ...(small && { typography: 'body2' }),
      '& dt': { fontWeight: termWeight },
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
