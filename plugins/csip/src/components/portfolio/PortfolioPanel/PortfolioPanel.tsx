import { Progress } from '@backstage/frontend-plugin-api';
import type { Programme } from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { CreateProgrammeDialog } from '../../programme';
import { LoadError, PermittedButton, SpreadRow } from '../../shared';
import { ExportCsvButton } from '../ExportCsvButton';
import { ImportProgrammeButton } from '../ImportProgrammeButton';
import { PortfolioFilters } from '../PortfolioFilters';
import { PortfolioTable } from '../PortfolioTable';
import { ProgrammesEmptyState } from '../ProgrammesEmptyState';
import { usePortfolioQuery } from '../usePortfolioQuery';
import { useProgrammeList } from '../useProgrammeList';

/** @internal */
export type PortfolioPanelProps = {
  /** Opens a programme just created or imported. */
  onOpen: (programme: Programme) => void;
};

/**
 * The portfolio of every improvement programme in the portal (filtered,
 * sorted and paged by the backend, exportable as CSV), or what to do when
 * there is none yet. Creating programmes is disabled with the reason when the
 * portal's permission policy does not allow `csip.programme.create`, and
 * importing them when it does not allow `csip.programme.import`.
 *
 * @internal
 */
export const PortfolioPanel = ({ onOpen }: PortfolioPanelProps) => {
  const [creating, setCreating] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);
  const create = useProgrammeAction('createProgramme');
  const { query } = usePortfolioQuery();
  // Whether the portal has any programme at all, whatever the filters.
  const first = useProgrammeList({ limit: 1 }, refreshKey);
  const any = first.value && first.value.items.length > 0;

  const open = (programme: Programme) => {
    setCreating(false);
    // Shown at once when the page cannot navigate to it.
    setRefreshKey(k => k + 1);
    onOpen(programme);
  };

  const createButton = (
    <PermittedButton
      access={create}
      reasonId="csip-create-programme-why"
      variant="contained"
      startIcon={<AddIcon />}
      onClick={() => setCreating(true)}
    >
      Create programme
    </PermittedButton>
  );

  let body: JSX.Element;
  if (first.loading && first.value === undefined) {
    body = <Progress />;
  } else if (first.error) {
    body = <LoadError failed={first} title="Could not load programmes" />;
  } else if (!any) {
    body = <ProgrammesEmptyState action={createButton} />;
  } else {
    body = (
      <Stack spacing={2}>
        <PortfolioFilters />
        <PortfolioTable
          onCreate={create.allowed ? () => setCreating(true) : undefined}
          refreshKey={refreshKey}
        />
      </Stack>
    );
  }

  return (
    <Stack spacing={3}>
      <SpreadRow alignItems="flex-start">
        <Typography variant="body1" color="text.secondary">
          Where are we, what did we agree, what do we do next — and could we do
          it without the coach?
        </Typography>
        <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
          {any && <ExportCsvButton query={query} />}
          <ImportProgrammeButton onImported={open} />
          {any && createButton}
        </Stack>
      </SpreadRow>
      {body}
      {creating && (
        <CreateProgrammeDialog
          open
          onClose={() => setCreating(false)}
          onCreated={open}
        />
      )}
    </Stack>
  );
};
