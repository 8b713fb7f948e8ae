import type { AgreementCreate } from '@csip-coach/plugin-csip-common';
import CancelOutlinedIcon from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { PermittedButton, SectionPanel } from '../../shared';

/** @internal */
export type ScopeDecisionProps = {
  versionNumber: number;
  /** Whether the portal's policy lets the approver agree or decline. */
  access: ProgrammeActionAccess;
  onDecide: (decision: AgreementCreate['decision']) => void;
};

/**
 * The signed-in approver's undecided scope version: agree or decline it,
 * or why they may not.
 *
 * @internal
 */
export const ScopeDecision = ({
  versionNumber,
  access,
  onDecide,
}: ScopeDecisionProps) => (
  <SectionPanel titleId="csip-scope-your-decision" title="Your decision">
    <Typography variant="body2" gutterBottom>
      You are a required approver of version {versionNumber} and have not
      decided yet. Read what changed above and the scope below, then agree or
      decline it.
    </Typography>
    <Stack direction="row" spacing={2} alignItems="flex-start">
      <PermittedButton
        access={access}
        reasonId="csip-scope-agree-why"
        variant="contained"
        startIcon={<CheckCircleOutlineIcon />}
        onClick={() => onDecide('agree')}
      >
        Agree…
      </PermittedButton>
      <PermittedButton
        access={{ ...access, reason: undefined }}
        reasonId="csip-scope-agree-why"
        variant="outlined"
        startIcon={<CancelOutlinedIcon />}
        onClick={() => onDecide('decline')}
      >
        Decline…
      </PermittedButton>
    </Stack>
  </SectionPanel>
);
