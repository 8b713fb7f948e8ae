import type { MyAction } from '@csip-coach/plugin-csip-common';
import ScheduleIcon from '@mui/icons-material/Schedule';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { StatusChip } from '../../shared';

/**
 * "Overdue" (as the action register marks it) or "Due soon" in words with
 * an icon, or nothing; `StatusChip` keeps the text at WCAG AA contrast.
 *
 * @internal
 */
export const MyActionChip = ({
  action,
}: {
  action: Pick<MyAction, 'overdue' | 'dueSoon'>;
}) => {
  if (action.overdue) {
    return (
      <StatusChip
        icon={<WarningAmberIcon aria-hidden />}
        tone="warning"
        label="Overdue"
      />
    );
  }
  if (action.dueSoon) {
    return (
      <StatusChip
        icon={<ScheduleIcon aria-hidden />}
        tone="info"
        label="Due soon"
      />
    );
  }
  return null;
};
