import type { SvgIconComponent } from '@mui/icons-material';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import TrendingDownIcon from '@mui/icons-material/TrendingDown';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import {
  describeCadence,
  describeLevelDrop,
  hasSustainNews,
  type SustainFacts,
} from '../sustainFacts';

/** @internal */
export type SustainNoticeProps = {
  /** What sustain monitoring says; nothing shows without news. */
  facts?: SustainFacts;
  /** Only the lines, without the panel and heading, such as on a card. */
  compact?: boolean;
  /** The heading's level in the page; `h3` unless told. */
  headingComponent?: 'h2' | 'h3' | 'h4';
};

const Line = ({
  icon: Icon,
  attention,
  children,
}: {
  icon: SvgIconComponent;
  attention: boolean;
  children: string;
}) => (
  <Stack component="li" direction="row" spacing={1} alignItems="flex-start">
    <Icon
      fontSize="small"
      color={attention ? 'warning' : 'action'}
      aria-hidden
      sx={{ mt: 0.25 }}
    />
    <Typography variant="body2">{children}</Typography>
  </Stack>
);

/**
 * Sustain monitoring in words, each line after an icon (never colour
 * alone): in `sustain`, the cadence of the team's own reviews and when the
 * next is due, or that it was due and is not done yet; and each process
 * whose level fell. Nothing shows when there is nothing to tell.
 *
 * @internal
 */
export const SustainNotice = ({
  facts,
  compact = false,
  headingComponent = 'h3',
}: SustainNoticeProps) => {
  const titleId = useId();
  if (!hasSustainNews(facts)) return null;
  const lines = (
    <Stack
      component="ul"
      spacing={0.75}
      aria-labelledby={compact ? undefined : titleId}
      aria-label={compact ? 'Sustain monitoring' : undefined}
      sx={{ m: 0, p: 0, listStyle: 'none' }}
    >
      {facts.active && (
        <Line
          icon={facts.lapsed ? EventBusyIcon : EventAvailableIcon}
          attention={facts.lapsed}
        >
          {describeCadence(facts)}
        </Line>
      )}
      {facts.levelDrops.map(drop => (
        <Line
          key={typeof drop === 'string' ? drop : drop.process}
          icon={TrendingDownIcon}
          attention
        >
          {describeLevelDrop(drop)}
        </Line>
      ))}
    </Stack>
  );
  if (compact) return lines;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={titleId}
      sx={{ p: 2 }}
    >
      <Typography
        id={titleId}
        variant="subtitle1"
        component={headingComponent}
        gutterBottom
      >
        {facts.active ? 'Sustain: the team’s own reviews' : 'Levels that fell'}
      </Typography>
      {lines}
    </Paper>
  );
};
