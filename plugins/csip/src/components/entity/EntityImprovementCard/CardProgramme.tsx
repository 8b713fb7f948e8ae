import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  type EntityProgrammeProps,
  ProgrammeStatusSummary,
  ProgrammeTitleLink,
} from '../ProgrammeStatusSummary';

/** One programme on the entity overview card, compactly. */
export const CardProgramme = ({ programme }: EntityProgrammeProps) => {
  const headingId = `csip-entity-card-${programme.id}`;
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1.5}>
      <Typography id={headingId} variant="subtitle1" component="h3">
        <ProgrammeTitleLink programme={programme} />
      </Typography>
      <ProgrammeStatusSummary programme={programme} compact />
    </Stack>
  );
};
