import type {
  Action,
  ActionStatus,
  Review,
} from '@csip-coach/plugin-csip-common';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { ActionRow } from './ActionRow';
import { describeSource } from './actionFilters';

/** @internal */
export type ActionsTableProps = {
  actions: Action[];
  /** The programme's reviews, to name the review an action came from. */
  reviews?: Pick<Review, 'id' | 'date'>[];
  /** The action whose status change is being saved, if any. */
  busyId?: string;
  /**
   * The id of the reason the signed-in user may not change actions; the
   * controls are disabled and described by it when set.
   */
  notAllowedId?: string;
  onStatusChange: (action: Action, status: ActionStatus) => void;
  onEdit: (action: Action) => void;
};

/**
 * The action register as a table, one {@link ActionRow} per action.
 *
 * @internal
 */
export const ActionsTable = ({
  actions,
  reviews,
  busyId,
  notAllowedId,
  onStatusChange,
  onEdit,
}: ActionsTableProps) => (
  <TableContainer component={Paper} variant="outlined">
    <Table aria-label="Actions">
      <TableHead>
        <TableRow>
          <TableCell>Action</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>Measure of done</TableCell>
          <TableCell>Due</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Source</TableCell>
          <TableCell>Change</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {actions.map(action => (
          <ActionRow
            key={action.id}
            action={action}
            source={describeSource(action.source, reviews)}
            busy={busyId === action.id}
            notAllowedId={notAllowedId}
            onStatusChange={onStatusChange}
            onEdit={onEdit}
          />
        ))}
      </TableBody>
    </Table>
  </TableContainer>
);
