import { Link } from '@backstage/core-components';
import { Progress, useRouteRef } from '@backstage/frontend-plugin-api';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { programmeRouteRef } from '../../../routes';
import { formatDateTime } from '../../../util/formatDate';
import { LoadError, RefLink, SectionPanel } from '../../shared';
import { useAwaitingAgreement } from '../useAwaitingAgreement';

/**
 * The current scope versions that wait for the signed-in user's agree or
 * decline, each linking to the programme's scope tab.
 *
 * @internal
 */
export const AwaitingAgreementList = () => {
  const programmeLink = useRouteRef(programmeRouteRef);
  const awaiting = useAwaitingAgreement();
  const { value } = awaiting;

  let body: JSX.Element;
  if (awaiting.error && !awaiting.loading) {
    body = (
      <LoadError
        failed={awaiting}
        title="Could not load what awaits your agreement"
      />
    );
  } else if (!value) {
    body = <Progress />;
  } else if (value.length === 0) {
    body = (
      <Typography variant="body2" color="text.secondary">
        Nothing awaits your agreement.
      </Typography>
    );
  } else {
    body = (
      <Stack
        component="ul"
        aria-labelledby="csip-awaiting-title"
        spacing={1}
        sx={{ listStyle: 'none', p: 0, m: 0 }}
      >
        {value.map(item => {
          const title = programmeLink ? (
            <Link
              to={`${programmeLink({
                programmeId: item.programmeId,
              })}?tab=scope`}
            >
              {item.programmeTitle}
            </Link>
          ) : (
            item.programmeTitle
          );
          return (
            <Box
              component="li"
              key={`${item.programmeId}-${item.versionNumber}`}
              sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
            >
              <HourglassEmptyIcon
                fontSize="small"
                aria-hidden
                sx={{ mt: 0.25 }}
              />
              <Typography variant="body2" component="span">
                {title}: scope version {item.versionNumber}, published by{' '}
                <RefLink entityRef={item.publishedBy} /> on{' '}
                {formatDateTime(item.publishedAt)}
              </Typography>
            </Box>
          );
        })}
      </Stack>
    );
  }

  return (
    <SectionPanel
      titleId="csip-awaiting-title"
      title="Awaiting my agreement"
      headingComponent="h2"
      padding={2}
    >
      {body}
    </SectionPanel>
  );
};
