import type { SvgIconComponent } from '@mui/icons-material';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** @internal */
export type IconNoteProps = {
  /** The icon before the note; decoration only. */
  icon: SvgIconComponent;
  /** An id, for controls to be described by the note. */
  id?: string;
  children: ReactNode;
};

/**
 * A quiet note in small secondary text after an icon, such as why a button
 * is disabled or where a programme came from.
 *
 * @internal
 */
export const IconNote = ({ icon: Icon, id, children }: IconNoteProps) => (
  <Stack
    direction="row"
    spacing={0.5}
    alignItems="flex-start"
    sx={{ color: 'text.secondary' }}
  >
    <Icon fontSize="small" aria-hidden sx={{ mt: 0.25 }} />
    <Typography id={id} variant="body2" color="inherit">
      {children}
    </Typography>
  </Stack>
);
