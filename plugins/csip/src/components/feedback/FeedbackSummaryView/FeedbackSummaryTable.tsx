import type {
  FeedbackBarrier,
  FeedbackSummary,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { visuallyHidden } from '../../status/visuallyHidden';
import { barrierLabel, bySeverity, groupName } from '../feedbackWords';

/** @internal */
export type FeedbackSummaryTableProps = {
  summary: FeedbackSummary;
  /** With it, each barrier has a "Make an action" button. */
  onMakeAction?: (barrier: FeedbackBarrier) => void;
};

const mean = (value: number | null) => (value === null ? 'not shown' : value);

/**
 * The summary as a table, most severe barrier first: per barrier the mean
 * severity of all answers and of each group of organisations, and how many
 * rated it; with `onMakeAction`, a button to turn the barrier into an
 * action.
 *
 * @internal
 */
export const FeedbackSummaryTable = ({
  summary,
  onMakeAction,
}: FeedbackSummaryTableProps) => {
  const groups = summary.organisations.map(g => g.organisation);
  return (
    <Table size="small" aria-label="Mean severity per barrier">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            Barrier
          </TableCell>
          <TableCell component="th" scope="col">
            All
          </TableCell>
          {groups.map(group => (
            <TableCell key={group} component="th" scope="col">
              {groupName(group)}
            </TableCell>
          ))}
          <TableCell component="th" scope="col">
            Answers
          </TableCell>
          {onMakeAction && (
            <TableCell component="th" scope="col">
              <Box component="span" sx={visuallyHidden}>
                Action
              </Box>
            </TableCell>
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {bySeverity(summary).map(b => (
          <TableRow key={b.barrier}>
            <TableCell component="th" scope="row">
              {barrierLabel(b.barrier)}
            </TableCell>
            <TableCell>{mean(b.meanSeverity)}</TableCell>
            {groups.map(group => (
              <TableCell key={group}>
                {mean(
                  b.byOrganisation.find(g => g.organisation === group)
                    ?.meanSeverity ?? null,
                )}
              </TableCell>
            ))}
            <TableCell>{b.responses}</TableCell>
            {onMakeAction && (
              <TableCell>
                <Button
                  size="small"
                  aria-label={`Make an action on ${barrierLabel(b.barrier)}`}
                  onClick={() => onMakeAction(b.barrier)}
                >
                  Make an action
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
