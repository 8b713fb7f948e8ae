import {
  AgreementCreate,
  agreementCreateSchema,
  type ApproverStatus,
} from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../util/formatDate';
import {
  FormDialog,
  FormTextField,
  sentence,
  useFormDialog,
} from '../../shared';

/** @internal */
export type AgreementDialogProps = {
  decision: AgreementCreate['decision'];
  versionNumber: number;
  /**
   * The approver's earlier decision on this version, when this one changes
   * it: the dialog says a new record is added and the earlier one stays.
   */
  previous?: ApproverStatus;
  onClose: () => void;
  /** Records the decision; a rejection is shown in the dialog. */
  onConfirm: (agreement: AgreementCreate) => Promise<void>;
};

const changeNote = (previous: ApproverStatus, agree: boolean) => {
  const earlier = previous.decision === 'agree' ? 'agreement' : 'decline';
  const when = previous.at ? ` of ${formatDateTime(previous.at)}` : '';
  return `This changes your decision: a new record is added and counts from now on. Your earlier ${earlier}${when} stays in the record. ${
    agree
      ? 'If every approver has agreed, the scope becomes agreed.'
      : 'The scope is declined until you agree again or a new version is published.'
  }`;
};

/**
 * Agrees or declines one scope version as the signed-in user, with a
 * comment; a decline needs one (checked with `agreementCreateSchema`).
 * Given the approver's `previous` decision, it changes their mind.
 *
 * @internal
 */
export const AgreementDialog = ({
  decision,
  versionNumber,
  previous,
  onClose,
  onConfirm,
}: AgreementDialogProps) => {
  const dialog = useFormDialog({
    schema: agreementCreateSchema,
    defaultValues: { comment: '' },
    toBody: ({ comment }) => ({ decision, comment }),
    check: (_draft, found) => {
      const problems = Object.keys(found).length;
      if (found.comment) found.comment = sentence(found.comment);
      else if (problems) found.comment = 'Check the comment.';
    },
    onSubmit: onConfirm,
  });
  const agree = decision === 'agree';

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      titleId="csip-agreement-title"
      title={`${agree ? 'Agree' : 'Decline'} scope version ${versionNumber}${
        previous ? ' instead' : ''
      }`}
      failure="Your decision was not recorded"
      countErrors={false}
      spacing={2}
      intro={
        <>
          {previous && (
            <Typography variant="body2">
              {changeNote(previous, agree)}
            </Typography>
          )}
          <Typography variant="body2">
            {agree
              ? 'You agree this version as yourself. If a new version is published, you will be asked again.'
              : 'You decline this version as yourself. Say what would make it agreeable so the lead and coach can publish a new version.'}
          </Typography>
        </>
      }
      submitLabel={agree ? 'Agree' : 'Decline'}
    >
      <FormTextField
        control={dialog.control}
        name="comment"
        label="Comment"
        multiline
        minRows={3}
        required={!agree}
        error={dialog.errors.comment}
        helperText={
          agree
            ? 'Optional.'
            : 'Required: what would make this scope agreeable?'
        }
      />
    </FormDialog>
  );
};
