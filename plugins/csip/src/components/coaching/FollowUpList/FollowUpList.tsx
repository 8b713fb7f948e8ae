import type { FollowUp } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { formatDate, formatDateTime } from '../../../util/formatDate';
import { processName as builtInName } from '../../../util/labels';
import { ChipRow, NotAllowedNote, RefLink } from '../../shared';
import { FollowUpStatusChip } from './FollowUpStatusChip';

/** @internal */
export type FollowUpListProps = {
  followUps: ReadonlyArray<FollowUp>;
  /** The id of the heading that names the list. */
  labelledBy: string;
  /**
   * Whether the signed-in user may record outcomes, and if not why: from
   * `useProgrammeAction('recordFollowUpOutcome', …)`.
   */
  access: ProgrammeActionAccess;
  /** A page-unique id for the reason shown when the user may not. */
  reasonId: string;
  onRecordOutcome: (followUp: FollowUp) => void;
  /** A process's name; the built-in names unless given. */
  processName?: (id: string) => string;
  /** What to say when there is no commitment, with the next step. */
  empty: string;
};

/**
 * Commitments the team made in coaching moments, as the backend orders
 * them (open ones first by follow-up date): what, the process, who owns
 * it and when to follow it up; whether it is due or how it went, in words;
 * and for an open one a way to record its outcome.
 *
 * @internal
 */
export const FollowUpList = ({
  followUps,
  labelledBy,
  access,
  reasonId,
  onRecordOutcome,
  processName = builtInName,
  empty,
}: FollowUpListProps) => {
  if (followUps.length === 0) {
    return <Typography variant="body2">{empty}</Typography>;
  }
  const mayRecord = access.allowed;
  return (
    <Stack spacing={1}>
      {followUps.some(f => !f.outcome) && (
        <NotAllowedNote id={reasonId} reason={access.reason} />
      )}
      <Stack
        component="ul"
        aria-labelledby={labelledBy}
        spacing={2}
        sx={{ listStyle: 'none', p: 0, m: 0 }}
      >
        {followUps.map(followUp => {
          const textId = `csip-follow-up-${followUp.id}`;
          return (
            <Box component="li" key={followUp.id}>
              <Stack spacing={0.5} alignItems="flex-start">
                <Typography id={textId} variant="body1">
                  {followUp.text}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {processName(followUp.process)} · Owner{' '}
                  <RefLink entityRef={followUp.owner} /> · Follow up on{' '}
                  {formatDate(followUp.followUpOn)}
                </Typography>
                <ChipRow>
                  <FollowUpStatusChip followUp={followUp} />
                </ChipRow>
                {followUp.outcome ? (
                  <Typography variant="body2">
                    {followUp.note && <>{followUp.note} </>}
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      {followUp.outcomeBy && (
                        <>
                          (recorded by{' '}
                          <RefLink entityRef={followUp.outcomeBy} />
                          {followUp.outcomeAt &&
                            ` on ${formatDateTime(followUp.outcomeAt)}`}
                          )
                        </>
                      )}
                    </Box>
                  </Typography>
                ) : (
                  !access.loading && (
                    <Button
                      size="small"
                      variant="outlined"
                      onClick={() => onRecordOutcome(followUp)}
                      disabled={!mayRecord}
                      aria-describedby={
                        mayRecord ? textId : `${textId} ${reasonId}`
                      }
                    >
                      Record outcome
                    </Button>
                  )
                )}
              </Stack>
            </Box>
          );
        })}
      </Stack>
    </Stack>
  );
};
