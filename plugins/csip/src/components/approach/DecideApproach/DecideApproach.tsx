import { Progress } from '@backstage/frontend-plugin-api';
import {
  type DecisionCreate,
  ReadinessAnswers,
  recommendApproach,
  unansweredQuestions,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { DecisionForm } from '../DecisionForm';
import { ReadinessQuestionnaire } from '../ReadinessQuestionnaire';
import { RecommendationPanel } from '../RecommendationPanel';

/** @internal */
export type DecideApproachProps = {
  /** Whether the user may record the decision, from `useProgrammeAction`. */
  access: ProgrammeActionAccess;
  /** Records the decision; a rejection is shown in the form. */
  onRecord: (decision: DecisionCreate) => Promise<void>;
  /**
   * Closes the questionnaire and keeps the current decision; given when
   * there is one, which makes this a revisit (and takes the focus on open).
   */
  onCancel?: () => void;
};

/**
 * Deciding (or deciding again) how to implement ITSM: the readiness
 * questions, starting unanswered; the recommendation of the common
 * `recommendApproach` once every question is answered, and not before; and
 * the decision form, which records nothing until then either.
 *
 * @internal
 */
export const DecideApproach = ({
  access,
  onRecord,
  onCancel,
}: DecideApproachProps) => {
  const [answers, setAnswers] = useState<Partial<ReadinessAnswers>>({});
  const recommendation = useMemo(() => recommendApproach(answers), [answers]);
  const unanswered = unansweredQuestions(answers).length;
  const revisiting = Boolean(onCancel);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (revisiting) section.current?.focus();
  }, [revisiting]);

  return (
    <Box
      component="section"
      aria-labelledby="csip-decide-title"
      ref={section}
      tabIndex={-1}
      sx={{ outline: 'none' }}
    >
      <Stack spacing={3}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          justifyContent="space-between"
          alignItems="flex-start"
          spacing={2}
        >
          <Box>
            <Typography id="csip-decide-title" variant="h6" component="h3">
              {revisiting
                ? 'Revisit the decision'
                : 'Decide how to implement ITSM'}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {revisiting
                ? 'Answer the readiness questions afresh, for the organisation as it is today. The current decision stands until you record a new one; the history keeps both.'
                : 'Answer the readiness questions, compare the recommendation with what you know, then record the decision.'}
            </Typography>
          </Box>
          {onCancel && (
            <Button onClick={onCancel} sx={{ flexShrink: 0 }}>
              Keep the current decision
            </Button>
          )}
        </Stack>
        <Grid container spacing={3}>
          <Grid item xs={12} lg={6} sx={{ minWidth: 0 }}>
            <ReadinessQuestionnaire answers={answers} onChange={setAnswers} />
          </Grid>
          <Grid item xs={12} lg={6} sx={{ minWidth: 0 }}>
            <RecommendationPanel
              recommendation={recommendation}
              unanswered={unanswered}
            />
          </Grid>
        </Grid>
        {access.loading ? (
          <Progress />
        ) : (
          <DecisionForm
            answers={recommendation ? (answers as ReadinessAnswers) : undefined}
            unanswered={unanswered}
            recommended={recommendation?.recommended}
            onRecord={onRecord}
            access={access}
          />
        )}
      </Stack>
    </Box>
  );
};
