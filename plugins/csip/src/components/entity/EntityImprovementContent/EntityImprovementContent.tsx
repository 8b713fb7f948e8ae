import { Progress, useRouteRef } from '@backstage/frontend-plugin-api';
import {
  defaultEntityPresentation,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { canOwnProgrammes, useEntityProgrammes } from '../useEntityProgrammes';
import { rootRouteRef } from '../../../routes';
import { EntityProgrammeSection } from './EntityProgrammeSection';
import { ImprovementEmptyState } from './ImprovementEmptyState';
import { LoadError } from '../../shared';

/**
 * The Improvement tab of a group's, system's or component's catalog page:
 * every improvement programme the entity owns or names in its
 * `csip-coach/programme-id` annotation, each with its phase, approach,
 * scope status, levels against targets, readiness for the coach to leave,
 * knowledge-transfer score, summit progress and overdue actions; or what a
 * CSIP is and how to start one.
 *
 * @internal
 */
export const EntityImprovementContent = () => {
  const { entity } = useEntity();
  const entityTitle = defaultEntityPresentation(entity).primaryTitle;
  const canOwn = canOwnProgrammes(entity);
  const homeLink = useRouteRef(rootRouteRef);
  const loaded = useEntityProgrammes(entity);
  const { value } = loaded;

  if (loaded.error && !loaded.loading) {
    return (
      <LoadError
        failed={loaded}
        title="Could not load the improvement programmes"
      />
    );
  }
  if (!value) {
    return <Progress />;
  }
  const { programmes, warnings, more } = value;

  return (
    <Stack spacing={3}>
      {warnings.map(warning => (
        <Alert key={warning} severity="warning">
          {warning}
        </Alert>
      ))}
      {programmes.length === 0 ? (
        <ImprovementEmptyState entityTitle={entityTitle} canOwn={canOwn} />
      ) : (
        <>
          <Stack spacing={1}>
            <Typography variant="h5" component="h2">
              Improvement programmes
            </Typography>
            <Typography variant="body1" color="text.secondary">
              The continual service improvement programmes (CSIPs) of{' '}
              {entityTitle}: where each stands, what was agreed and whether the
              team could carry on without the coach. Most recently updated
              first.
            </Typography>
          </Stack>
          {programmes.map(programme => (
            <EntityProgrammeSection key={programme.id} programme={programme} />
          ))}
          {more && (
            <Typography variant="body2">
              {entityTitle} owns more programmes than are shown here.{' '}
              {homeLink && (
                <Link component={RouterLink} to={homeLink()}>
                  See them all on the CSIP page
                </Link>
              )}
            </Typography>
          )}
        </>
      )}
    </Stack>
  );
};
