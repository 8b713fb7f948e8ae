import { READY_SCORE } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';

/** @internal */
export type KnowledgeTransferBarProps = {
  /** Knowledge-transfer score, 0–100. */
  score: number;
  /** Thinner, for cards. */
  compact?: boolean;
};

/**
 * The knowledge-transfer score as a bar from 0 to 100 % in the theme's
 * colours, with a mark at the score the coach needs to leave (80 %).
 * Screen readers hear "Knowledge-transfer score" with the score and what
 * is needed; the figure itself is said in words beside it.
 *
 * @internal
 */
export const KnowledgeTransferBar = ({
  score,
  compact = false,
}: KnowledgeTransferBarProps) => {
  const height = compact ? 6 : 10;
  return (
    <Box sx={{ position: 'relative', py: '3px' }}>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, Math.max(0, score))}
        aria-label="Knowledge-transfer score"
        aria-valuetext={`${score} %; ${READY_SCORE} % is needed for the coach to leave`}
        sx={{
          height,
          borderRadius: height / 2,
          '@media print': { printColorAdjust: 'exact' },
        }}
      />
      <Box
        aria-hidden
        title={`${READY_SCORE} %`}
        sx={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          left: `${READY_SCORE}%`,
          borderLeft: 2,
          borderColor: 'text.primary',
        }}
      />
    </Box>
  );
};
