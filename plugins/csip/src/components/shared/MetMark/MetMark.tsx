import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import type { ReactElement } from 'react';

/** @internal */
export type MetMarkProps = {
  /** Whether the target or condition is met. */
  met: boolean;
  /** The small icon shown while it is not, such as a warning. */
  pending: ReactElement;
};

/**
 * A small icon beside words saying whether something is met: a green check
 * when it is, otherwise `pending`. Decorative: the words say it.
 *
 * @internal
 */
export const MetMark = ({ met, pending }: MetMarkProps) =>
  met ? (
    <CheckCircleOutlineIcon fontSize="small" color="success" aria-hidden />
  ) : (
    pending
  );
