import {
  type Decision,
  DecisionCreate,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useEffect, useRef, useState } from 'react';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { CurrentDecision } from '../CurrentDecision';
import { DecideApproach } from '../DecideApproach';
import { DecisionHistory } from '../DecisionHistory';
import { useDecisions } from '../useDecisions';
import { LoadState, NoticeAlert } from '../../shared';

/** @internal */
export type ApproachTabProps = {
  /** The programme: its id, and its members for the role rule. */
  programme: Pick<Programme, 'id' | 'members'>;
  /** Called after a decision is recorded, so the page can show it. */
  onDecided?: () => void;
};

/**
 * How the programme implements ITSM. The current decision comes first,
 * with the readiness answers it was recorded with and what they recommend
 * (scores, reasons, risks); the readiness questions open behind "Revisit
 * the decision", unanswered, and straight away while nothing is decided.
 * The recommendation, and recording a decision, wait until every question
 * is answered. Only the programme's leads and sponsors record the decision,
 * and only when the portal's policy allows `csip.approach.decide`
 * (`useProgrammeAction('decideApproach')`); anyone else can still try the
 * questions and sees the Record button disabled with the reason. The
 * decision history comes last.
 *
 * @internal
 */
export const ApproachTab = ({ programme, onDecided }: ApproachTabProps) => {
  const decide = useProgrammeAction('decideApproach', programme);
  const decisions = useDecisions(programme.id);
  const [revisiting, setRevisiting] = useState(false);
  const [notice, setNotice] = useState<string>();
  const revisitButton = useRef<HTMLButtonElement>(null);
  const closedByReader = useRef(false);

  useEffect(() => {
    if (!revisiting && closedByReader.current) {
      closedByReader.current = false;
      revisitButton.current?.focus();
    }
  }, [revisiting]);

  const record = async (decision: DecisionCreate) => {
    await decisions.record(decision);
    setRevisiting(false);
    setNotice('Decision recorded. It is now the current decision.');
    onDecided?.();
  };

  const view = (items: Decision[]) => {
    const current = items[0];
    const deciding = revisiting || !current;
    const revisit = !deciding && (
      <Button
        variant="outlined"
        ref={revisitButton}
        onClick={() => {
          setNotice(undefined);
          setRevisiting(true);
        }}
      >
        Revisit the decision
      </Button>
    );
    return (
      <Stack spacing={3}>
        <NoticeAlert notice={notice} onClose={() => setNotice(undefined)} />
        {current && <CurrentDecision decision={current} action={revisit} />}
        {deciding && (
          <DecideApproach
            access={decide}
            onRecord={record}
            onCancel={
              current
                ? () => {
                    closedByReader.current = true;
                    setRevisiting(false);
                  }
                : undefined
            }
          />
        )}
        <DecisionHistory decisions={items} />
      </Stack>
    );
  };

  return (
    <LoadState state={decisions} errorTitle="Could not load the decisions">
      {view}
    </LoadState>
  );
};
