import type { Criterion } from '@csip-coach/plugin-csip-common';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';

/** @internal */
export type CriterionQuestionsProps = {
  criterion: Pick<Criterion, 'text' | 'questions'>;
  /** Open at first; closed unless told. */
  defaultOpen?: boolean;
};

/**
 * The question bank of one criterion: a "Questions to ask" disclosure (a
 * button that says whether it is open, `aria-expanded`) that shows the
 * criterion's open, non-leading questions to ask the team. Nothing shows
 * for a criterion without questions.
 *
 * @internal
 */
export const CriterionQuestions = ({
  criterion,
  defaultOpen = false,
}: CriterionQuestionsProps) => {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  const questions = criterion.questions ?? [];
  if (questions.length === 0) return null;
  const listId = `${id}-questions`;
  return (
    <Box sx={{ mt: 0.5 }}>
      <Button
        size="small"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`Questions to ask: ${criterion.text}`}
        startIcon={
          open ? <ExpandLessIcon aria-hidden /> : <ExpandMoreIcon aria-hidden />
        }
        onClick={() => setOpen(o => !o)}
        sx={{ px: 0.5 }}
      >
        Questions to ask
      </Button>
      <Box
        component="ul"
        id={listId}
        hidden={!open}
        aria-label={`Questions to ask: ${criterion.text}`}
        sx={{ m: 0, pl: 3 }}
      >
        {questions.map(question => (
          <Typography component="li" variant="body2" key={question}>
            {question}
          </Typography>
        ))}
      </Box>
    </Box>
  );
};
