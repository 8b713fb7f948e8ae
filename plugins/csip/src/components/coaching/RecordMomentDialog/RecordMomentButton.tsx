import type { Programme } from '@csip-coach/plugin-csip-common';
import AddCommentOutlinedIcon from '@mui/icons-material/AddCommentOutlined';
import type { ButtonProps } from '@mui/material/Button';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { PermittedButton } from '../../shared';

/** @internal */
export type RecordMomentButtonProps = {
  programme: Programme;
  /** A page-unique id for the reason shown when the user may not. */
  reasonId: string;
  onClick: () => void;
  variant?: ButtonProps['variant'];
};

/**
 * "Record a coaching moment", for the programme's coaches and leads whom
 * the portal's policy allows; for anyone else disabled, with the reason in
 * words under it.
 *
 * @internal
 */
export const RecordMomentButton = ({
  programme,
  reasonId,
  onClick,
  variant = 'contained',
}: RecordMomentButtonProps) => (
  <PermittedButton
    access={useProgrammeAction('recordMoment', programme)}
    reasonId={reasonId}
    variant={variant}
    startIcon={<AddCommentOutlinedIcon aria-hidden />}
    onClick={onClick}
    sx={{ alignSelf: 'flex-start' }}
  >
    Record a coaching moment
  </PermittedButton>
);
