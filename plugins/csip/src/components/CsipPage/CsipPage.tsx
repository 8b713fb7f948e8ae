import { ResponseErrorPanel } from '@backstage/core-components';
import { Progress, useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import type { Programme } from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { csipApiRef } from '../../api';
import { programmeRouteRef } from '../../routes';
import { AwaitingAgreementList } from '../AwaitingAgreementList';
import { CreateProgrammeDialog } from '../CreateProgrammeDialog';
import { ProgrammesEmptyState } from '../ProgrammesEmptyState';
import { ProgrammeTable } from '../ProgrammeTable';

/**
 * The CSIP home: the scope versions awaiting the user's agreement, every
 * improvement programme in the portal, or what to do
 * when there is none yet, and the way to create one.
 *
 * @internal
 */
export const CsipPage = () => {
  const csipApi = useApi(csipApiRef);
  const navigate = useNavigate();
  const programmeLink = useRouteRef(programmeRouteRef);
  const [creating, setCreating] = useState(false);
  const { value, loading, error, retry } = useAsyncRetry(
    () => csipApi.listProgrammes({ limit: 100 }),
    [csipApi],
  );

  const onCreated = (programme: Programme) => {
    setCreating(false);
    if (programmeLink) {
      navigate(programmeLink({ programmeId: programme.id }));
    } else {
      retry();
    }
  };

  const createButton = (
    <Button
      variant="contained"
      startIcon={<AddIcon />}
      onClick={() => setCreating(true)}
    >
      Create programme
    </Button>
  );

  const empty = !loading && !error && !value?.items.length;
  let body: JSX.Element;
  if (loading && !value) {
    body = <Progress />;
  } else if (error) {
    body = (
      <ResponseErrorPanel error={error} title="Could not load programmes" />
    );
  } else if (empty) {
    body = <ProgrammesEmptyState action={createButton} />;
  } else {
    body = <ProgrammeTable programmes={value?.items ?? []} />;
  }

  return (
    <Box component="main" sx={{ p: 3 }}>
      <Stack spacing={3}>
        <Stack
          direction="row"
          spacing={2}
          alignItems="center"
          justifyContent="space-between"
        >
          <Typography variant="body1" color="text.secondary">
            Where are we, what did we agree, what do we do next — and could we
            do it without the coach?
          </Typography>
          {!empty && !loading && createButton}
        </Stack>
        <AwaitingAgreementList />
        {body}
      </Stack>
      {creating && (
        <CreateProgrammeDialog
          open
          onClose={() => setCreating(false)}
          onCreated={onCreated}
        />
      )}
    </Box>
  );
};
