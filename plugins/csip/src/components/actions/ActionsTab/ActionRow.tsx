import {
  Action,
  ACTION_STATUS_NAMES,
  ActionStatus,
  actionStatusSchema,
  describeDue,
} from '@csip-coach/plugin-csip-common';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { formatDate } from '../../../util/formatDate';
import { ActionStatusChip } from '../ActionStatusChip';
import { readableColour, RefLink } from '../../shared';

/** @internal */
export type ActionRowProps = {
  action: Action;
  /** Where the action came from, in words. */
  source: string;
  /** A status change is being saved. */
  busy: boolean;
  /** The id of why the user may not change it; disables the controls. */
  notAllowedId?: string;
  onStatusChange: (action: Action, status: ActionStatus) => void;
  onEdit: (action: Action) => void;
};

/**
 * One action of the register: what, who, measure of done, due date in
 * words, status, where it came from (linked to its review), and the ways
 * to change its status or edit it (disabled, and described by the reason,
 * for someone who may not).
 *
 * @internal
 */
export const ActionRow = ({
  action,
  source,
  busy,
  notAllowedId,
  onStatusChange,
  onEdit,
}: ActionRowProps) => {
  const location = useLocation();
  const headerId = `csip-action-${action.id}`;
  const due = describeDue(action);
  const reviewId = action.source.type === 'review' && action.source.reviewId;
  const describedBy = [headerId, notAllowedId].filter(Boolean).join(' ');

  return (
    <TableRow>
      <TableCell component="th" scope="row" id={headerId}>
        {action.description}
      </TableCell>
      <TableCell>
        <RefLink entityRef={action.owner} />
      </TableCell>
      <TableCell>{action.measure}</TableCell>
      <TableCell>
        <Typography variant="body2">{formatDate(action.dueDate)}</Typography>
        {due && (
          <Stack
            direction="row"
            spacing={0.5}
            alignItems="center"
            sx={{
              color: theme =>
                action.overdue
                  ? readableColour(theme, theme.palette.warning.dark)
                  : theme.palette.text.secondary,
            }}
          >
            {action.overdue && (
              <WarningAmberIcon fontSize="small" aria-hidden />
            )}
            <Typography
              variant="body2"
              color="inherit"
              fontWeight={action.overdue ? 'bold' : undefined}
            >
              {due}
            </Typography>
          </Stack>
        )}
      </TableCell>
      <TableCell>
        <ActionStatusChip action={action} />
      </TableCell>
      <TableCell>
        {reviewId ? (
          <Link
            component={RouterLink}
            to={`${location.pathname}?tab=reviews&review=${encodeURIComponent(
              reviewId,
            )}`}
          >
            {source}
          </Link>
        ) : (
          source
        )}
      </TableCell>
      <TableCell>
        <Stack spacing={1} alignItems="flex-start">
          <TextField
            select
            size="small"
            label="Change status"
            SelectProps={{ native: true }}
            inputProps={{ 'aria-describedby': describedBy }}
            value={action.status}
            disabled={busy || Boolean(notAllowedId)}
            onChange={e =>
              onStatusChange(action, e.target.value as ActionStatus)
            }
            sx={{ minWidth: 150 }}
          >
            {actionStatusSchema.options.map(status => (
              <option key={status} value={status}>
                {ACTION_STATUS_NAMES[status]}
              </option>
            ))}
          </TextField>
          <Button
            size="small"
            startIcon={<EditOutlinedIcon aria-hidden />}
            aria-describedby={describedBy}
            disabled={Boolean(notAllowedId)}
            onClick={() => onEdit(action)}
          >
            Edit
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
};
