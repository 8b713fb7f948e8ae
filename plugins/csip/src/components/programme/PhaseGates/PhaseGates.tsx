import type { PhaseStatus } from '@csip-coach/plugin-csip-common';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { PHASE_NAMES } from '../../../util/labels';

/** @internal */
export type PhaseGatesProps = {
  status: PhaseStatus;
  /** Id of the list of unmet gates, for the move button to refer to. */
  unmetListId: string;
};

type Facts = PhaseStatus['facts'];

const GATES: {
  id: string;
  when: string;
  what: string;
  met: (facts: Facts) => boolean;
  /** Whether the gate applies to the programme as it stands; always when not given. */
  applies?: (status: PhaseStatus) => boolean;
  /** What to say when it is not met; "Not met yet" when not given. */
  unmet?: string;
}[] = [
  {
    id: 'approach-decided',
    when: 'Leaving Establish',
    what: 'the implementation approach is decided',
    met: facts => facts.approachDecided,
  },
  {
    id: 'scope-agreed',
    when: 'Leaving Establish',
    what: 'every sponsor agreed the current scope version',
    met: facts => facts.scopeAgreed,
  },
  {
    id: 'agreement-withdrawn',
    when: 'Every move forward after Establish',
    what: 'no sponsor has withdrawn their agreement to the current scope version',
    met: facts => !facts.agreementWithdrawn,
    applies: status => status.phase !== 'establish',
    unmet: 'Not met: agreement withdrawn; agree a scope again',
  },
  {
    id: 'handover-ready',
    when: 'Entering Sustain',
    what: 'the handover checklist shows the team is ready to carry on without the coach',
    met: facts => facts.handoverReady,
  },
];

/**
 * What the next forward move needs: every unmet gate in words with an icon
 * (the backend's messages, "agreement withdrawn" included), or that every
 * gate is met; and where each gate of the programme stands.
 *
 * @internal
 */
export const PhaseGates = ({ status, unmetListId }: PhaseGatesProps) => {
  const { next } = status;
  return (
    <>
      {!next && (
        <Typography variant="body1">
          Sustain is the last phase: the team carries on improving without the
          coach.
        </Typography>
      )}
      {next && next.unmet.length > 0 && (
        <>
          <Typography variant="body1" id={`${unmetListId}-title`}>
            Before moving to {PHASE_NAMES[next.to]}:
          </Typography>
          <List dense id={unmetListId} aria-labelledby={`${unmetListId}-title`}>
            {next.unmet.map(gate => (
              <ListItem key={gate.gate}>
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <BlockIcon color="warning" aria-hidden />
                </ListItemIcon>
                <ListItemText primary={`Not met: ${gate.message}`} />
              </ListItem>
            ))}
          </List>
        </>
      )}
      {next && next.unmet.length === 0 && (
        <Typography
          variant="body1"
          id={unmetListId}
          sx={{ display: 'flex', gap: 1, alignItems: 'center' }}
        >
          <CheckCircleOutlineIcon color="success" aria-hidden />
          Every gate for moving to {PHASE_NAMES[next.to]} is met.
        </Typography>
      )}
      <Typography variant="subtitle2" component="h4" sx={{ mt: 2 }}>
        The gates of this programme
      </Typography>
      <List dense aria-label="The gates of this programme">
        {GATES.filter(gate => gate.applies?.(status) ?? true).map(gate => {
          const met = gate.met(status.facts);
          return (
            <ListItem key={gate.id}>
              <ListItemIcon sx={{ minWidth: 36 }}>
                {met ? (
                  <CheckCircleOutlineIcon color="success" aria-hidden />
                ) : (
                  <RadioButtonUncheckedIcon aria-hidden />
                )}
              </ListItemIcon>
              <ListItemText
                primary={`${gate.when}: ${gate.what}`}
                secondary={met ? 'Met' : gate.unmet ?? 'Not met yet'}
              />
            </ListItem>
          );
        })}
      </List>
    </>
  );
};
