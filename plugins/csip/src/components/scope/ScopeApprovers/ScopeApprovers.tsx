import type { ApproverStatus } from '@csip-coach/plugin-csip-common';
import CancelOutlinedIcon from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../util/formatDate';
import { AGREEMENT_DECISION_NAMES } from '../../../util/labels';
import { RefLink } from '../../shared';

/** One approver's decision in words with an icon, never colour alone. */
export const DecisionChip = ({
  decision,
}: {
  decision?: 'agree' | 'decline';
}) => {
  if (decision === 'agree') {
    return (
      <Chip
        size="small"
        color="success"
        variant="outlined"
        icon={<CheckCircleOutlineIcon aria-hidden />}
        label={AGREEMENT_DECISION_NAMES.agree}
      />
    );
  }
  if (decision === 'decline') {
    return (
      <Chip
        size="small"
        color="error"
        variant="outlined"
        icon={<CancelOutlinedIcon aria-hidden />}
        label={AGREEMENT_DECISION_NAMES.decline}
      />
    );
  }
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<HourglassEmptyIcon aria-hidden />}
      label={AGREEMENT_DECISION_NAMES.undecided}
    />
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
  <Paper
    variant="outlined"
    component="section"
    aria-labelledby="csip-scope-approvers"
    sx={{ p: 3 }}
  >
    <Typography id="csip-scope-approvers" variant="h6" component="h3">
      Approvers
    </Typography>
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
  </Paper>
);
