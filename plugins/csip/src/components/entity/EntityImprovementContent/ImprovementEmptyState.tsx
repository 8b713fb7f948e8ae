import { useRouteRef } from '@backstage/frontend-plugin-api';
import FlagOutlinedIcon from '@mui/icons-material/FlagOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { CSIP_PROGRAMME_ANNOTATION } from '../useEntityProgrammes';
import { rootRouteRef } from '../../../routes';

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
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="csip-entity-empty"
    >
      <Box sx={{ p: 3, display: 'flex', gap: 3, alignItems: 'flex-start' }}>
        <FlagOutlinedIcon color="primary" sx={{ fontSize: 48 }} aria-hidden />
        <Box>
          <Typography
            id="csip-entity-empty"
            variant="h5"
            component="h2"
            gutterBottom
          >
            No improvement programme for {entityTitle} yet
          </Typography>
          <Typography variant="body1" paragraph>
            A continual service improvement programme (CSIP) is where a team
            agrees with its sponsors what to improve, reviews its Change,
            Configuration and Release processes with a coach, and tracks the
            handover until it carries on without the coach.
          </Typography>
          <Typography variant="body1" paragraph>
            <strong>Next step:</strong>{' '}
            {canOwn ? (
              <>
                start one on the CSIP page with <em>Create programme</em> and
                name {entityTitle} as its owner.
              </>
            ) : (
              <>
                programmes belong to a group or a system. Start one there, or
                show an existing one here by adding the annotation{' '}
                <code>{CSIP_PROGRAMME_ANNOTATION}</code> with the programme’s id
                to this entity’s catalog-info.yaml.
              </>
            )}
          </Typography>
          {homeLink && (
            <Button variant="contained" component={RouterLink} to={homeLink()}>
              Start a programme on the CSIP page
            </Button>
          )}
        </Box>
      </Box>
    </Paper>
  );
};
