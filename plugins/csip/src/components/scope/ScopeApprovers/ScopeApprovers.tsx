import type { ApproverStatus } from '@csip-coach/plugin-csip-common';
import CancelOutlinedIcon from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../util/formatDate';
import { AGREEMENT_DECISION_NAMES } from '../../../util/labels';
import {
  RefLink,
  SectionPanel,
  StatusChip,
  type StatusLook,
} from '../../shared';

const DECISION_LOOKS: Record<
  keyof typeof AGREEMENT_DECISION_NAMES,
  StatusLook
> = {
  agree: { icon: <CheckCircleOutlineIcon aria-hidden />, tone: 'success' },
  decline: { icon: <CancelOutlinedIcon aria-hidden />, tone: 'error' },
  undecided: { icon: <HourglassEmptyIcon aria-hidden />, tone: 'default' },
};

/** One approver's decision in words with an icon, never colour alone. */

export const DecisionChip = ({
  decision,
}: {
  decision?: 'agree' | 'decline';
}) => {
  const key = decision ?? 'undecided';
  const { icon, tone } = DECISION_LOOKS[key];
  return (
    <StatusChip label={AGREEMENT_DECISION_NAMES[key]} icon={icon} tone={tone} />
  );
};

/** @internal */
export type ScopeApproversProps = { approvers: ApproverStatus[] };

/**
 * Every required approver of the current version and where they stand:
 * agreed, declined or not yet decided, with their comment and when.
 *
 * @internal
 */
export const ScopeApprovers = ({ approvers }: ScopeApproversProps) => (
  <SectionPanel titleId="csip-scope-approvers" title="Approvers">
    <Typography variant="body2" color="text.secondary" gutterBottom>
      Every sponsor and each extra approver must agree this version. Agreements
      on earlier versions do not count.
    </Typography>
    {approvers.length === 0 ? (
      <Typography variant="body2">
        No required approvers yet: add a sponsor to the programme or name
        approvers when publishing a version.
      </Typography>
    ) : (
      <Stack
        component="ul"
        aria-labelledby="csip-scope-approvers"
        spacing={2}
        sx={{ listStyle: 'none', p: 0, m: 0 }}
      >
        {approvers.map(a => (
          <Box component="li" key={a.userRef}>
            <Stack
              direction="row"
              spacing={1}
              alignItems="center"
              flexWrap="wrap"
            >
              <RefLink entityRef={a.userRef} />
              <DecisionChip decision={a.decision} />
              {a.at && (
                <Typography variant="body2" color="text.secondary">
                  {formatDateTime(a.at)}
                </Typography>
              )}
            </Stack>
            {a.comment && (
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                “{a.comment}”
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
    )}
  </SectionPanel>
);
