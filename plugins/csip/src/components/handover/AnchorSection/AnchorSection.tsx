import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';

/** @internal */
export type AnchorSectionProps = {
  /** The id that links such as `#handover-skills` target. */
  anchor: string;
  /** The id of the section's heading. */
  labelledBy: string;
  children: ReactNode;
};

/**
 * A part of the handover tab that the readiness panel's links go to: it
 * takes the focus when followed, without a focus ring around all of it, and
 * stacks its content.
 *
 * @internal
 */
export const AnchorSection = ({
  anchor,
  labelledBy,
  children,
}: AnchorSectionProps) => (
  <Box
    component="section"
    id={anchor}
    tabIndex={-1}
    aria-labelledby={labelledBy}
    sx={{ '&:focus': { outline: 'none' } }}
  >
    <Stack spacing={2}>{children}</Stack>
  </Box>
);
