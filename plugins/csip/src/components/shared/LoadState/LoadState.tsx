import { Progress } from '@backstage/frontend-plugin-api';
import type { ReactNode } from 'react';
import { type FailedLoad, LoadError, type LoadErrorProps } from '../LoadError';

/** @internal */
export type LoadStateProps<T> = Pick<LoadErrorProps, 'notFound' | 'back'> & {
  /**
   * The loading state, as a data hook returns it: the loaded value; whether
   * it is loading (again, after `retry`); the error loading failed with, if
   * it did, and its kind. Progress is shown while there is no value.
   */
  state: FailedLoad & { error?: Error; value?: T; loading?: boolean };
  /** Still working, such as while a permission is checked. */
  loading?: boolean;
  /**
   * What did not happen when loading failed, such as "Could not load the
   * report".
   */
  errorTitle: string;
  /** What to show once the value is loaded. */
  children: (value: T) => ReactNode;
};

/**
 * What a view shows while it loads its data: why loading failed (see
 * {@link LoadError}: not found, not allowed, or a failure with **Try
 * again**), progress until the value is there and while trying again,
 * then the view itself.
 *
 * @internal
 */
export const LoadState = <T,>({
  state,
  loading,
  errorTitle,
  children,
  ...whenMissing
}: LoadStateProps<T>) => {
  if (state.error && !state.loading) {
    return <LoadError failed={state} title={errorTitle} {...whenMissing} />;
  }
  if (!state.value || loading) {
    return <Progress />;
  }
  return <>{children(state.value)}</>;
};
