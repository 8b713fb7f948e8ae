import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  type EntityProgrammeProps,
  ProgrammeStatusSummary,
  ProgrammeTitleLink,
} from '../ProgrammeStatusSummary';
import { SustainNotice, sustainFromSummary } from '../../sustain';

/**
 * One programme on the entity overview card, compactly, with a lapse of the
 * team's review cadence in sustain or a level that fell.
 */
export const CardProgramme = ({ programme }: EntityProgrammeProps) => {
  const headingId = `csip-entity-card-${programme.id}`;
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1.5}>
      <Typography id={headingId} variant="subtitle1" component="h3">
        <ProgrammeTitleLink programme={programme} />
      </Typography>
      <ProgrammeStatusSummary programme={programme} compact />
      <SustainNotice facts={sustainFromSummary(programme)} compact />
    </Stack>
  );
};
