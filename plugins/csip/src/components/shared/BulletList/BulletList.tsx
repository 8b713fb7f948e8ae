import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** @internal */
export type BulletListProps = {
  items: readonly ReactNode[];
  /** The id of the heading that names the list. */
  labelledBy?: string;
  /** The list's name, when no heading names it. */
  label?: string;
  /** What shows instead of an empty list, such as "No strengths recorded.". */
  empty: ReactNode;
  sx?: SxProps<Theme>;
};

/**
 * Lines of text as a bulleted list in small print, or what to say when
 * there are none.
 *
 * @internal
 */
export const BulletList = ({
  items,
  labelledBy,
  label,
  empty,
  sx = { m: 0 },
}: BulletListProps) =>
  items.length ? (
    <Box
      component="ul"
      aria-labelledby={labelledBy}
      aria-label={label}
      sx={[{ pl: 3 }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
      {items.map((item, i) => (
        <Typography component="li" variant="body2" key={i}>
          {item}
        </Typography>
      ))}
    </Box>
  ) : (
    <>{empty}</>
  );

/**
 * Lines of text under a heading: the heading's id and title, the lines, and
 * what to say when there are none.
 *
 * @internal
 */
export type TitledTexts = {
  id: string;
  title: string;
  items: string[];
  empty: string;
};
