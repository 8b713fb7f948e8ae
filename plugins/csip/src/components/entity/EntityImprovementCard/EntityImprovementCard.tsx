import { InfoCard } from '@backstage/core-components';
import { Progress, useRouteRef } from '@backstage/frontend-plugin-api';
import {
  defaultEntityPresentation,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Fragment } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useEntityProgrammes } from '../useEntityProgrammes';
import { rootRouteRef } from '../../../routes';
import { errorSentence } from '../../../api/errorSentence';
import { CardProgramme } from './CardProgramme';

/** How many programmes the card shows at most. */
const SHOWN = 3;

/**
 * The entity overview card: up to three active improvement programmes of
 * the group, system or component, most recently updated first, each with
 * its phase, scope status, levels against targets and readiness for the
 * coach to leave, and a link to the Improvement tab; or a short call to
 * start one.
 *
 * @internal
 */
export const EntityImprovementCard = () => {
  const { entity } = useEntity();
  const entityTitle = defaultEntityPresentation(entity).primaryTitle;
  const homeLink = useRouteRef(rootRouteRef);
  const { value, error } = useEntityProgrammes(entity);

  const all = value?.programmes ?? [];
  const active = all.filter(p => !p.archived);
  let body: JSX.Element;
  if (error) {
    body = (
      <Alert severity="error">
        Could not load the improvement programmes: {errorSentence(error)}
      </Alert>
    );
  } else if (!value) {
    body = <Progress />;
  } else if (all.length === 0) {
    body = (
      <Stack spacing={1} alignItems="flex-start">
        <Typography variant="body1">
          No improvement programme for {entityTitle} yet.
        </Typography>
        <Typography variant="body2" color="text.secondary">
          A CSIP helps a team improve its Change, Configuration and Release
          processes with a coach, until it carries on without one.
        </Typography>
        {homeLink && (
          <Link component={RouterLink} to={homeLink()}>
            Start a programme on the CSIP page
          </Link>
        )}
      </Stack>
    );
  } else if (active.length === 0) {
    body = (
      <Typography variant="body1">
        {entityTitle} has no active improvement programme;{' '}
        {all.length === 1 ? 'one is archived.' : `${all.length} are archived.`}
      </Typography>
    );
  } else {
    const rest = active.length - SHOWN;
    body = (
      <Stack spacing={2}>
        {active.slice(0, SHOWN).map((programme, index) => (
          <Fragment key={programme.id}>
            {index > 0 && <Divider />}
            <CardProgramme programme={programme} />
          </Fragment>
        ))}
        {rest > 0 && (
          <Typography variant="body2" color="text.secondary">
            And {rest} more on the Improvement tab.
          </Typography>
        )}
      </Stack>
    );
  }

  return (
    <InfoCard
      title="Improvement"
      titleTypographyProps={{ component: 'h2' }}
      deepLink={
        all.length ? { title: 'View all', link: 'improvement' } : undefined
      }
    >
      <Stack spacing={2}>
        {value?.warnings.map(warning => (
          <Alert key={warning} severity="warning">
            {warning}
          </Alert>
        ))}
        {body}
      </Stack>
    </InfoCard>
  );
};
