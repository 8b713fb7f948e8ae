import type { Closure, Programme } from '@csip-coach/plugin-csip-common';
import TaskAltOutlinedIcon from '@mui/icons-material/TaskAltOutlined';
import Box from '@mui/material/Box';
import { useState } from 'react';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { PermittedButton } from '../../shared';
import { CloseProgrammeDialog } from '../CloseProgrammeDialog';
import { ClosurePanel } from '../ClosurePanel';
import { OutcomeKpisPanel } from '../OutcomeKpisPanel';

/** @internal */
export type ProgrammeOutcomesProps = {
  programme: Programme;
};

/**
 * The outcomes part of a programme's overview: how it ended once closed,
 * its outcome KPIs, and "Close programme" for its sponsors and leads while
 * it is open.
 *
 * @internal
 */
export const ProgrammeOutcomes = ({ programme }: ProgrammeOutcomesProps) => {
  // The closure as the close returned it, until the page reloads the programme.
  const [closed, setClosed] = useState<Closure>();
  const closure = closed ?? programme.closure;
  const closeAccess = useProgrammeAction('closeProgramme', programme);
  const [closing, setClosing] = useState(false);
  return (
    <>
      {closure && <ClosurePanel closure={closure} />}
      <OutcomeKpisPanel programme={programme} />
      {!closure && (
        <Box sx={{ mb: 3 }}>
          <PermittedButton
            access={closeAccess}
            reasonId="csip-close-programme-reason"
            variant="outlined"
            startIcon={<TaskAltOutlinedIcon aria-hidden />}
            onClick={() => setClosing(true)}
          >
            Close programme
          </PermittedButton>
        </Box>
      )}
      {closing && (
        <CloseProgrammeDialog
          programme={programme}
          onClose={() => setClosing(false)}
          onClosed={updated => {
            setClosing(false);
            setClosed(updated.closure);
          }}
        />
      )}
    </>
  );
};
