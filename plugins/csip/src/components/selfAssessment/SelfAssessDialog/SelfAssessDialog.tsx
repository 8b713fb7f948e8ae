import type {
  MaturityModel,
  Programme,
  SelfAssessmentRecorded,
} from '@csip-coach/plugin-csip-common';
import Dialog from '@mui/material/Dialog';
import { SelfAssessmentForm } from './SelfAssessmentForm';

/** @internal */
export type SelfAssessDialogProps = {
  open: boolean;
  programme: Programme;
  /** The processes and criteria to rate. */
  model: MaturityModel;
  /** The process to start with, if any. */
  initialProcess?: string;
  onClose: () => void;
  /** Called with the recorded answer and the name of its process. */
  onRecorded: (recorded: SelfAssessmentRecorded, processName: string) => void;
};

const TITLE_ID = 'csip-self-assess-title';

/**
 * A team member's own rating of a process before its review, "Self-assess
 * a process": choose the process, rate each of its criteria Not yet,
 * Partly, Largely, Fully or Not applicable, and answer anonymously if you
 * wish.
 *
 * @internal
 */
export const SelfAssessDialog = ({ open, ...props }: SelfAssessDialogProps) => (
  <Dialog
    open={open}
    onClose={props.onClose}
    fullWidth
    maxWidth="md"
    aria-labelledby={TITLE_ID}
  >
    {open && (
      <SelfAssessmentForm
        {...props}
        titleId={TITLE_ID}
        title="Self-assess a process"
      />
    )}
  </Dialog>
);
