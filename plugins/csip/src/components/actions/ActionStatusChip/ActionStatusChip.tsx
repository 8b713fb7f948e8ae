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
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';

const STATUS_ICONS: Record<ActionStatus, JSX.Element> = {
  open: <RadioButtonUncheckedIcon aria-hidden />,
  'in-progress': <AutorenewIcon aria-hidden />,
  done: <CheckCircleOutlineIcon aria-hidden />,
  dropped: <DoNotDisturbAltIcon aria-hidden />,
};

const STATUS_COLOURS = {
  open: 'default',
  'in-progress': 'info',
  done: 'success',
  dropped: 'default',
} as const;

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
  <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
    <Chip
      size="small"
      variant="outlined"
      icon={STATUS_ICONS[action.status]}
      color={STATUS_COLOURS[action.status]}
      label={ACTION_STATUS_NAMES[action.status]}
    />
    {action.overdue && (
      <Chip
        size="small"
        variant="outlined"
        icon={<WarningAmberIcon aria-hidden />}
        color="warning"
        label="Overdue"
      />
    )}
  </Stack>
);
