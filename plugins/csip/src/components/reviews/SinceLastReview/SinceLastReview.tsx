import {
  FOLLOW_UP_OUTCOME_LABELS,
  type Action,
  type FollowUp,
  type ProcessDefinition,
  type Review,
} from '@csip-coach/plugin-csip-common';
import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import HistoryIcon from '@mui/icons-material/History';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';
import { ActionStatusChip } from '../../actions/ActionStatusChip';
import { IconNote, LoadState, RefLink, SectionPanel } from '../../shared';
import { useSinceLastReview } from '../useSinceLastReview';

/** @internal */
export type SinceLastReviewProps = {
  programmeId: string;
  process: Pick<ProcessDefinition, 'id' | 'name'>;
  /** The previous published review of the process, if there is one. */
  previous?: Review;
};

const TITLE_ID = 'csip-since-last-review';
const COMMITMENTS_ID = 'csip-since-last-commitments';
const ACTIONS_ID = 'csip-since-last-actions';

const Heading = ({ id, children }: { id: string; children: string }) => (
  <Typography id={id} variant="subtitle1" component="h5">
    {children}
  </Typography>
);

const Commitments = ({
  commitments,
  processName,
}: {
  commitments: FollowUp[];
  processName: string;
}) =>
  commitments.length === 0 ? (
    <Typography variant="body2">
      No open commitments for {processName}, and no outcomes recorded since the
      last review. Commitments the team makes in coaching moments between
      reviews show here, and how they went.
    </Typography>
  ) : (
    <Stack
      component="ul"
      aria-labelledby={COMMITMENTS_ID}
      spacing={1}
      sx={{ m: 0, pl: 3 }}
    >
      {commitments.map(c => (
        <Typography component="li" variant="body2" key={c.id}>
          {c.text} — <RefLink entityRef={c.owner} />, follow up on{' '}
          {formatDate(c.followUpOn)}
          {c.outcome && (
            <Box
              component="span"
              sx={{ display: 'inline-flex', gap: 0.5, ml: 1 }}
            >
              <TaskAltIcon fontSize="inherit" aria-hidden />
              <strong>{FOLLOW_UP_OUTCOME_LABELS[c.outcome]}</strong>
              {c.note && <span>: {c.note}</span>}
            </Box>
          )}
          {c.due && (
            <Box
              component="span"
              sx={{ display: 'inline-flex', gap: 0.5, ml: 1 }}
            >
              <EventOutlinedIcon fontSize="inherit" aria-hidden />
              <strong>Follow-up due</strong>
            </Box>
          )}
        </Typography>
      ))}
    </Stack>
  );

const PreviousActions = ({
  actions,
  previous,
  processName,
}: {
  actions: Action[];
  previous?: Review;
  processName: string;
}) => {
  if (!previous) {
    return (
      <Typography variant="body2">
        This is the first review of {processName}: there are no earlier actions
        to look back on.
      </Typography>
    );
  }
  if (actions.length === 0) {
    return (
      <Typography variant="body2">
        The review of {formatDate(previous.date)} added no actions to the
        register.
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-labelledby={ACTIONS_ID}>
        <TableHead>
          <TableRow>
            <TableCell>Action</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Due</TableCell>
            <TableCell>Status now</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {actions.map(action => (
            <TableRow key={action.id}>
              <TableCell>{action.description}</TableCell>
              <TableCell>
                <RefLink entityRef={action.owner} />
              </TableCell>
              <TableCell>{formatDate(action.dueDate)}</TableCell>
              <TableCell>
                <ActionStatusChip action={action} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/**
 * What a new review of a process opens with: the process's open
 * commitments from coaching between reviews and those whose outcome came
 * in since the last review, and the actions the previous
 * published review agreed with their status now, so the conversation
 * starts from what the team said it would do. Each part says in words when
 * there is nothing to show.
 *
 * @internal
 */
export const SinceLastReview = ({
  programmeId,
  process,
  previous,
}: SinceLastReviewProps) => {
  const state = useSinceLastReview(programmeId, process.id, previous);
  return (
    <SectionPanel
      titleId={TITLE_ID}
      title="Since the last review"
      headingComponent="h4"
      spacing={2}
    >
      <IconNote icon={HistoryIcon}>
        Start with what the team committed to and how the agreed actions went:
        ask how each one turned out before rating the criteria.
      </IconNote>
      <LoadState
        state={state}
        errorTitle="Could not load the commitments and actions"
      >
        {({ commitments, actions }) => (
          <Stack spacing={2}>
            <Box component="section" aria-labelledby={COMMITMENTS_ID}>
              <Heading id={COMMITMENTS_ID}>Commitments</Heading>
              <Commitments
                commitments={commitments}
                processName={process.name}
              />
            </Box>
            <Box component="section" aria-labelledby={ACTIONS_ID}>
              <Heading id={ACTIONS_ID}>
                {previous
                  ? `Actions from the review of ${formatDate(previous.date)}`
                  : 'Actions from the last review'}
              </Heading>
              <PreviousActions
                actions={actions}
                previous={previous}
                processName={process.name}
              />
            </Box>
          </Stack>
        )}
      </LoadState>
    </SectionPanel>
  );
};
