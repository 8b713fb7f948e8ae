import {
  Approach,
  APPROACHES,
  checkDecision,
  decisionCreateSchema,
  DecisionCreate,
  ReadinessAnswers,
} from '@csip-coach/plugin-csip-common';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { FormEvent } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { APPROACH_DESCRIPTIONS, APPROACH_NAMES } from '../../../util/labels';
import {
  FormErrorSummary,
  FormTextField,
  PermittedButton,
  SectionPanel,
  useFormDialog,
} from '../../shared';
import { stillToAnswer } from '../stillToAnswer';

const APPROACH_ID = /\b(done-to-you|diy-with-coaching|diy)\b/g;

/** A message of the common rules, with approach ids as names people read. */
function inWords(message: string): string {
  const named = message.replace(
    APPROACH_ID,
    id => APPROACH_NAMES[id as Approach],
  );
  return `${named.charAt(0).toLocaleUpperCase('en-GB')}${named.slice(1)}.`;
}

/** @internal */
export type DecisionFormProps = {
  /**
   * The readiness answers the decision is recorded with; undefined until
   * every question is answered, and until then nothing can be recorded.
   */
  answers: ReadinessAnswers | undefined;
  /** How many questions are still to answer. */
  unanswered: number;
  /** The approach the answers recommend, once all are answered. */
  recommended?: Approach;
  /** Records the decision; a rejection is shown in the form. */
  onRecord: (decision: DecisionCreate) => Promise<void>;
  /**
   * Whether the signed-in user may record the decision, from
   * `useProgrammeAction('decideApproach', …)`; allowed when not given.
   * When not allowed, the button is disabled with the reason.
   */
  access?: ProgrammeActionAccess;
};

const ALLOWED: ProgrammeActionAccess = { loading: false, allowed: true };

type Draft = { approach: Approach | ''; rationale: string; revisitOn: string };

const EMPTY: Draft = { approach: '', rationale: '', revisitOn: '' };

/** The common rules' word on the rationale, if they have one. */
function rationaleProblem(draft: Draft, answers?: ReadinessAnswers) {
  if (!draft.approach || !answers) return undefined;
  const issue = checkDecision({
    approach: draft.approach,
    rationale: draft.rationale,
    revisitOn: draft.revisitOn || undefined,
    answers,
  }).issues.find(i => i.field === 'rationale');
  return issue && inWords(issue.message);
}

/**
 * Whether the decision can be recorded: not when the user may not, and not
 * before every readiness question is answered.
 */
function recordAccess(
  access: ProgrammeActionAccess,
  unanswered: number,
  answered: boolean,
): ProgrammeActionAccess {
  if (!access.allowed || answered) return access;
  const left = stillToAnswer(unanswered);
  return {
    loading: false,
    allowed: false,
    reason: `Answer every readiness question to record the decision: ${left} still to answer`,
  };
}

/**
 * Records how the organisation will implement ITSM. Checked live with the
 * common `checkDecision`: choosing against the recommendation needs a
 * rationale, which the form says before it is submitted. Nothing can be
 * recorded before every readiness question is answered. Someone whom the
 * portal's permission policy does not allow to decide can still try the
 * form; its button is disabled with the reason.
 *
 * @internal
 */
export const DecisionForm = ({
  answers,
  unanswered,
  recommended,
  onRecord,
  access = ALLOWED,
}: DecisionFormProps) => {
  const form = useFormDialog({
    schema: decisionCreateSchema,
    defaultValues: EMPTY,
    toBody: draft => ({
      approach: draft.approach || undefined,
      rationale: draft.rationale,
      revisitOn: draft.revisitOn || undefined,
      answers,
    }),
    check: (draft, found) => {
      if (!draft.approach) found.approach = 'Choose an approach';
      const problem = rationaleProblem(draft, answers);
      if (problem) found.rationale ??= problem;
    },
    onSubmit: async decision => {
      await onRecord(decision);
      form.reset(EMPTY);
    },
  });
  const { control, errors } = form;
  const draft = useWatch({ control }) as Draft;
  const approach = draft.approach;
  const rationaleMessage = rationaleProblem(draft, answers);

  const submit = (event: FormEvent) => {
    if (!answers) {
      // Not even by Enter in a field: the button is disabled until then.
      event.preventDefault();
      return undefined;
    }
    return form.submit(event);
  };

  let rationaleHelp: JSX.Element | string =
    'Why this approach? Helpful for whoever revisits the decision.';
  if (errors.rationale) {
    rationaleHelp = errors.rationale;
  } else if (rationaleMessage) {
    rationaleHelp = (
      <Box component="span" sx={{ display: 'flex', gap: 0.5 }}>
        <WarningAmberIcon fontSize="inherit" aria-hidden sx={{ mt: 0.25 }} />
        {rationaleMessage}
      </Box>
    );
  } else if (approach && approach === recommended) {
    rationaleHelp = (
      <Box component="span" sx={{ display: 'flex', gap: 0.5 }}>
        <InfoOutlinedIcon fontSize="inherit" aria-hidden sx={{ mt: 0.25 }} />
        Follows the recommendation; a rationale is optional but helps whoever
        revisits the decision.
      </Box>
    );
  }

  return (
    <SectionPanel titleId="csip-decision-title">
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          <Typography id="csip-decision-title" variant="h6" component="h4">
            Record the decision
          </Typography>
          <FormErrorSummary
            errorCount={0}
            serverError={form.serverError}
            failure="The decision was not recorded"
          />
          <FormControl error={Boolean(errors.approach)}>
            <FormLabel id="csip-decision-approach">Approach</FormLabel>
            <Controller
              control={control}
              name="approach"
              render={({ field }) => (
                <RadioGroup
                  aria-labelledby="csip-decision-approach"
                  value={field.value}
                  onChange={field.onChange}
                >
                  {APPROACHES.map(a => (
                    <Box key={a}>
                      <FormControlLabel
                        value={a}
                        control={
                          <Radio
                            inputProps={{
                              'aria-describedby': `csip-decision-${a}-help`,
                            }}
                          />
                        }
                        label={APPROACH_NAMES[a]}
                      />
                      <Typography
                        id={`csip-decision-${a}-help`}
                        variant="body2"
                        color="text.secondary"
                        sx={{ ml: 4, mt: -1, mb: 1 }}
                      >
                        {APPROACH_DESCRIPTIONS[a]}
                        {a === recommended && ' Recommended for your answers.'}
                      </Typography>
                    </Box>
                  ))}
                </RadioGroup>
              )}
            />
            {errors.approach && (
              <FormHelperText>{errors.approach}</FormHelperText>
            )}
          </FormControl>
          <FormTextField
            control={control}
            name="rationale"
            label="Rationale"
            multiline
            minRows={3}
            error={errors.rationale}
            helperText={rationaleHelp}
          />
          <FormTextField
            control={control}
            name="revisitOn"
            label="Revisit on"
            type="date"
            error={errors.revisitOn}
            helperText="Optional: when to look at the decision again."
            sx={{ maxWidth: 240 }}
          />
          <Box>
            <PermittedButton
              access={recordAccess(access, unanswered, Boolean(answers))}
              reasonId="csip-decision-why"
              type="submit"
              variant="contained"
              disabled={form.busy}
            >
              Record decision
            </PermittedButton>
          </Box>
        </Stack>
      </form>
    </SectionPanel>
  );
};
