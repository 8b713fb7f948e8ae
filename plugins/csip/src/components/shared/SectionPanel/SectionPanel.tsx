import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { SxProps, Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** @internal */
export type SectionPanelProps = {
  /** The id of the heading that names the section. */
  titleId: string;
  /**
   * The heading. Leave it out when the children render the heading with
   * `titleId` themselves (for instance inside a form).
   */
  title?: ReactNode;
  /** The heading's level in the page. */
  headingComponent?: 'h2' | 'h3' | 'h4';
  /** The heading's look; `h6` unless the section leads the page. */
  headingVariant?: 'h5' | 'h6';
  /** An icon shown before the heading, such as a status mark. */
  icon?: ReactNode;
  /** Announce changes of the heading row to screen readers. */
  live?: boolean;
  /** Space below the heading when the children are not stacked. */
  gutterBottom?: boolean;
  /** Padding of the panel, in theme spacing units. */
  padding?: number;
  /** Stack the heading and the children with this spacing. */
  spacing?: number;
  /** How stacked children align, such as `flex-start` to keep buttons narrow. */
  alignItems?: 'flex-start' | 'stretch';
  sx?: SxProps<Theme>;
  children?: ReactNode;
};

/**
 * An outlined panel that is a section of the page, named by its heading
 * (an `h6`-styled heading at the given level, optionally after an icon).
 *
 * @internal
 */
export const SectionPanel = ({
  titleId,
  title,
  headingComponent = 'h3',
  headingVariant = 'h6',
  icon,
  live,
  gutterBottom,
  padding = 3,
  spacing,
  alignItems,
  sx,
  children,
}: SectionPanelProps) => {
  let heading: ReactNode = null;
  if (title !== undefined) {
    heading = (
      <Typography
        id={titleId}
        variant={headingVariant}
        component={headingComponent}
        gutterBottom={gutterBottom}
      >
        {title}
      </Typography>
    );
  }
  if (heading && icon) {
    heading = (
      <Stack
        direction="row"
        spacing={1}
        alignItems="center"
        aria-live={live ? 'polite' : undefined}
      >
        {icon}
        {heading}
      </Stack>
    );
  }
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={titleId}
      sx={[{ p: padding }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
      {spacing === undefined ? (
        <>
          {heading}
          {children}
        </>
      ) : (
        <Stack spacing={spacing} alignItems={alignItems}>
          {heading}
          {children}
        </Stack>
      )}
    </Paper>
  );
};
