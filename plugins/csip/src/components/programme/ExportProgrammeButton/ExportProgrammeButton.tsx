import { useApi } from '@backstage/frontend-plugin-api';
import type { Programme } from '@csip-coach/plugin-csip-common';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';
import { csipApiRef } from '../../../api';
import { errorSentence } from '../../../api/errorSentence';
import { exportFileName } from './exportFileName';
import { downloadBlob } from '../../../util/downloadBlob';

/** @internal */
export type ExportProgrammeButtonProps = {
  programme: Pick<Programme, 'id' | 'title'>;
};

type Outcome = { severity: 'success' | 'error'; message: string };

/** Saves a JSON document as a file through a temporary download link. */
function download(content: unknown, fileName: string) {
  downloadBlob(
    new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }),
    fileName,
  );
}

/**
 * Exports the programme as one portable JSON document, downloaded as
 * `csip-<title>-<date>.json`, which "Import" on the CSIP page reads back as
 * a new programme. Says in a message whether it worked, and why not.
 *
 * @internal
 */
export const ExportProgrammeButton = ({
  programme,
}: ExportProgrammeButtonProps) => {
  const csipApi = useApi(csipApiRef);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [open, setOpen] = useState(false);

  const exportProgramme = async () => {
    setOpen(false);
    setBusy(true);
    try {
      const archive = await csipApi.exportProgramme(programme.id);
      const fileName = exportFileName(programme.title, archive.exportedAt);
      download(archive, fileName);
      setOutcome({
        severity: 'success',
        message: `Exported as ${fileName}.`,
      });
      setOpen(true);
    } catch (error) {
      setOutcome({
        severity: 'error',
        message: `The programme was not exported: ${errorSentence(error)}`,
      });
      setOpen(true);
    } finally {
      setBusy(false);
    }
  };

  const close = () => setOpen(false);

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<FileDownloadOutlinedIcon aria-hidden />}
        onClick={exportProgramme}
        disabled={busy}
      >
        Export
      </Button>
      <Snackbar
        open={open && Boolean(outcome)}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') close();
        }}
        autoHideDuration={outcome?.severity === 'success' ? 6000 : null}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {outcome ? (
          <Alert
            severity={outcome.severity}
            onClose={close}
            role={outcome.severity === 'error' ? 'alert' : 'status'}
            variant="filled"
          >
            {outcome.message}
          </Alert>
        ) : (
          <span />
        )}
      </Snackbar>
    </>
  );
};
