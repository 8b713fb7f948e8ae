import type {
  AgreementCreate,
  ApproverStatus,
} from '@csip-coach/plugin-csip-common';
import CancelOutlinedIcon from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { formatDateTime } from '../../../util/formatDate';
import { PermittedButton, SectionPanel } from '../../shared';

/** @internal */
export type ScopeDecisionProps = {
  versionNumber: number;
  /** Whether the portal's policy lets the approver agree or decline. */
  access: ProgrammeActionAccess;
  /**
   * The signed-in approver's latest decision on this version, when they
   * made one: they are then offered the opposite decision.
   */
  mine?: ApproverStatus;
  onDecide: (decision: AgreementCreate['decision']) => void;
};

type Decided = ApproverStatus & { decision: AgreementCreate['decision'] };

const Undecided = ({
  versionNumber,
  access,
  onDecide,
}: Omit<ScopeDecisionProps, 'mine'>) => (
  <>
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
  </>
);

const ChangeOfMind = ({
  versionNumber,
  access,
  mine,
  onDecide,
}: Omit<ScopeDecisionProps, 'mine'> & { mine: Decided }) => (
  <>
    <Typography variant="body2">
      You {mine.decision === 'agree' ? 'agreed' : 'declined'} version{' '}
      {versionNumber}
      {mine.at ? ` on ${formatDateTime(mine.at)}` : ''}.
    </Typography>
    {mine.comment && (
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        Your comment: “{mine.comment}”
      </Typography>
    )}
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 1.5 }}>
      You may change your mind: your new decision is added as a new record and
      counts from then on; the earlier one stays on record.
    </Typography>
    <PermittedButton
      access={access}
      reasonId="csip-scope-agree-why"
      variant="outlined"
      startIcon={<SwapHorizIcon />}
      onClick={() => onDecide(mine.decision === 'agree' ? 'decline' : 'agree')}
    >
      Change my decision…
    </PermittedButton>
  </>
);

/**
 * The signed-in approver's decision on the current scope version: agree
 * or decline it when undecided, or see what they decided and change their
 * mind (a new record; the latest counts), or why they may not.
 *
 * @internal
 */
export const ScopeDecision = ({ mine, ...props }: ScopeDecisionProps) => (
  <SectionPanel titleId="csip-scope-your-decision" title="Your decision">
    {mine?.decision ? (
      <ChangeOfMind {...props} mine={mine as Decided} />
    ) : (
      <Undecided {...props} />
    )}
  </SectionPanel>
);
