import {
  FOLLOW_UP_OUTCOME_LABELS,
  type FollowUp,
  type FollowUpOutcomeValue,
} from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import HourglassEmptyOutlinedIcon from '@mui/icons-material/HourglassEmptyOutlined';
import NotificationsActiveOutlinedIcon from '@mui/icons-material/NotificationsActiveOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import TimelapseOutlinedIcon from '@mui/icons-material/TimelapseOutlined';
import { type StatusLook, StatusChip } from '../../shared';

/** How each outcome looks: an icon and a calm tone, never colour alone. */
const OUTCOME_LOOKS: Record<FollowUpOutcomeValue, StatusLook> = {
  kept: { icon: <CheckCircleOutlineIcon aria-hidden />, tone: 'success' },
  partly: { icon: <TimelapseOutlinedIcon aria-hidden />, tone: 'info' },
  'not-yet': {
    icon: <HourglassEmptyOutlinedIcon aria-hidden />,
    tone: 'default',
  },
};

/**
 * Where a commitment stands, in words with an icon: its outcome once
 * recorded ("Kept", "Partly kept", "Not yet"), else "Due for follow-up"
 * once its date has come, else "Not due yet".
 *
 * @internal
 */
export const FollowUpStatusChip = ({
  followUp,
}: {
  followUp: Pick<FollowUp, 'outcome' | 'due'>;
}) => {
  const { outcome, due } = followUp;
  if (outcome) {
    return (
      <StatusChip
        label={FOLLOW_UP_OUTCOME_LABELS[outcome]}
        icon={OUTCOME_LOOKS[outcome].icon}
        tone={OUTCOME_LOOKS[outcome].tone}
      />
    );
  }
  return due ? (
    <StatusChip
      label="Due for follow-up"
      icon={<NotificationsActiveOutlinedIcon aria-hidden />}
      tone="warning"
    />
  ) : (
    <StatusChip label="Not due yet" icon={<ScheduleIcon aria-hidden />} />
  );
};
