import { useApi } from '@backstage/frontend-plugin-api';
import {
  diffMembers,
  type MembershipChange,
  type ProgrammeMember,
} from '@csip-coach/plugin-csip-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { csipApiRef } from '../../../api';
import { errorMessage } from '../../../util/errorMessage';
import { formatDateTime } from '../../../util/formatDate';
import { ROLE_NAMES } from '../../../util/labels';
import { RefLink } from '../../shared';

/** @internal */
export type MembershipHistoryProps = {
  programmeId: string;
  /**
   * Changes when the programme did (such as its `version`), so the history
   * loads again after the members were edited.
   */
  refreshKey?: unknown;
};

/** People with their roles: `priya.change as Lead, omar.member as Member`. */
const PeopleWithRoles = ({ members }: { members: ProgrammeMember[] }) => (
  <>
    {members.map((m, i) => (
      <span key={`${m.userRef}|${m.role}`}>
        {i > 0 && ', '}
        <RefLink entityRef={m.userRef} /> as {ROLE_NAMES[m.role]}
      </span>
    ))}
  </>
);

const Change = ({ change }: { change: MembershipChange }) => {
  const { added, removed } = diffMembers(change.before, change.after);
  return (
    <ListItem disableGutters sx={{ display: 'block' }}>
      <Typography variant="body2" fontWeight="bold">
        <RefLink entityRef={change.changedBy} /> changed the members on{' '}
        {formatDateTime(change.changedAt)}
      </Typography>
      {added.length > 0 && (
        <Typography variant="body2">
          Added: <PeopleWithRoles members={added} />
        </Typography>
      )}
      {removed.length > 0 && (
        <Typography variant="body2">
          Removed: <PeopleWithRoles members={removed} />
        </Typography>
      )}
      {added.length === 0 && removed.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          Nobody was added or removed.
        </Typography>
      )}
    </ListItem>
  );
};

/**
 * Every change of the programme's members, newest first: who changed them,
 * when (local date and time), and whom they added and removed, with the
 * roles, worked out from the recorded before and after lists with the
 * common `diffMembers`.
 *
 * @internal
 */
export const MembershipHistory = ({
  programmeId,
  refreshKey,
}: MembershipHistoryProps) => {
  const csipApi = useApi(csipApiRef);
  const history = useAsync(
    () => csipApi.listMembershipChanges(programmeId),
    [csipApi, programmeId, refreshKey],
  );

  let body: JSX.Element;
  if (history.error) {
    body = (
      <Alert severity="error">
        Could not load the membership history: {errorMessage(history.error)}
      </Alert>
    );
  } else if (!history.value) {
    body = <Skeleton variant="rectangular" height={48} aria-hidden />;
  } else if (history.value.items.length === 0) {
    body = (
      <Typography variant="body2" color="text.secondary">
        No changes to the members since the programme was created.
      </Typography>
    );
  } else {
    // The backend lists them oldest first; a stable sort keeps that order
    // (reversed) for changes of the same moment.
    const newestFirst = [...history.value.items]
      .reverse()
      .sort((a, b) => b.changedAt.localeCompare(a.changedAt));
    body = (
      <List dense aria-labelledby="csip-membership-history">
        {newestFirst.map((change, index) => (
          <Change key={`${change.changedAt}-${index}`} change={change} />
        ))}
      </List>
    );
  }

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="csip-membership-history"
      sx={{ p: 3 }}
    >
      <Stack spacing={1}>
        <Box>
          <Typography
            id="csip-membership-history"
            variant="subtitle1"
            component="h3"
          >
            Membership history
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Who added or removed people, or changed their roles, and when.
          </Typography>
        </Box>
        {body}
      </Stack>
    </Paper>
  );
};
