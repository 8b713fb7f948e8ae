import { useCallback, useState } from 'react';

/** @internal */
export type EditingState<T> = {
  /** Whether the editor is open. */
  open: boolean;
  /** What it edits; none when it adds something new. */
  item?: T;
  /** Opens the editor on `item`, or empty to add one. */
  start: (item?: T) => void;
  /** Closes the editor, keeping `item` while it fades out. */
  close: () => void;
};

/**
 * Which item a dialog edits, if any: for lists whose items open in an
 * editor, and whose add button opens it empty.
 *
 * @param onStart - called whenever the editor opens, such as to clear a notice
 * @internal
 */
export function useEditing<T>(onStart?: () => void): EditingState<T> {
  const [state, setState] = useState<{ open: boolean; item?: T }>({
    open: false,
  });
  const start = useCallback(
    (item?: T) => {
      onStart?.();
      setState({ open: true, item });
    },
    [onStart],
  );
  const close = useCallback(() => setState(s => ({ ...s, open: false })), []);
  return { ...state, start, close };
}
