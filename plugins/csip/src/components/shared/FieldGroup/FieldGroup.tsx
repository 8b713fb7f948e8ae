import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** @internal */
export type FieldGroupProps = {
  /** The group's name, read out with each field in it. */
  legend: ReactNode;
  /** A line on what to enter, below the legend. */
  help?: ReactNode;
  /** The help's id, for buttons in the group to be described by it. */
  helpId?: string;
  children: ReactNode;
};

/**
 * Fields that belong together, such as rows of milestones: a borderless
 * fieldset named by its legend, with an optional line of help.
 *
 * @internal
 */
export const FieldGroup = ({
  legend,
  help,
  helpId,
  children,
}: FieldGroupProps) => (
  <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
    <Typography component="legend" variant="subtitle1">
      {legend}
    </Typography>
    {help && (
      <Typography
        id={helpId}
        variant="body2"
        color="text.secondary"
        gutterBottom
      >
        {help}
      </Typography>
    )}
    {children}
  </Box>
);
