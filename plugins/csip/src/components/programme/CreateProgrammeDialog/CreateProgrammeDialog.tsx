import { useApi } from '@backstage/frontend-plugin-api';
import {
  Programme,
  programmeCreateSchema,
} from '@csip-coach/plugin-csip-common';
import { csipApiRef } from '../../../api';
import { FormDialog, useFormDialog } from '../../shared';
import {
  checkProgrammeDraft,
  EMPTY_PROGRAMME,
  programmeBody,
  ProgrammeFields,
} from '../ProgrammeFields';

/** @internal */
export type CreateProgrammeDialogProps = {
  open: boolean;
  onClose: () => void;
  /** Called with the programme the backend created. */
  onCreated: (programme: Programme) => void;
};

/**
 * The form that creates a programme: validated with the common
 * `programmeCreateSchema` before it is sent, each field's problem shown next
 * to it, and the server's message shown if it still refuses the programme.
 *
 * @internal
 */
export const CreateProgrammeDialog = ({
  open,
  onClose,
  onCreated,
}: CreateProgrammeDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const dialog = useFormDialog({
    schema: programmeCreateSchema,
    defaultValues: EMPTY_PROGRAMME,
    toBody: programmeBody,
    check: checkProgrammeDraft,
    onSubmit: async body => {
      const programme = await csipApi.createProgramme(body);
      dialog.reset(EMPTY_PROGRAMME);
      onCreated(programme);
    },
  });

  const close = () => {
    dialog.reset(EMPTY_PROGRAMME);
    onClose();
  };

  return (
    <FormDialog
      form={dialog}
      open={open}
      onClose={close}
      maxWidth="md"
      titleId="csip-create-title"
      title="Create programme"
      failure="The programme was not created"
      submitLabel="Create"
    >
      <ProgrammeFields
        control={dialog.control}
        errors={dialog.errors}
        ownerHelp="The group or system the programme belongs to."
      />
    </FormDialog>
  );
};
