import Chip, { chipClasses, type ChipProps } from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { Theme } from '@mui/material/styles';
import { readableColour } from '../readableColour';
import type { ReactElement, ReactNode } from 'react';

/** @internal */
export type StatusTone = NonNullable<ChipProps['color']>;

/**
 * How a status looks: its icon and its colour, never colour alone.
 *
 * @internal
 */

export type StatusLook = {
  icon: ReactElement;
  tone: StatusTone;
};

/** @internal */
export type StatusChipProps = {
  /** The status in words. */
  label: ReactNode;
  /** The icon before the words. */
  icon?: ReactElement;
  /** The chip's colour. */
  tone?: StatusTone;
  /** An id, for the chip to name or describe something else. */
  id?: string;
  /** The chip's size; small unless it stands beside a page heading. */
  size?: 'small' | 'medium';
};

/**
 * The chip's words and icon in its tone's colour, darkened where the
 * theme's (orange warning, light blue info) would read under 4.5:1.
 */
const readableTone = (tone: StatusTone) => (theme: Theme) => {
  if (tone === 'default') return {};
  const colour = readableColour(theme, theme.palette[tone].main);
  return { color: colour, [`& .${chipClasses.icon}`]: { color: colour } };
};

/**
 * A small outlined chip naming a status in words with an icon; its text
 * meets WCAG AA contrast whatever the tone.
 *
 * @internal
 */
export const StatusChip = ({
  label,
  icon,
  tone = 'default',
  id,
  size = 'small',
}: StatusChipProps) => (
  <Chip
    id={id}
    size={size}
    variant="outlined"
    icon={icon}
    color={tone}
    label={label}
    sx={readableTone(tone)}
  />
);

/**
 * Renders the chip for `status` from a map of looks and a map of names.
 *
 * @internal
 */
export const LookedUpStatusChip = <S extends string>({
  status,
  looks,
  names,
  size,
}: {
  status: S;
  looks: Record<S, StatusLook>;
  names: Record<S, string>;
  size?: 'small' | 'medium';
}) => (
  <StatusChip
    label={names[status]}
    icon={looks[status].icon}
    tone={looks[status].tone}
    size={size}
  />
);

/**
 * A wrapping row of chips.
 *
 * @internal
 */
export const ChipRow = ({ children }: { children: ReactNode }) => (
  <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
    {children}
  </Stack>
);
