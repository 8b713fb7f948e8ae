import type { ActionFields } from '@csip-coach/plugin-csip-common';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';
import { RefLink } from '../../shared';

/** @internal */
export type ReviewActionsTableProps = {
  actions: ActionFields[];
  /** The id of the heading that names the table. */
  labelledBy: string;
};

/**
 * The SMART actions agreed in a review: what, who, how we know it is done,
 * and by when.
 *
 * @internal
 */
export const ReviewActionsTable = ({
  actions,
  labelledBy,
}: ReviewActionsTableProps) =>
  actions.length === 0 ? (
    <Typography variant="body2">No actions were agreed.</Typography>
  ) : (
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>
          <TableCell>Action</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>How we know it is done</TableCell>
          <TableCell>Due</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {actions.map((action, i) => (
          <TableRow key={i}>
            <TableCell>{action.description}</TableCell>
            <TableCell>
              <RefLink entityRef={action.owner} />
            </TableCell>
            <TableCell>{action.measure}</TableCell>
            <TableCell>{formatDate(action.dueDate)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
