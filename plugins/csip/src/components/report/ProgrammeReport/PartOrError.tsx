import Alert from '@mui/material/Alert';
import type { ReactNode } from 'react';
import { errorSentence } from '../../../api/errorSentence';
import type { ReportPart } from './loadReport';

/** @internal */
export type PartOrErrorProps<T> = {
  part: ReportPart<T>;
  /** What the part is, for the error: "the scope". */
  what: string;
  children: (value: T) => ReactNode;
};

/**
 * A part of the report once loaded, or why it could not be loaded.
 *
 * @internal
 */
export function PartOrError<T>({ part, what, children }: PartOrErrorProps<T>) {
  if ('value' in part && part.value !== undefined) {
    return <>{children(part.value)}</>;
  }
  return (
    <Alert severity="error">
      Could not load {what}: {errorSentence(part.error)}
    </Alert>
  );
}
