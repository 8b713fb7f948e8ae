import { useApi } from '@backstage/frontend-plugin-api';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { csipApiRef } from '../../../api';
import type { PortfolioQuery } from '../usePortfolioQuery';
import { errorSentence } from '../../../api/errorSentence';
import { downloadBlob } from '../../../util/downloadBlob';

/** @internal */
export type ExportCsvButtonProps = {
  /** The portfolio's filters, sort and order; the CSV holds every match. */
  query: PortfolioQuery;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The CSV's file name, dated today in the user's time zone. */
export function portfolioCsvFileName(now: Date = new Date()): string {
  return `csip-portfolio-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(
    now.getDate(),
  )}.csv`;
}

/**
 * "Export CSV": downloads every programme matching the portfolio's filters,
 * in its sort order (not just the page shown), as
 * `csip-portfolio-<yyyy-mm-dd>.csv`. Says why when the export fails.
 *
 * @internal
 */
export const ExportCsvButton = ({ query }: ExportCsvButtonProps) => {
  const csipApi = useApi(csipApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const exportCsv = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const blob = await csipApi.downloadPortfolioCsv(query);
      downloadBlob(blob, portfolioCsvFileName());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1} alignItems="flex-end">
      <Button
        variant="outlined"
        startIcon={<FileDownloadOutlinedIcon aria-hidden />}
        onClick={exportCsv}
        disabled={busy}
        aria-busy={busy}
      >
        Export CSV
      </Button>
      {error !== undefined && (
        <Alert severity="error" onClose={() => setError(undefined)}>
          The portfolio was not exported: {errorSentence(error)}
        </Alert>
      )}
    </Stack>
  );
};
