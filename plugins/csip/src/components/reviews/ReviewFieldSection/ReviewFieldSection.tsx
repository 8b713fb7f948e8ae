import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { type ReactNode, useId } from 'react';

/** @internal */
export type ReviewFieldSectionProps = {
  /** The section heading, such as "Growth suggestions". */
  title: string;
  /** One line on what to write, below the heading. */
  help: ReactNode;
  /** The heading's id, when other parts of the page refer to it. */
  id?: string;
  children: ReactNode;
};

/**
 * A part of the review editor named by its heading, with a line on what to
 * write in it.
 *
 * @internal
 */
export const ReviewFieldSection = ({
  title,
  help,
  id,
  children,
}: ReviewFieldSectionProps) => {
  const generatedId = `${useId()}-title`;
  const titleId = id ?? generatedId;
  return (
    <Box component="section" aria-labelledby={titleId}>
      <Typography id={titleId} variant="h6" component="h4">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {help}
      </Typography>
      {children}
    </Box>
  );
};
