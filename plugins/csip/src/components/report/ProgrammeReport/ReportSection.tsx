import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** Keeps a block on one printed page when it fits. */
export const keepTogether = {
  breakInside: 'avoid',
  pageBreakInside: 'avoid',
} as const;

/** @internal */
export type ReportSectionProps = {
  id: string;
  title: string;
  children: ReactNode;
};

/**
 * One titled section of the printable report, kept on one page when it
 * fits and separated from the next by a rule.
 *
 * @internal
 */
export const ReportSection = ({ id, title, children }: ReportSectionProps) => (
  <Box
    component="section"
    aria-labelledby={id}
    sx={{
      ...keepTogether,
      borderTop: 1,
      borderColor: 'divider',
      pt: 2,
      '@media print': { borderColor: 'grey.500' },
    }}
  >
    <Typography id={id} variant="h5" component="h3" gutterBottom>
      {title}
    </Typography>
    <Box sx={{ display: 'grid', gap: 2 }}>{children}</Box>
  </Box>
);

/** A sub-heading inside a section. */
export const ReportSubheading = ({
  id,
  level = 4,
  children,
}: {
  id?: string;
  level?: 4 | 5;
  children: ReactNode;
}) => (
  <Typography
    id={id}
    variant={level === 4 ? 'h6' : 'subtitle1'}
    component={level === 4 ? 'h4' : 'h5'}
    sx={{ mb: 0.5, fontWeight: 500 }}
  >
    {children}
  </Typography>
);

/** A sentence saying a list is empty and what happens next. */
export const EmptyNote = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
    {children}
  </Typography>
);
