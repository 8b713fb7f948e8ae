import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import CloseIcon from '@mui/icons-material/Close';
import Inventory2OutlinedIcon from '@mui/icons-material/Inventory2Outlined';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { programmeRouteRef } from '../../../routes';
import { formatDate } from '../../../util/formatDate';
import { APPROACH_NAMES, DRIVER_NAMES } from '../../../util/labels';
import { ScopeStatusChip } from '../../scope/ScopeTab/ScopeTab';
import { Fact, FactList, PhaseLabel, RefLink, StatusChip } from '../../shared';
import {
  describeLevelLine,
  describeOverdue,
  describeReadiness,
  describeScore,
  describeSummit,
  NOT_KNOWN,
} from './describeStatus';

const TITLE_ID = 'csip-portfolio-details-title';

/** Everything the portfolio knows of one programme, as terms and values. */
function programmeFacts(programme: ProgrammeSummary): Fact[] {
  const { status } = programme;
  return [
    {
      term: 'Owner',
      value: (
        <>
          <RefLink entityRef={programme.ownerRef} />
          <Typography
            variant="caption"
            color="text.secondary"
            component="div"
            sx={{ overflowWrap: 'anywhere' }}
          >
            {programme.ownerRef}
          </Typography>
        </>
      ),
    },
    { term: 'Phase', value: <PhaseLabel phase={programme.phase} /> },
    { term: 'Driver', value: DRIVER_NAMES[programme.driver] },
    {
      term: 'Approach',
      value: programme.approach
        ? APPROACH_NAMES[programme.approach]
        : 'Not decided yet',
    },
    {
      term: 'Scope',
      value: status ? (
        <ScopeStatusChip status={status.scopeStatus} />
      ) : (
        NOT_KNOWN
      ),
    },
    {
      term: 'Levels vs targets',
      value: status?.levels.length
        ? status.levels.map(line => (
            <div key={line.process}>{describeLevelLine(line)}</div>
          ))
        : NOT_KNOWN,
    },
    { term: 'Summit', value: status ? describeSummit(status) : NOT_KNOWN },
    {
      term: 'Knowledge transfer',
      value: status
        ? `${describeScore(status)} of the coach’s know-how taken over`
        : NOT_KNOWN,
    },
    {
      term: 'Exit readiness',
      value: status ? describeReadiness(status) : NOT_KNOWN,
    },
    {
      term: 'Overdue actions',
      value: describeOverdue(programme.overdueActions),
    },
    { term: 'Last updated', value: formatDate(programme.updatedAt) },
  ];
}

/** @internal */
export type ProgrammeDetailsDrawerProps = {
  /** The programme shown; kept while the drawer closes. */
  programme?: ProgrammeSummary;
  open: boolean;
  /** Closes the drawer; focus goes back to the button that opened it. */
  onClose: () => void;
};

/**
 * The portfolio's details of one programme, in a drawer from the right:
 * what the table leaves out (driver, approach, scope, last change) and the
 * figures in words. A modal dialog named by the programme's title; Escape
 * or the close button shut it and focus returns to the row's button.
 *
 * @internal
 */
export const ProgrammeDetailsDrawer = ({
  programme,
  open,
  onClose,
}: ProgrammeDetailsDrawerProps) => {
  const programmeLink = useRouteRef(programmeRouteRef);
  return (
    <Drawer
      anchor="right"
      open={open && Boolean(programme)}
      onClose={onClose}
      PaperProps={{
        role: 'dialog',
        'aria-modal': true,
        'aria-labelledby': TITLE_ID,
        sx: { width: { xs: '100%', sm: 420 } },
      }}
    >
      {programme && (
        <Stack spacing={2} sx={{ p: 3 }}>
          <Stack direction="row" spacing={1} alignItems="flex-start">
            <Typography
              id={TITLE_ID}
              variant="h5"
              component="h2"
              sx={{ flexGrow: 1 }}
            >
              {programme.title}
            </Typography>
            <IconButton aria-label="Close details" onClick={onClose}>
              <CloseIcon aria-hidden />
            </IconButton>
          </Stack>
          {programme.archived && (
            <Box>
              <StatusChip
                icon={<Inventory2OutlinedIcon aria-hidden />}
                label="Archived"
              />
            </Box>
          )}
          <FactList facts={programmeFacts(programme)} columnGap={3} />
          {programmeLink && (
            <Link to={programmeLink({ programmeId: programme.id })}>
              Open the programme
            </Link>
          )}
        </Stack>
      )}
    </Drawer>
  );
};
