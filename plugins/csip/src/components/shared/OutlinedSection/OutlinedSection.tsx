import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** @internal */
export type OutlinedSectionProps = {
  /** The heading, which names the section. */
  title: ReactNode;
  /** The heading's id, for lists and tables inside to be named by it too. */
  titleId: string;
  /** The heading's level in the page. */
  headingComponent?: 'h2' | 'h3' | 'h4';
  /** One line on what the section holds, below the heading. */
  description?: ReactNode;
  children: ReactNode;
};

/**
 * An outlined panel that is a section of the page, named by its heading,
 * such as a history or what changed.
 *
 * @internal
 */
export const OutlinedSection = ({
  title,
  titleId,
  headingComponent = 'h3',
  description,
  children,
}: OutlinedSectionProps) => (
  <Paper
    variant="outlined"
    component="section"
    aria-labelledby={titleId}
    sx={{ p: 3 }}
  >
    <Stack spacing={1}>
      <Typography id={titleId} variant="h6" component={headingComponent}>
        {title}
      </Typography>
      {description && (
        <Typography variant="body2" color="text.secondary">
          {description}
        </Typography>
      )}
      {children}
    </Stack>
  </Paper>
);
