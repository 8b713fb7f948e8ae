import {
  READINESS_QUESTIONS,
  ReadinessAnswers,
} from '@csip-coach/plugin-csip-common';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { ANSWER_LABELS, READINESS_QUESTION_TEXT } from '../../../util/labels';

/** @internal */
export type RecordedAnswersProps = {
  /** The readiness answers a decision was recorded with. */
  answers: ReadinessAnswers;
};

/**
 * The readiness answers a decision was made on, each question with its
 * answer in words, as a list named by its heading.
 *
 * @internal
 */
export const RecordedAnswers = ({ answers }: RecordedAnswersProps) => (
  <>
    <Typography id="csip-recorded-answers" variant="subtitle1" component="h4">
      Recorded answers
    </Typography>
    <List dense aria-labelledby="csip-recorded-answers">
      {READINESS_QUESTIONS.map((question, index) => (
        <ListItem key={question} disableGutters>
          <ListItemText
            primary={`${index + 1}. ${READINESS_QUESTION_TEXT[question]}`}
            secondary={ANSWER_LABELS[answers[question] - 1]}
            primaryTypographyProps={{ sx: { whiteSpace: 'normal' } }}
          />
        </ListItem>
      ))}
    </List>
  </>
);
