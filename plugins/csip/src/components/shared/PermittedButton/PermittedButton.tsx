import Button, { type ButtonProps } from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { NotAllowedNote } from './NotAllowedNote';

/** @internal */
export type PermittedButtonProps = ButtonProps & {
  /** Whether the signed-in user may take the action, from `useProgrammeAction`. */
  access: ProgrammeActionAccess;
  /** A page-unique id for the reason shown when the user may not. */
  reasonId: string;
};

/**
 * A button for an action the signed-in user may or may not take: nothing
 * while that is being checked, the button when they may, and otherwise the
 * button disabled with the reason in words under it, named by its
 * `aria-describedby`.
 *
 * @internal
 */
export const PermittedButton = ({
  access,
  reasonId,
  ...buttonProps
}: PermittedButtonProps) => {
  if (access.loading) return null;
  if (access.allowed) return <Button {...buttonProps} />;
  const describedBy = [buttonProps['aria-describedby'], reasonId]
    .filter(Boolean)
    .join(' ');
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      <Button
        {...buttonProps}
        type="button"
        onClick={undefined}
        disabled
        aria-describedby={describedBy}
      />
      <NotAllowedNote id={reasonId} reason={access.reason} />
    </Stack>
  );
};
