import type { Programme } from '@csip-coach/plugin-csip-common';
import RateReviewOutlinedIcon from '@mui/icons-material/RateReviewOutlined';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useMaturityModel } from '../../../hooks/useMaturityModel';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { LoadError, PermittedButton } from '../../shared';
import { SelfAssessDialog } from './SelfAssessDialog';

/** @internal */
export type SelfAssessButtonProps = {
  programme: Programme;
  /** The process the dialog starts with, if any. */
  initialProcess?: string;
  /** Called after an answer was recorded, such as to reload a summary. */
  onRecorded?: () => void;
};

/**
 * "Self-assess", for the programme's leads, members and sponsors whom the
 * portal's policy allows (coaches rate in the review; anyone else sees the
 * button disabled with the reason): opens the self-assessment dialog and,
 * once an answer is recorded, says so.
 *
 * @internal
 */
export const SelfAssessButton = ({
  programme,
  initialProcess,
  onRecorded,
}: SelfAssessButtonProps) => {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string>();
  const model = useMaturityModel();
  return (
    <Stack spacing={1} alignItems="flex-start">
      <PermittedButton
        access={useProgrammeAction('selfAssess', programme)}
        reasonId="csip-self-assess-reason"
        variant="outlined"
        startIcon={<RateReviewOutlinedIcon aria-hidden />}
        // The dialog needs the processes and their criteria first.
        disabled={!model.value}
        onClick={() => {
          setDone(undefined);
          setOpen(true);
        }}
      >
        Self-assess
      </PermittedButton>
      {model.error && !model.loading && (
        <LoadError failed={model} title="Could not load the processes" />
      )}
      {done && (
        <Alert severity="success" onClose={() => setDone(undefined)}>
          {done}
        </Alert>
      )}
      {model.value && (
        <SelfAssessDialog
          open={open}
          programme={programme}
          model={model.value}
          initialProcess={initialProcess}
          onClose={() => setOpen(false)}
          onRecorded={(recorded, processName) => {
            setOpen(false);
            setDone(
              `Your self-assessment of ${processName} is recorded${
                recorded.anonymous ? ', anonymously' : ''
              }.${
                recorded.replaced ? ' It replaces your earlier answer.' : ''
              } The coach sees it in the review.`,
            );
            onRecorded?.();
          }}
        />
      )}
    </Stack>
  );
};
