import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { EmptyNote } from './ReportSection';

/** @internal */
export type ReportListProps = {
  /** The list's accessible name. */
  label: string;
  items: ReactNode[];
  /** What to say when there is nothing to list. */
  empty: string;
};

/**
 * A bulleted list, or a sentence saying there is nothing to list.
 *
 * @internal
 */
export const ReportList = ({ label, items, empty }: ReportListProps) =>
  items.length ? (
    <Box component="ul" aria-label={label} sx={{ m: 0, pl: 3 }}>
      {items.map((item, i) => (
        <Typography component="li" variant="body2" key={i}>
          {item}
        </Typography>
      ))}
    </Box>
  ) : (
    <EmptyNote>{empty}</EmptyNote>
  );
