import type { Moment, Programme } from '@csip-coach/plugin-csip-common';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { useCsipQuery } from '../../../hooks/useCsipQuery';
import { useMaturityModel } from '../../../hooks/useMaturityModel';
import { FormDialogActions, LoadError } from '../../shared';
import { MomentForm } from './MomentForm';

/** @internal */
export type RecordMomentDialogProps = {
  open: boolean;
  /** The programme the moment belongs to; its members may own a commitment. */
  programme: Programme;
  onClose: () => void;
  /** Called with the moment the backend recorded. */
  onRecorded: (moment: Moment) => void;
};

const TITLE_ID = 'csip-record-moment-title';
const TITLE = 'Record a coaching moment';

/** The maturity model and scope the form needs, then the form. */
const RecordMomentContent = ({
  programme,
  onClose,
  onRecorded,
}: Omit<RecordMomentDialogProps, 'open'>) => {
  const model = useMaturityModel();
  // Only to offer the processes in scope first: the form works without.
  const scope = useCsipQuery(api => api.getScope(programme.id), [programme.id]);
  if (model.value && (scope.value || scope.error)) {
    return (
      <MomentForm
        titleId={TITLE_ID}
        programme={programme}
        model={model.value}
        scope={scope.value}
        onClose={onClose}
        onRecorded={onRecorded}
      />
    );
  }
  return (
    <>
      <DialogTitle id={TITLE_ID}>{TITLE}</DialogTitle>
      <DialogContent>
        {model.error && !model.loading ? (
          <LoadError failed={model} title="Could not load the processes" />
        ) : (
          // Not the app's Progress: that may suspend, which a dialog's
          // portal, rendered synchronously, does not allow.
          <LinearProgress aria-label="Loading the processes" />
        )}
      </DialogContent>
      <FormDialogActions
        submitLabel="Record"
        disabled
        onCancel={onClose}
        onSubmit={() => {}}
      />
    </>
  );
};

/**
 * Records a coaching moment between reviews, fast: the process (those in
 * the programme's scope first), in the work or in a scheduled session,
 * and what was observed; then, when there is one, the piece of work it is
 * tied to, the question asked (with the question bank of the process's
 * criteria to pick from), the team's answer and their commitment with its
 * owner and follow-up date, which becomes a follow-up.
 *
 * @internal
 */
export const RecordMomentDialog = ({
  open,
  ...props
}: RecordMomentDialogProps) => (
  <Dialog
    open={open}
    onClose={props.onClose}
    fullWidth
    maxWidth="md"
    aria-labelledby={TITLE_ID}
  >
    {open && <RecordMomentContent {...props} />}
  </Dialog>
);
