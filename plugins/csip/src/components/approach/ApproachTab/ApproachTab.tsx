import { Progress } from '@backstage/frontend-plugin-api';
import {
  DecisionCreate,
  type Programme,
  READINESS_QUESTIONS,
  ReadinessAnswers,
  recommendApproach,
} from '@csip-coach/plugin-csip-common';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { DecisionForm } from '../DecisionForm';
import { DecisionHistory } from '../DecisionHistory';
import { ReadinessQuestionnaire } from '../ReadinessQuestionnaire';
import { RecommendationPanel } from '../RecommendationPanel';
import { useDecisions } from '../useDecisions';
import { LoadState } from '../../shared';

/** Every question answered 3, the middle of the scale. */
const MIDDLE_ANSWERS = Object.fromEntries(
  READINESS_QUESTIONS.map(question => [question, 3]),
) as ReadinessAnswers;

/** @internal */
export type ApproachTabProps = {
  /** The programme: its id, and its members for the role rule. */
  programme: Pick<Programme, 'id' | 'members'>;
  /** Called after a decision is recorded, so the page can show it. */
  onDecided?: () => void;
};

/**
 * Choosing how to implement ITSM: the readiness questions, the live
 * recommendation from the common `recommendApproach`, the decision form and
 * the decision history. Only the programme's leads and sponsors record the
 * decision, and only when the portal's policy allows `csip.approach.decide`
 * (`useProgrammeAction('decideApproach')`); anyone else can still try the
 * questions and sees the Record button disabled with the reason.
 *
 * @internal
 */
export const ApproachTab = ({ programme, onDecided }: ApproachTabProps) => {
  const [answers, setAnswers] = useState<ReadinessAnswers>(MIDDLE_ANSWERS);
  const recommendation = useMemo(() => recommendApproach(answers), [answers]);
  const decide = useProgrammeAction('decideApproach', programme);
  const decisions = useDecisions(programme.id);

  const record = async (decision: DecisionCreate) => {
    await decisions.record(decision);
    onDecided?.();
  };

  const history = (
    <LoadState
      state={decisions}
      errorTitle="Could not load the decision history"
    >
      {value => <DecisionHistory decisions={value} />}
    </LoadState>
  );

  return (
    <Stack spacing={3}>
      <Grid container spacing={3}>
        <Grid item xs={12} lg={6} sx={{ minWidth: 0 }}>
          <ReadinessQuestionnaire answers={answers} onChange={setAnswers} />
        </Grid>
        <Grid item xs={12} lg={6} sx={{ minWidth: 0 }}>
          <RecommendationPanel recommendation={recommendation} />
        </Grid>
      </Grid>
      {decide.loading ? (
        <Progress />
      ) : (
        <DecisionForm
          answers={answers}
          recommended={recommendation.recommended}
          onRecord={record}
          access={decide}
        />
      )}
      {history}
    </Stack>
  );
};
