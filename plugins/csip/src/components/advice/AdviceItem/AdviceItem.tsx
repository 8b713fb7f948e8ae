import type {
  AdviceEntry,
  AdviceResponseValue,
} from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import NotInterestedIcon from '@mui/icons-material/NotInterested';
import ScheduleIcon from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatDate } from '../../../util/formatDate';
import {
  LookedUpStatusChip,
  RefLink,
  StatusChip,
  type StatusLook,
} from '../../shared';
import { ADVICE_RESPONSE_RECORDED } from '../adviceWords';

/** How the team may answer a suggestion from here. */
export type AdviceDialogMode = 'respond' | 'outcome';

// Every response looks the same: the words say which, none is a verdict.
const LOOKS: Record<AdviceResponseValue, StatusLook> = {
  adopt: { icon: <CheckCircleOutlineIcon aria-hidden />, tone: 'default' },
  defer: { icon: <ScheduleIcon aria-hidden />, tone: 'default' },
  decline: { icon: <NotInterestedIcon aria-hidden />, tone: 'default' },
};

/** @internal */
export type AdviceItemProps = {
  entry: AdviceEntry;
  /** Above the suggestion, such as the review it came from. */
  context?: ReactNode;
  /**
   * Opens the response dialog; without it (the user may not respond) no
   * buttons show.
   */
  onRespond?: (entry: AdviceEntry, mode: AdviceDialogMode) => void;
};

/**
 * One growth suggestion with the team's latest response in words (and the
 * reason, who and when), what happened when that is recorded, and, for
 * those who may respond, "Respond" or, once answered, "Record what
 * happened" and "Change the response".
 *
 * @internal
 */
export const AdviceItem = ({ entry, context, onRespond }: AdviceItemProps) => {
  const { latest } = entry;
  return (
    <Stack spacing={0.75}>
      {context}
      <Typography variant="body2">
        <strong>{entry.technique}:</strong> {entry.advice}
      </Typography>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
        {latest ? (
          <LookedUpStatusChip
            status={latest.response}
            looks={LOOKS}
            names={ADVICE_RESPONSE_RECORDED}
          />
        ) : (
          <StatusChip
            icon={<HelpOutlineIcon aria-hidden />}
            label="No response yet"
          />
        )}
        {latest && (
          <Typography variant="body2" color="text.secondary" component="span">
            by <RefLink entityRef={latest.respondedBy} /> on{' '}
            {formatDate(latest.respondedAt)}
            {entry.responses > 1 && ` (response ${entry.responses})`}
          </Typography>
        )}
      </Stack>
      {latest?.reason && (
        <Typography variant="body2">Why: {latest.reason}</Typography>
      )}
      {latest?.outcome && (
        <Typography variant="body2">What happened: {latest.outcome}</Typography>
      )}
      {onRespond && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {latest ? (
            <>
              <Button
                size="small"
                variant="outlined"
                aria-haspopup="dialog"
                aria-label={`Record what happened with ${entry.technique}`}
                onClick={() => onRespond(entry, 'outcome')}
              >
                Record what happened
              </Button>
              <Button
                size="small"
                aria-haspopup="dialog"
                aria-label={`Change the response to ${entry.technique}`}
                onClick={() => onRespond(entry, 'respond')}
              >
                Change the response
              </Button>
            </>
          ) : (
            <Button
              size="small"
              variant="outlined"
              aria-haspopup="dialog"
              aria-label={`Respond to ${entry.technique}`}
              onClick={() => onRespond(entry, 'respond')}
            >
              Respond
            </Button>
          )}
        </Box>
      )}
    </Stack>
  );
};
