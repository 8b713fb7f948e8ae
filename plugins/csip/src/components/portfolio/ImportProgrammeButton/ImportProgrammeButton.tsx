import { useApi } from '@backstage/frontend-plugin-api';
import type { Programme } from '@csip-coach/plugin-csip-common';
import FileUploadOutlinedIcon from '@mui/icons-material/FileUploadOutlined';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { csipApiRef } from '../../../api';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { FormDialog, PermittedButton, useFormDialog } from '../../shared';

/** @internal */
export type ImportProgrammeButtonProps = {
  /** Called with the new programme once the server has imported it. */
  onImported(programme: Programme): void;
};

/** A file's text; `FileReader` works in every browser and in jsdom. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () =>
      reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}

type ImportDraft = { file?: File };

/**
 * "Import": a dialog to choose a file downloaded with Export and import it
 * as a new programme, history included. A file that is not JSON is refused
 * before anything is sent; the server's reasons for refusing a document
 * (which name the offending fields) are shown as they are. Importing needs
 * the `csip.programme.import` permission (`useProgrammeAction
 * ('importProgramme')`; the example policy keeps it to admins): without it
 * the button is disabled with the reason.
 *
 * @internal
 */
export const ImportProgrammeButton = ({
  onImported,
}: ImportProgrammeButtonProps) => {
  const csipApi = useApi(csipApiRef);
  const access = useProgrammeAction('importProgramme');
  const [open, setOpen] = useState(false);
  const dialog = useFormDialog<ImportDraft>({
    defaultValues: {},
    check: ({ file }, found) => {
      if (!file) found.file = 'Choose an export file first.';
    },
    onSubmit: async ({ file }) => {
      if (!file) return;
      let archive: unknown;
      try {
        archive = JSON.parse(await readText(file));
      } catch {
        dialog.form.setError('file', {
          message: `“${file.name}” is not valid JSON, so nothing was imported. Choose the .json file downloaded with Export on a programme’s page.`,
        });
        return;
      }
      const programme = await csipApi.importProgramme(archive);
      setOpen(false);
      onImported(programme);
    },
  });
  const { busy } = dialog;
  const fileError = dialog.errors.file;

  const openDialog = () => {
    dialog.reset({});
    setOpen(true);
  };
  const close = () => {
    if (!busy) setOpen(false);
  };

  return (
    <>
      <PermittedButton
        access={access}
        reasonId="csip-import-programme-why"
        variant="outlined"
        startIcon={<FileUploadOutlinedIcon aria-hidden />}
        onClick={openDialog}
      >
        Import
      </PermittedButton>
      <FormDialog
        form={dialog}
        open={open}
        onClose={close}
        titleId="csip-import-title"
        title="Import a programme"
        failure="The programme was not imported"
        countErrors={false}
        spacing={2}
        intro={
          <Typography variant="body2">
            Choose a file downloaded with Export on a programme’s page. It
            becomes a new programme with its whole history — scope versions and
            agreements, reviews, actions and handover — and the original stays
            as it is. Its records keep their original authors, and the programme
            says who imported it, when, and from an export of which date.
          </Typography>
        }
        submitLabel="Import programme"
        actions={{ busyLabel: 'Importing…', cancelDisabled: busy }}
      >
        <Controller
          control={dialog.control}
          name="file"
          render={({ field }) => (
            <TextField
              id="csip-import-file"
              type="file"
              label="Export file"
              required
              InputLabelProps={{ shrink: true }}
              inputProps={{ accept: 'application/json,.json' }}
              inputRef={field.ref}
              onChange={event => {
                const input = event.target as HTMLInputElement;
                field.onChange(input.files?.[0]);
                dialog.form.clearErrors('file');
                dialog.setServerError(undefined);
              }}
              error={Boolean(fileError)}
              helperText={
                fileError ??
                'A .json file named like csip-<programme>-<date>.json.'
              }
              FormHelperTextProps={{
                role: fileError ? 'alert' : undefined,
              }}
            />
          )}
        />
      </FormDialog>
    </>
  );
};
