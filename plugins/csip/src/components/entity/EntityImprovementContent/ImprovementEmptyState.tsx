import { useRouteRef } from '@backstage/frontend-plugin-api';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { CSIP_PROGRAMME_ANNOTATION } from '../useEntityProgrammes';
import { rootRouteRef } from '../../../routes';
import { EmptyState } from '../../shared';

/** @internal */
export type ImprovementEmptyStateProps = {
  /** The entity's title, such as "IT Operations". */
  entityTitle: string;
  /** Whether the entity can own a programme (groups and systems can). */
  canOwn: boolean;
};

/**
 * The Improvement tab of an entity without programmes: what a CSIP is and
 * how to start one or link one.
 *
 * @internal
 */
export const ImprovementEmptyState = ({
  entityTitle,
  canOwn,
}: ImprovementEmptyStateProps) => {
  const homeLink = useRouteRef(rootRouteRef);
  return (
    <EmptyState
      titleId="csip-entity-empty"
      title={`No improvement programme for ${entityTitle} yet`}
      action={
        homeLink && (
          <Button variant="contained" component={RouterLink} to={homeLink()}>
            Start a programme on the CSIP page
          </Button>
        )
      }
    >
      <Typography variant="body1" paragraph>
        A continual service improvement programme (CSIP) is where a team agrees
        with its sponsors what to improve, reviews its Change, Configuration and
        Release processes with a coach, and tracks the handover until it carries
        on without the coach.
      </Typography>
      <Typography variant="body1" paragraph>
        <strong>Next step:</strong>{' '}
        {canOwn ? (
          <>
            start one on the CSIP page with <em>Create programme</em> and name{' '}
            {entityTitle} as its owner.
          </>
        ) : (
          <>
            programmes belong to a group or a system. Start one there, or show
            an existing one here by adding the annotation{' '}
            <code>{CSIP_PROGRAMME_ANNOTATION}</code> with the programme’s id to
            this entity’s catalog-info.yaml.
          </>
        )}
      </Typography>
    </EmptyState>
  );
};
