import { ResponseErrorPanel } from '@backstage/core-components';
import { Progress, useApi } from '@backstage/frontend-plugin-api';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { csipApiRef } from '../../api';
import { ProgrammesEmptyState } from '../ProgrammesEmptyState';
import { ProgrammeTable } from '../ProgrammeTable';

/**
 * The CSIP home: every improvement programme in the portal, or what to do
 * when there is none yet.
 *
 * @internal
 */
export const CsipPage = () => {
  const csipApi = useApi(csipApiRef);
  const { value, loading, error } = useAsync(
    () => csipApi.listProgrammes({ limit: 100 }),
    [csipApi],
  );

  let body: JSX.Element;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = (
      <ResponseErrorPanel error={error} title="Could not load programmes" />
    );
  } else if (!value?.items.length) {
    body = <ProgrammesEmptyState />;
  } else {
    body = <ProgrammeTable programmes={value.items} />;
  }

  return (
    <Box component="main" sx={{ p: 3 }}>
      <Stack spacing={3}>
        <Typography variant="body1" color="text.secondary">
          Where are we, what did we agree, what do we do next — and could we do
          it without the coach?
        </Typography>
        {body}
      </Stack>
    </Box>
  );
};
