import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { Programme, ProgrammeRole } from '@csip-coach/plugin-csip-common';
import VisibilityOffOutlinedIcon from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlinedIcon from '@mui/icons-material/VisibilityOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import {
  APPROACH_NAMES,
  DRIVER_DESCRIPTIONS,
  DRIVER_NAMES,
  PROGRAMME_ROLES,
  ROLE_NAMES,
  VISIBILITY_NAMES,
} from '../../../util/labels';
import { CoachingMixState, useCoaching } from '../../coaching';
import { useMaturity } from '../../reviews/useMaturity';
import { LoadState } from '../../shared';
import { ProgrammeOutcomes } from '../../outcomes/ProgrammeOutcomes';
import { ProgrammeSustainNotice } from '../../sustain';
import { LevelVsTargetChart, levelVsTargetRows } from '../../status';

/** @internal */
export type ProgrammeOverviewProps = {
  programme: Programme;
};

const Section = (props: { id: string; title: string; children: ReactNode }) => (
  <Box component="section" aria-labelledby={props.id} sx={{ mb: 3 }}>
    <Typography id={props.id} variant="subtitle1" component="h3" gutterBottom>
      {props.title}
    </Typography>
    {props.children}
  </Box>
);

/** Each person once, with every role they hold, in the order first listed. */
function rolesByPerson(members: Programme['members']) {
  const byPerson = new Map<string, ProgrammeRole[]>();
  for (const { userRef, role } of members) {
    const roles = byPerson.get(userRef) ?? [];
    if (!roles.includes(role)) roles.push(role);
    byPerson.set(userRef, roles);
  }
  return [...byPerson.entries()].map(([userRef, roles]) => ({
    userRef,
    roles: roles.sort(
      (a, b) => PROGRAMME_ROLES.indexOf(a) - PROGRAMME_ROLES.indexOf(b),
    ),
  }));
}

/**
 * What the programme is and where it stands: each process's level against
 * its target as a bar chart, the coaching mix between reviews, its vision,
 * driver, business drivers, owner, approach and the people in it with
 * their roles.
 *
 * @internal
 */
export const ProgrammeOverview = ({ programme }: ProgrammeOverviewProps) => {
  const people = rolesByPerson(programme.members);
  const maturity = useMaturity(programme.id);
  // One request for both the coaching mix and, in sustain, the notice.
  const coaching = useCoaching(programme.id);
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <ProgrammeSustainNotice programme={programme} coaching={coaching} />
      <Section id="csip-levels" title="Levels against targets">
        <LoadState state={maturity} errorTitle="Could not load the levels">
          {view => (
            <LevelVsTargetChart
              rows={levelVsTargetRows(view)}
              label="Levels against targets"
            />
          )}
        </LoadState>
      </Section>
      <Section id="csip-coaching-mix" title="Coaching between reviews">
        <CoachingMixState coaching={coaching} />
      </Section>
      <ProgrammeOutcomes programme={programme} />
      <Section id="csip-vision" title="Vision">
        <Typography variant="body1" sx={{ whiteSpace: 'pre-line' }}>
          {programme.vision ||
            'No vision recorded yet: say why the programme exists and what will be better for the business.'}
        </Typography>
      </Section>
      <Section id="csip-driver" title="Driver">
        <Typography variant="body1">
          {DRIVER_NAMES[programme.driver]}:{' '}
          {DRIVER_DESCRIPTIONS[programme.driver]}
        </Typography>
      </Section>
      <Section id="csip-business-drivers" title="Business drivers">
        {programme.businessDrivers.length ? (
          <List dense aria-labelledby="csip-business-drivers">
            {programme.businessDrivers.map((driver, index) => (
              <ListItem key={index} sx={{ gap: 1 }}>
                <Chip
                  size="small"
                  variant="outlined"
                  icon={
                    driver.visibility === 'hidden' ? (
                      <VisibilityOffOutlinedIcon aria-hidden />
                    ) : (
                      <VisibilityOutlinedIcon aria-hidden />
                    )
                  }
                  label={VISIBILITY_NAMES[driver.visibility]}
                />
                <ListItemText primary={driver.text} />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography variant="body2" color="text.secondary">
            No business drivers recorded yet. Name what the business wants, both
            the obvious drivers and the hidden ones.
          </Typography>
        )}
      </Section>
      <Section id="csip-owner" title="Owner">
        <EntityRefLink entityRef={programme.ownerRef} />
      </Section>
      <Section id="csip-approach" title="Implementation approach">
        <Typography variant="body1">
          {programme.approach
            ? APPROACH_NAMES[programme.approach]
            : 'Not decided yet: answer the readiness questions on the Approach tab and record a decision.'}
        </Typography>
      </Section>
      <Section id="csip-members" title="Members and roles">
        {people.length ? (
          <List dense aria-labelledby="csip-members">
            {people.map(({ userRef, roles }) => (
              <ListItem key={userRef}>
                <ListItemText
                  primary={<EntityRefLink entityRef={userRef} />}
                  secondary={roles.map(role => ROLE_NAMES[role]).join(', ')}
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography variant="body2" color="text.secondary">
            No members recorded. A programme needs a sponsor to agree its scope,
            a coach to review the processes and a lead to run it.
          </Typography>
        )}
      </Section>
    </Paper>
  );
};
