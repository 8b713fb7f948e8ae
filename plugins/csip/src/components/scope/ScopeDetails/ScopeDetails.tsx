import type { ScopeChange, ScopeVersion } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatDate } from '../../../util/formatDate';
import {
  CAPABILITY_LEVEL_NAMES,
  CHANGE_KIND_NAMES,
  processName,
} from '../../../util/labels';
import { describeKpiTarget } from '../../outcomes/formatKpi';
import { BulletList, FactList, type TitledTexts } from '../../shared';
import { changedProcessId } from '../ScopeDiff';
import { resourceFacts } from './resourceFacts';

const level = (n: number) => `${n} – ${CAPABILITY_LEVEL_NAMES[n] ?? ''}`;

/** A part of the scope named by its heading. */
const Part = ({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) => (
  <Box component="section" aria-labelledby={id}>
    <Typography id={id} variant="subtitle1" component="h4">
      {title}
    </Typography>
    {children}
  </Box>
);

/** A titled list of texts, or a line saying there is none. */
const TextList = ({ id, title, items, empty }: TitledTexts) => (
  <Part id={id} title={title}>
    <BulletList
      items={items}
      labelledBy={id}
      sx={{ mt: 0.5 }}
      empty={
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      }
    />
  </Part>
);

/** The version's lists of texts, in the order they are shown. */
const textLists = (version: ScopeVersion): TitledTexts[] => [
  {
    id: 'csip-scope-objectives',
    title: 'Objectives',
    items: version.objectives,
    empty: 'No objectives listed.',
  },
  // Listed only when the version has KPIs, as versions from before had none.
  ...(version.kpis?.length
    ? [
        {
          id: 'csip-scope-kpis',
          title: 'Outcome KPIs',
          items: version.kpis.map(
            k => `${k.name}: ${describeKpiTarget(k)}, for “${k.objective}”`,
          ),
          empty: '',
        },
      ]
    : []),
  {
    id: 'csip-scope-out',
    title: 'Out of scope',
    items: version.outOfScope,
    empty: 'Nothing is listed as out of scope.',
  },
  {
    id: 'csip-scope-milestones',
    title: 'Milestones',
    items: version.milestones.map(m => `${m.title} — ${formatDate(m.date)}`),
    empty: 'No milestones listed.',
  },
  {
    id: 'csip-scope-assumptions',
    title: 'Assumptions',
    items: version.assumptions,
    empty: 'No assumptions listed.',
  },
];

/** How each process in the version changed since the previous one, by id. */
const processChanges = (changes: ScopeChange[]) =>
  new Map(
    changes.flatMap(change => {
      const id = changedProcessId(change);
      return id && change.kind !== 'removed' ? [[id, change.kind]] : [];
    }),
  );

/** @internal */
export type ScopeDetailsProps = {
  version: ScopeVersion;
  /**
   * What changed since the previous version: the processes added or changed
   * are highlighted, with the change in words. None for a first version.
   */
  changes?: ScopeChange[];
};

/**
 * The content of one scope version: processes in scope with their baseline,
 * target and date; objectives and their outcome KPIs; exclusions;
 * milestones; resources; and assumptions.
 *
 * @internal
 */
export const ScopeDetails = ({ version, changes = [] }: ScopeDetailsProps) => {
  const changed = processChanges(changes);
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Stack spacing={3}>
        <Part id="csip-scope-processes" title="Processes in scope">
          <Table size="small" aria-labelledby="csip-scope-processes">
            <TableHead>
              <TableRow>
                <TableCell>Process</TableCell>
                <TableCell>Baseline level</TableCell>
                <TableCell>Target level</TableCell>
                <TableCell>Target date</TableCell>
                {changes.length > 0 && (
                  <TableCell>Since the previous version</TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {version.processes.map(p => {
                const kind = changed.get(p.process);
                return (
                  <TableRow
                    key={p.process}
                    sx={kind ? { bgcolor: 'action.selected' } : undefined}
                  >
                    <TableCell>{processName(p.process)}</TableCell>
                    <TableCell>{level(p.baselineLevel)}</TableCell>
                    <TableCell>{level(p.targetLevel)}</TableCell>
                    <TableCell>{formatDate(p.targetDate)}</TableCell>
                    {changes.length > 0 && (
                      <TableCell>
                        {kind ? (
                          <Chip
                            label={CHANGE_KIND_NAMES[kind]}
                            size="small"
                            variant="outlined"
                          />
                        ) : (
                          'Unchanged'
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Part>
        <Grid container spacing={3}>
          {textLists(version).map(list => (
            <Grid item xs={12} md={6} key={list.id}>
              <TextList {...list} />
            </Grid>
          ))}
        </Grid>
        <Part id="csip-scope-resources" title="Resources and cost estimate">
          <FactList
            small={false}
            termWeight={500}
            facts={resourceFacts(version.resources)}
          />
        </Part>
      </Stack>
    </Paper>
  );
};
