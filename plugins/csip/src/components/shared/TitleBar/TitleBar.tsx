import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { SpreadRow } from '../SpreadRow';

/** @internal */
export type TitleBarProps = {
  /** The heading text. */
  title: ReactNode;
  /** The heading's level in the page. */
  headingComponent?: 'h2' | 'h3' | 'h4';
  /** A status chip shown right after the heading. */
  status?: ReactNode;
  /** The buttons at the other end of the row. */
  children?: ReactNode;
};

/**
 * The heading of a view with its status beside it and its buttons at the
 * other end of the row; wraps on narrow screens.
 *
 * @internal
 */
export const TitleBar = ({
  title,
  headingComponent = 'h3',
  status,
  children,
}: TitleBarProps) => (
  <SpreadRow>
    <Stack direction="row" spacing={2} alignItems="center">
      <Typography variant="h5" component={headingComponent}>
        {title}
      </Typography>
      {status}
    </Stack>
    {children}
  </SpreadRow>
);
