import { useApi } from '@backstage/frontend-plugin-api';
import {
  feedbackRoundCreateSchema,
  type FeedbackRound,
} from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { csipApiRef } from '../../../api';
import { FormDialog, FormTextField, useFormDialog } from '../../shared';

/** @internal */
export type OpenRoundDialogProps = {
  programmeId: string;
  onClose: () => void;
  /** Called with the round the backend opened. */
  onOpened: (round: FeedbackRound) => void;
};

type Draft = { title: string; closesOn: string; organisations: string };

const EMPTY: Draft = { title: '', closesOn: '', organisations: '' };

/** The organisations typed one per line, blank lines left out. */
export const organisationLines = (text: string) =>
  text
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean);

/**
 * Opens a partnership feedback round: its title, the last day it takes
 * answers and the organisations whose people answer (one per line: the
 * client's IT, each outsourcing partner, customers). Checked with the
 * common `feedbackRoundCreateSchema`.
 *
 * @internal
 */
export const OpenRoundDialog = ({
  programmeId,
  onClose,
  onOpened,
}: OpenRoundDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const dialog = useFormDialog({
    schema: feedbackRoundCreateSchema,
    defaultValues: EMPTY,
    toBody: draft => ({
      ...draft,
      organisations: organisationLines(draft.organisations),
    }),
    check: (_draft, found) => {
      // A problem with one name is shown on the one field of names.
      for (const field of Object.keys(found)) {
        if (field.startsWith('organisations.')) {
          found.organisations ??= `Line ${Number(field.split('.')[1]) + 1}: ${
            found[field]
          }`;
          delete found[field];
        }
      }
    },
    onSubmit: async body =>
      onOpened(await csipApi.openFeedbackRound(programmeId, body)),
  });
  const { control, message } = dialog;

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      titleId="csip-open-round-title"
      title="Open a feedback round"
      failure="The round was not opened"
      intro={
        <Typography variant="body2">
          Ask the people of the client organisation, its outsourcing partners
          and customers how much each of the twelve partnership barriers gets in
          the way. They may answer anonymously; the summary shows only groups of
          3 or more.
        </Typography>
      }
      submitLabel="Open round"
    >
      <FormTextField
        control={control}
        name="title"
        label="Title"
        required
        error={message('title')}
      />
      <FormTextField
        control={control}
        name="closesOn"
        label="Closes on"
        type="date"
        required
        error={message('closesOn')}
        helperText="The last day it takes answers."
      />
      <FormTextField
        control={control}
        name="organisations"
        label="Organisations"
        required
        multiline
        minRows={3}
        error={message('organisations')}
        helperText="One per line, up to 10, such as Client IT, Acme Outsourcing, Customers."
      />
    </FormDialog>
  );
};
