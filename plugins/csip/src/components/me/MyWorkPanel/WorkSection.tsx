import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Children, isValidElement, type ReactNode } from 'react';
import { SectionPanel } from '../../shared';

/** @internal */
export type ItemListProps = {
  /** The id of the heading that names the list, or else its name. */
  labelledBy?: string;
  label?: string;
  /** One element per item, each with a key. */
  children: ReactNode;
};

/**
 * A plain list, one list item per child (keyed as the child is).
 *
 * @internal
 */
export const ItemList = ({ labelledBy, label, children }: ItemListProps) => (
  <Stack
    component="ul"
    aria-labelledby={labelledBy}
    aria-label={label}
    spacing={1.5}
    sx={{ listStyle: 'none', p: 0, m: 0 }}
  >
    {Children.map(children, child => (
      <Box component="li" key={isValidElement(child) ? child.key : undefined}>
        {child}
      </Box>
    ))}
  </Stack>
);

/** @internal */
export type WorkSectionProps = {
  /** The id of the section's heading, which also names its list. */
  titleId: string;
  title: string;
  /** What an empty section means and what to do next, in plain words. */
  empty: ReactNode;
  /** One element per item; the empty state shows when there is none. */
  children: ReactNode;
};

/**
 * One section of the user's work: an `h2` heading, then a list named by
 * it, or a friendly empty state.
 *
 * @internal
 */
export const WorkSection = ({
  titleId,
  title,
  empty,
  children,
}: WorkSectionProps) => (
  <SectionPanel
    titleId={titleId}
    title={title}
    headingComponent="h2"
    padding={2}
    spacing={1}
  >
    {Children.count(children) === 0 ? (
      <Typography variant="body2" color="text.secondary">
        {empty}
      </Typography>
    ) : (
      <ItemList labelledBy={titleId}>{children}</ItemList>
    )}
  </SectionPanel>
);
