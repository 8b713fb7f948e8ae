import type { ScopeVersion } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';
import { CAPABILITY_LEVEL_NAMES, processName } from '../../../util/labels';

const level = (n: number) => `${n} – ${CAPABILITY_LEVEL_NAMES[n] ?? ''}`;

/** A titled list of texts, or a line saying there is none. */
const TextList = ({
  id,
  title,
  items,
  none,
}: {
  id: string;
  title: string;
  items: string[];
  none: string;
}) => (
  <Box component="section" aria-labelledby={id}>
    <Typography id={id} variant="subtitle1" component="h4">
      {title}
    </Typography>
    {items.length ? (
      <Box component="ul" aria-labelledby={id} sx={{ mt: 0.5, pl: 3 }}>
        {items.map((text, i) => (
          <li key={i}>
            <Typography variant="body2">{text}</Typography>
          </li>
        ))}
      </Box>
    ) : (
      <Typography variant="body2" color="text.secondary">
        {none}
      </Typography>
    )}
  </Box>
);

/** @internal */
export type ScopeDetailsProps = { version: ScopeVersion };

/**
 * The content of one scope version: processes in scope with their baseline,
 * target and date; objectives; exclusions; milestones; resources; and
 * assumptions.
 *
 * @internal
 */
export const ScopeDetails = ({ version }: ScopeDetailsProps) => (
  <Paper variant="outlined" sx={{ p: 3 }}>
    <Stack spacing={3}>
      <Box component="section" aria-labelledby="csip-scope-processes">
        <Typography
          id="csip-scope-processes"
          variant="subtitle1"
          component="h4"
        >
          Processes in scope
        </Typography>
        <Table size="small" aria-labelledby="csip-scope-processes">
          <TableHead>
            <TableRow>
              <TableCell>Process</TableCell>
              <TableCell>Baseline level</TableCell>
              <TableCell>Target level</TableCell>
              <TableCell>Target date</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {version.processes.map(p => (
              <TableRow key={p.process}>
                <TableCell>{processName(p.process)}</TableCell>
                <TableCell>{level(p.baselineLevel)}</TableCell>
                <TableCell>{level(p.targetLevel)}</TableCell>
                <TableCell>{formatDate(p.targetDate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <TextList
            id="csip-scope-objectives"
            title="Objectives"
            items={version.objectives}
            none="No objectives listed."
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <TextList
            id="csip-scope-out"
            title="Out of scope"
            items={version.outOfScope}
            none="Nothing is listed as out of scope."
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <TextList
            id="csip-scope-milestones"
            title="Milestones"
            items={version.milestones.map(
              m => `${m.title} — ${formatDate(m.date)}`,
            )}
            none="No milestones listed."
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <TextList
            id="csip-scope-assumptions"
            title="Assumptions"
            items={version.assumptions}
            none="No assumptions listed."
          />
        </Grid>
      </Grid>
      <Box component="section" aria-labelledby="csip-scope-resources">
        <Typography
          id="csip-scope-resources"
          variant="subtitle1"
          component="h4"
        >
          Resources and cost estimate
        </Typography>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: 2,
            rowGap: 0.5,
            m: 0,
            '& dt': { fontWeight: 500 },
            '& dd': { m: 0 },
          }}
        >
          <dt>Coach days</dt>
          <dd>{version.resources.coachDays}</dd>
          <dt>Budget</dt>
          <dd>{version.resources.budget.toLocaleString()}</dd>
          <dt>Notes</dt>
          <dd>{version.resources.notes || 'None'}</dd>
        </Box>
      </Box>
    </Stack>
  </Paper>
);
