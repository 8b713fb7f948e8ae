import {
  HANDOVER_STATUS_NAMES,
  type HandoverItem,
  type HandoverStatus,
} from '@csip-coach/plugin-csip-common';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import HistoryToggleOffIcon from '@mui/icons-material/HistoryToggleOff';
import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import VerifiedOutlinedIcon from '@mui/icons-material/VerifiedOutlined';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';
import {
  ChipRow,
  LookedUpStatusChip,
  RefLink,
  SpreadRow,
  StatusChip,
  type StatusLook,
} from '../../shared';

const STATUS_LOOKS: Record<HandoverStatus, StatusLook> = {
  'not-started': {
    icon: <RadioButtonUncheckedIcon aria-hidden />,
    tone: 'default',
  },
  'in-progress': { icon: <AutorenewIcon aria-hidden />, tone: 'info' },
  demonstrated: { icon: <TaskAltIcon aria-hidden />, tone: 'primary' },
  verified: { icon: <VerifiedOutlinedIcon aria-hidden />, tone: 'success' },
};

/** @internal */
export type HandoverItemCardProps = {
  item: HandoverItem;
  onUpdate: (item: HandoverItem) => void;
  /**
   * The id of why the signed-in user may not update items: the Update
   * button is disabled and described by it when set.
   */
  notAllowedId?: string;
};

/** What a retired item says about itself. */
export const RETIRED_NOTE =
  'Retired: its process left the scope. Kept in the history, not counted; it comes back if the process returns.';

/**
 * One checklist item: what has to be true and why, its status in words,
 * weight, whether it is critical, owner, evidence, the team's
 * demonstration (who, when) and the coach's verification (who, when), and
 * the way to update it. A retired item (its process left the scope) is
 * greyed and struck through, says so, and cannot be updated. It is the
 * target of links to `#handover-item-<id>`, so it takes the focus.
 *
 * @internal
 */
export const HandoverItemCard = ({
  item,
  onUpdate,
  notAllowedId,
}: HandoverItemCardProps) => {
  const titleId = `csip-handover-item-title-${item.id}`;
  const retiredId = `csip-handover-item-retired-${item.id}`;
  const retired = Boolean(item.retiredAt);
  const shown = item.status === 'demonstrated' || item.status === 'verified';
  return (
    <Paper
      component="li"
      variant="outlined"
      id={`handover-item-${item.id}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      sx={{
        p: 2,
        listStyle: 'none',
        ...(retired && {
          color: 'text.disabled',
          bgcolor: 'action.hover',
          borderStyle: 'dashed',
        }),
        '&:focus, &:target': {
          outline: theme => `3px solid ${theme.palette.primary.main}`,
          outlineOffset: 2,
        },
      }}
    >
      <Stack spacing={1}>
        <SpreadRow
          spacing={1}
          alignItems="flex-start"
          flexWrap="nowrap"
          useFlexGap={false}
        >
          <Typography
            id={titleId}
            variant="body1"
            fontWeight="bold"
            sx={{
              minWidth: 0,
              overflowWrap: 'break-word',
              ...(retired && { textDecoration: 'line-through' }),
            }}
          >
            {item.title}
          </Typography>
          <Button
            size="small"
            variant="outlined"
            startIcon={<EditOutlinedIcon aria-hidden />}
            aria-describedby={[titleId, retired ? retiredId : notAllowedId]
              .filter(Boolean)
              .join(' ')}
            disabled={retired || Boolean(notAllowedId)}
            onClick={() => onUpdate(item)}
            sx={{ flexShrink: 0 }}
          >
            Update
          </Button>
        </SpreadRow>
        {retired && (
          <Stack direction="row" spacing={0.5} alignItems="flex-start">
            <HistoryToggleOffIcon fontSize="small" aria-hidden />
            <Typography id={retiredId} variant="body2" color="text.secondary">
              {RETIRED_NOTE}
            </Typography>
          </Stack>
        )}
        <ChipRow>
          <LookedUpStatusChip
            status={item.status}
            looks={STATUS_LOOKS}
            names={HANDOVER_STATUS_NAMES}
          />
          {item.critical && (
            <StatusChip
              tone="warning"
              icon={<PriorityHighIcon aria-hidden />}
              label="Critical"
            />
          )}
          <StatusChip label={`Weight ${item.weight}`} />
        </ChipRow>
        {item.description && (
          <Typography variant="body2">{item.description}</Typography>
        )}
        <Typography variant="body2">
          Owner:{' '}
          {item.owner ? <RefLink entityRef={item.owner} /> : 'nobody yet'}
        </Typography>
        {item.evidence && (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
            Evidence: {item.evidence}
          </Typography>
        )}
        {shown && item.demonstratedBy && (
          <Typography variant="body2" color="text.secondary">
            Demonstrated by <RefLink entityRef={item.demonstratedBy} />
            {item.demonstratedAt && ` on ${formatDate(item.demonstratedAt)}`}
          </Typography>
        )}
        {item.status === 'verified' && item.verifiedBy && (
          <Typography variant="body2" color="text.secondary">
            Verified by <RefLink entityRef={item.verifiedBy} />
            {item.verifiedAt && ` on ${formatDate(item.verifiedAt)}`}
          </Typography>
        )}
      </Stack>
    </Paper>
  );
};
