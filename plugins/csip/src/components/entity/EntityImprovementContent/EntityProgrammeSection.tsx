import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  ProgrammeStatusSummary,
  ProgrammeTitleLink,
} from '../ProgrammeStatusSummary';

/** One programme on the entity's Improvement tab. */
export const EntityProgrammeSection = ({
  programme,
}: {
  programme: ProgrammeSummary;
}) => {
  const headingId = `csip-entity-programme-${programme.id}`;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: 2 }}
    >
      <Stack spacing={2}>
        <Stack
          direction="row"
          spacing={1.5}
          alignItems="center"
          flexWrap="wrap"
        >
          <Typography id={headingId} variant="h6" component="h3">
            <ProgrammeTitleLink programme={programme} />
          </Typography>
          {programme.archived && (
            <Chip
              size="small"
              icon={<ArchiveOutlinedIcon aria-hidden />}
              label="Archived"
            />
          )}
        </Stack>
        <ProgrammeStatusSummary programme={programme} />
      </Stack>
    </Paper>
  );
};
