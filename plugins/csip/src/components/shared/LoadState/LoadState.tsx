import { ResponseErrorPanel } from '@backstage/core-components';
import { Progress } from '@backstage/frontend-plugin-api';
import type { ReactNode } from 'react';

/** @internal */
export type LoadStateProps<T> = {
  /**
   * The loading state, as a data hook returns it: the error loading failed
   * with, if it did, and the loaded value; progress is shown while there is
   * none.
   */
  state: { error?: Error; value?: T };
  /** Still working, such as while a permission is checked. */
  loading?: boolean;
  /** The error panel's title, such as "Could not load the report". */
  errorTitle: string;
  /** What to show once the value is loaded. */
  children: (value: T) => ReactNode;
};

/**
 * What a view shows while it loads its data: the error with its title when
 * loading failed, progress until the value is there, then the view itself.
 *
 * @internal
 */
export const LoadState = <T,>({
  state: { error, value },
  loading,
  errorTitle,
  children,
}: LoadStateProps<T>) => {
  if (error) {
    return <ResponseErrorPanel error={error} title={errorTitle} />;
  }
  if (!value || loading) {
    return <Progress />;
  }
  return <>{children(value)}</>;
};
