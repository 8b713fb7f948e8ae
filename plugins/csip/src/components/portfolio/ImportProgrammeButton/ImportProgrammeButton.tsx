import { useApi } from '@backstage/frontend-plugin-api';
import type { Programme } from '@csip-coach/plugin-csip-common';
import FileUploadOutlinedIcon from '@mui/icons-material/FileUploadOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormEvent, useState } from 'react';
import { csipApiRef } from '../../../api';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { errorMessage } from '../../../util/errorMessage';
import { PermittedButton } from '../../shared';

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
  const [file, setFile] = useState<File>();
  const [fileError, setFileError] = useState<string>();
  const [serverError, setServerError] = useState<string>();
  const [importing, setImporting] = useState(false);

  const reset = () => {
    setFile(undefined);
    setFileError(undefined);
    setServerError(undefined);
    setImporting(false);
  };
  const openDialog = () => {
    reset();
    setOpen(true);
  };
  const close = () => {
    if (!importing) setOpen(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    if (!file) {
      setFileError('Choose an export file first.');
      return;
    }
    let archive: unknown;
    try {
      archive = JSON.parse(await readText(file));
    } catch {
      setFileError(
        `“${file.name}” is not valid JSON, so nothing was imported. Choose the .json file downloaded with Export on a programme’s page.`,
      );
      return;
    }
    setFileError(undefined);
    setImporting(true);
    try {
      const programme = await csipApi.importProgramme(archive);
      setImporting(false);
      setOpen(false);
      onImported(programme);
    } catch (error) {
      setServerError(errorMessage(error));
      setImporting(false);
    }
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
      <Dialog
        open={open}
        onClose={close}
        fullWidth
        maxWidth="sm"
        aria-labelledby="csip-import-title"
      >
        <form onSubmit={submit} noValidate>
          <DialogTitle id="csip-import-title">Import a programme</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              <Typography variant="body2">
                Choose a file downloaded with Export on a programme’s page. It
                becomes a new programme with its whole history — scope versions
                and agreements, reviews, actions and handover — and the original
                stays as it is. Its records keep their original authors, and the
                programme says who imported it, when, and from an export of
                which date.
              </Typography>
              {serverError && (
                <Alert severity="error" role="alert">
                  The programme was not imported: {serverError}
                </Alert>
              )}
              <TextField
                id="csip-import-file"
                type="file"
                label="Export file"
                required
                InputLabelProps={{ shrink: true }}
                inputProps={{ accept: 'application/json,.json' }}
                onChange={event => {
                  const input = event.target as HTMLInputElement;
                  setFile(input.files?.[0]);
                  setFileError(undefined);
                  setServerError(undefined);
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
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={close} disabled={importing}>
              Cancel
            </Button>
            <Button type="submit" variant="contained" disabled={importing}>
              {importing ? 'Importing…' : 'Import programme'}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
