import Stack, { type StackProps } from '@mui/material/Stack';

/** @internal */
export type SpreadRowProps = Omit<StackProps, 'direction'>;

/**
 * A row that spreads its children to both ends, vertically centred, and
 * wraps on narrow screens: a heading or summary on the left, its buttons on
 * the right. Every Stack prop can be overridden.
 *
 * @internal
 */
export const SpreadRow = (props: SpreadRowProps) => (
  <Stack
    spacing={2}
    alignItems="center"
    justifyContent="space-between"
    flexWrap="wrap"
    useFlexGap
    {...props}
    direction="row"
  />
);
