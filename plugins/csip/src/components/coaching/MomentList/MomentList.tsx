import {
  MOMENT_CONTEXT_LABELS,
  MOMENT_KIND_LABELS,
  type Moment,
  type MomentKind,
} from '@csip-coach/plugin-csip-common';
import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import HandymanOutlinedIcon from '@mui/icons-material/HandymanOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '../../../util/formatDate';
import { processName as builtInName } from '../../../util/labels';
import { ChipRow, RefLink, type StatusLook, StatusChip } from '../../shared';

/** @internal */
export type MomentListProps = {
  moments: ReadonlyArray<Moment>;
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** A process's name; the built-in names unless given. */
  processName?: (id: string) => string;
  /** What to say when there is no moment, with the next step. */
  empty: string;
};

const KIND_LOOKS: Record<MomentKind, StatusLook> = {
  'in-the-work': {
    icon: <HandymanOutlinedIcon aria-hidden />,
    tone: 'primary',
  },
  scheduled: { icon: <EventOutlinedIcon aria-hidden />, tone: 'default' },
};

/** "Change CHG0031245: Move the billing database", or nothing. */
export function describeContext(
  context: Moment['context'],
): string | undefined {
  if (!context) return undefined;
  const kind = MOMENT_CONTEXT_LABELS[context.kind];
  const named = context.ref ? `${kind} ${context.ref}` : kind;
  return context.title ? `${named}: ${context.title}` : named;
}

/** A term and what it holds, in the moment's description list. */
const Term = ({ term, children }: { term: string; children: ReactNode }) => (
  <>
    <Box component="dt" sx={{ fontWeight: 700 }}>
      {term}
    </Box>
    <Box component="dd" sx={{ m: 0, mb: 1, whiteSpace: 'pre-line' }}>
      {children}
    </Box>
  </>
);

const newestFirst = (a: Moment, b: Moment) => b.at.localeCompare(a.at);

/**
 * The programme's coaching moments, newest first: in the work or
 * scheduled (a chip with words), where it happened, the process, when and
 * by whom; what was observed, the question asked, the team's answer and
 * their commitment with its owner and follow-up date.
 *
 * @internal
 */
export const MomentList = ({
  moments,
  labelledBy,
  processName = builtInName,
  empty,
}: MomentListProps) => {
  if (moments.length === 0) {
    return <Typography variant="body2">{empty}</Typography>;
  }
  const sorted = [...moments].sort(newestFirst);
  return (
    <Stack
      component="ul"
      aria-labelledby={labelledBy}
      spacing={2}
      sx={{ listStyle: 'none', p: 0, m: 0 }}
    >
      {sorted.map(moment => {
        const where = describeContext(moment.context);
        const look = KIND_LOOKS[moment.kind];
        return (
          <Box
            component="li"
            key={moment.id}
            sx={{ '& + li': { borderTop: 1, borderColor: 'divider', pt: 2 } }}
          >
            <Stack spacing={1}>
              <ChipRow>
                <StatusChip
                  label={MOMENT_KIND_LABELS[moment.kind]}
                  icon={look.icon}
                  tone={look.tone}
                />
                {where && (
                  <Typography
                    variant="body2"
                    fontWeight="bold"
                    component="span"
                  >
                    {where}
                  </Typography>
                )}
              </ChipRow>
              <Typography variant="body2" color="text.secondary">
                {processName(moment.process)} · {formatDateTime(moment.at)} ·
                recorded by <RefLink entityRef={moment.recordedBy} />
              </Typography>
              <Box component="dl" sx={{ m: 0, typography: 'body2' }}>
                <Term term="Observation">{moment.observation}</Term>
                {moment.question && (
                  <Term term="Question asked">{moment.question}</Term>
                )}
                {moment.answer && (
                  <Term term="The team’s answer">{moment.answer}</Term>
                )}
                {moment.commitment && (
                  <Term term="Commitment">
                    {moment.commitment.text} (owner{' '}
                    <RefLink entityRef={moment.commitment.owner} />, follow up
                    on {formatDate(moment.commitment.followUpOn)})
                  </Term>
                )}
              </Box>
            </Stack>
          </Box>
        );
      })}
    </Stack>
  );
};
