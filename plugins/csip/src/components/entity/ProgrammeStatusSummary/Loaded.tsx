import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { errorSentence } from '../../../api/errorSentence';

/** A value that loads on its own, as the data hooks give it. */
export type Loadable<T> = { loading: boolean; error?: Error; value?: T };

type LoadedProps<T> = {
  state: Loadable<T>;
  /** What failed to load, such as "the scope". */
  what: string;
  children: (value: T) => ReactNode;
};

/** The value once loaded; "Loading…" before, the error in words on failure. */
export function Loaded<T>({ state, what, children }: LoadedProps<T>) {
  if (state.error) {
    return (
      <Alert severity="error" variant="outlined" sx={{ py: 0 }}>
        Could not load {what}: {errorSentence(state.error)}
      </Alert>
    );
  }
  if (state.value === undefined) {
    return (
      <Typography variant="body2" color="text.secondary">
        Loading…
      </Typography>
    );
  }
  return <>{children(state.value)}</>;
}
