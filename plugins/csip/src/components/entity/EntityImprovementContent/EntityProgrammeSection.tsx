import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EntityProgrammeCoaching } from '../../coaching';
import { ArchivedChip, SectionPanel } from '../../shared';
import {
  type EntityProgrammeProps,
  ProgrammeStatusSummary,
  ProgrammeTitleLink,
} from '../ProgrammeStatusSummary';

/**
 * One programme on the entity's Improvement tab: where it stands and, while
 * it is active, its commitments due for follow-up and a way to record a
 * coaching moment.
 */
export const EntityProgrammeSection = ({ programme }: EntityProgrammeProps) => {
  const headingId = `csip-entity-programme-${programme.id}`;
  return (
    <SectionPanel titleId={headingId} padding={2} spacing={2}>
      <Stack direction="row" spacing={1.5} alignItems="center" flexWrap="wrap">
        <Typography id={headingId} variant="h6" component="h3">
          <ProgrammeTitleLink programme={programme} />
        </Typography>
        {programme.archived && <ArchivedChip />}
      </Stack>
      <ProgrammeStatusSummary programme={programme} />
      {!programme.archived && (
        <EntityProgrammeCoaching programmeId={programme.id} />
      )}
    </SectionPanel>
  );
};
