import {
  READINESS_QUESTIONS,
  ReadinessAnswers,
} from '@csip-coach/plugin-csip-common';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ANSWER_LABELS, READINESS_QUESTION_TEXT } from '../../../util/labels';
import { SectionPanel } from '../../shared';

/** @internal */
export type ReadinessQuestionnaireProps = {
  /** The answers so far; a question without one shows no choice. */
  answers: Partial<ReadinessAnswers>;
  onChange: (answers: Partial<ReadinessAnswers>) => void;
};

/**
 * The readiness questions, each answered from 1 (not at all) to 5 (very
 * much) with a labelled radio group. Nothing is chosen until someone
 * answers: there is no default answer.
 *
 * @internal
 */
export const ReadinessQuestionnaire = ({
  answers,
  onChange,
}: ReadinessQuestionnaireProps) => (
  <SectionPanel
    titleId="csip-readiness-title"
    title="Readiness questions"
    headingComponent="h4"
  >
    <Typography variant="body2" color="text.secondary" paragraph>
      Answer every question for your organisation as it is today. The
      recommendation shows once all are answered; nothing is saved until you
      record a decision.
    </Typography>
    <Stack spacing={2}>
      {READINESS_QUESTIONS.map((question, index) => {
        const labelId = `csip-question-${question}`;
        return (
          <FormControl key={question} component="fieldset">
            <FormLabel component="legend" id={labelId}>
              {index + 1}. {READINESS_QUESTION_TEXT[question]}
            </FormLabel>
            <RadioGroup
              row
              name={question}
              aria-labelledby={labelId}
              value={answers[question] ? String(answers[question]) : ''}
              onChange={e =>
                onChange({ ...answers, [question]: Number(e.target.value) })
              }
            >
              {ANSWER_LABELS.map((label, i) => (
                <FormControlLabel
                  key={label}
                  value={String(i + 1)}
                  control={<Radio size="small" />}
                  label={label}
                />
              ))}
            </RadioGroup>
          </FormControl>
        );
      })}
    </Stack>
  </SectionPanel>
);
