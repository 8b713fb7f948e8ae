import {
  Action,
  ACTION_STATUS_NAMES,
  ActionStatus,
} from '@csip-coach/plugin-csip-common';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import DoNotDisturbAltIcon from '@mui/icons-material/DoNotDisturbAlt';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import {
  ChipRow,
  LookedUpStatusChip,
  StatusChip,
  type StatusLook,
} from '../../shared';

const STATUS_LOOKS: Record<ActionStatus, StatusLook> = {
  open: { icon: <RadioButtonUncheckedIcon aria-hidden />, tone: 'default' },
  'in-progress': { icon: <AutorenewIcon aria-hidden />, tone: 'info' },
  done: { icon: <CheckCircleOutlineIcon aria-hidden />, tone: 'success' },
  dropped: { icon: <DoNotDisturbAltIcon aria-hidden />, tone: 'default' },
};

/** @internal */
export type ActionStatusChipProps = {
  action: Pick<Action, 'status' | 'overdue'>;
};

/**
 * An action's status in words with an icon, never colour alone, and an
 * "Overdue" mark with a warning icon when its due date has passed while it
 * is still open or in progress.
 *
 * @internal
 */
export const ActionStatusChip = ({ action }: ActionStatusChipProps) => (
  <ChipRow>
    <LookedUpStatusChip
      status={action.status}
      looks={STATUS_LOOKS}
      names={ACTION_STATUS_NAMES}
    />
    {action.overdue && (
      <StatusChip
        icon={<WarningAmberIcon aria-hidden />}
        tone="warning"
        label="Overdue"
      />
    )}
  </ChipRow>
);
