import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** @internal */
export type NotAllowedNoteProps = {
  /** The id that disabled controls name in `aria-describedby`. */
  id: string;
  /** Why the signed-in user may not act; nothing is shown without one. */
  reason?: string;
};

const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * Why an action is not open to the signed-in user, in words next to the
 * disabled controls, with a lock that is only decoration.
 *
 * @internal
 */
export const NotAllowedNote = ({ id, reason }: NotAllowedNoteProps) =>
  reason ? (
    <Stack
      direction="row"
      spacing={0.5}
      alignItems="flex-start"
      sx={{ color: 'text.secondary' }}
    >
      <LockOutlinedIcon fontSize="small" aria-hidden sx={{ mt: 0.25 }} />
      <Typography id={id} variant="body2" color="inherit">
        {asSentence(reason)}
      </Typography>
    </Stack>
  ) : null;
