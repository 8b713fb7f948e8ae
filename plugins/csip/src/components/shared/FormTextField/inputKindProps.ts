import type { TextFieldProps } from '@mui/material/TextField';

/**
 * What makes a text field a native select (which works alike with keyboard
 * and screen reader) or a date input: both keep their label above the
 * field, where the browser's own placeholder cannot cover it.
 *
 * @internal
 */
export const inputKindProps = (
  type?: string,
  nativeSelect?: boolean,
): Partial<TextFieldProps> => ({
  ...(nativeSelect && { select: true, SelectProps: { native: true } }),
  ...((nativeSelect || type === 'date') && {
    InputLabelProps: { shrink: true },
  }),
});
