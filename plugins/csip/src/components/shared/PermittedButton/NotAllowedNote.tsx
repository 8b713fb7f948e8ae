import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { IconNote } from '../IconNote';

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
    <IconNote icon={LockOutlinedIcon} id={id}>
      {asSentence(reason)}
    </IconNote>
  ) : null;
