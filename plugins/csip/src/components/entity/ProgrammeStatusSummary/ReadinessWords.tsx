import {
  describeReadiness as readinessInWords,
  type ExitReadiness,
} from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** "Ready for the coach to leave" or "Not ready: 3 blockers". */
export function describeReadiness(readiness: ExitReadiness): string {
  return readinessInWords(
    { ready: readiness.ready, blockers: readiness.blockers.length },
    'Ready for the coach to leave',
  );
}

/** Whether the coach can leave, in words with an icon. */
export const ReadinessWords = ({ readiness }: { readiness: ExitReadiness }) => (
  <Stack direction="row" spacing={0.75} alignItems="center">
    {readiness.ready ? (
      <CheckCircleOutlineIcon fontSize="small" color="success" aria-hidden />
    ) : (
      <ErrorOutlineIcon fontSize="small" color="warning" aria-hidden />
    )}
    <Typography variant="body2">{describeReadiness(readiness)}</Typography>
  </Stack>
);
