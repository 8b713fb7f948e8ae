import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ArchivedChip, SectionPanel } from '../../shared';
import {
  type EntityProgrammeProps,
  ProgrammeStatusSummary,
  ProgrammeTitleLink,
} from '../ProgrammeStatusSummary';

/** One programme on the entity's Improvement tab. */
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
    </SectionPanel>
  );
};
