import type {
  PortfolioRollup,
  RollupCell,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useTheme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { HEAT_BANDS, HEAT_TEXT, heatBackground, heatBand } from '../heatColour';
import { groupSearch } from './groupLink';

/** @internal */
export type RollupHeatMapProps = {
  rollup: PortfolioRollup;
  /** The name of each process by id; the id where it has none. */
  processName: (id: string) => string;
};

/** "L2.4 / target 3", or what the cell lacks. */
export function cellText(cell: RollupCell): string {
  if (cell.programmes === 0) return 'Not in scope';
  const level = cell.meanLevel === null ? 'Not rated' : `L${cell.meanLevel}`;
  const target =
    cell.meanTarget === null ? 'no target' : `target ${cell.meanTarget}`;
  return `${level} / ${target}`;
}

const Swatch = ({ colour }: { colour: string }) => (
  <Box
    aria-hidden
    component="span"
    sx={{
      display: 'inline-block',
      width: 16,
      height: 16,
      mr: 1,
      verticalAlign: 'middle',
      bgcolor: colour,
      border: 1,
      borderColor: 'divider',
    }}
  />
);

/** What the colours mean. */
const HeatLegend = () => {
  const theme = useTheme();
  return (
    <Stack
      component="ul"
      direction="row"
      aria-label="Colour legend"
      flexWrap="wrap"
      gap={2}
      sx={{ listStyle: 'none', p: 0, m: 0 }}
    >
      {HEAT_BANDS.map(({ band, label }) => (
        <Typography component="li" variant="body2" key={band}>
          <Swatch colour={heatBackground(theme, band)} />
          {label}
        </Typography>
      ))}
    </Stack>
  );
};

/**
 * The heat map of the roll-up: a row per group, a column per process of
 * the model. Each cell says the mean level against the mean target
 * ("L2.4 / target 3") and how many rated programmes are at target, on a
 * background from how close the level is to the target (explained in the
 * legend; dark text on light tones). A group with groups below links to
 * the roll-up under it.
 *
 * @internal
 */
export const RollupHeatMap = ({ rollup, processName }: RollupHeatMapProps) => {
  const theme = useTheme();
  const [params] = useSearchParams();
  if (rollup.groups.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {rollup.group
          ? 'This group has no groups below it in the catalog.'
          : 'The catalog has no groups.'}
      </Typography>
    );
  }
  return (
    <Stack spacing={2}>
      <TableContainer>
        <Table size="small" aria-label="Levels against targets by group">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Group
              </TableCell>
              <TableCell
                component="th"
                scope="col"
                align="right"
                sx={{ whiteSpace: 'nowrap' }}
              >
                Programmes
              </TableCell>
              {rollup.processes.map(process => (
                <TableCell component="th" scope="col" key={process}>
                  {processName(process)}
                </TableCell>
              ))}
              <TableCell component="th" scope="col">
                Ready for handover
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rollup.groups.map(group => (
              <TableRow key={group.groupRef}>
                <TableCell component="th" scope="row">
                  {group.hasChildren ? (
                    <Link
                      component={RouterLink}
                      to={{ search: groupSearch(params, group.groupRef) }}
                      aria-label={`${group.title}: show the groups below`}
                    >
                      {group.title}
                    </Link>
                  ) : (
                    group.title
                  )}
                </TableCell>
                <TableCell align="right">{group.programmes}</TableCell>
                {group.cells.map(cell => (
                  <TableCell
                    key={cell.process}
                    data-band={heatBand(cell)}
                    sx={{
                      bgcolor: heatBackground(theme, heatBand(cell)),
                      color: HEAT_TEXT,
                      whiteSpace: 'nowrap',
                    }}
                  >
                    <Box component="span" display="block">
                      {cellText(cell)}
                    </Box>
                    {cell.rated > 0 && (
                      <Box component="span" display="block" fontSize="0.8em">
                        {cell.atTarget}/{cell.rated} at target
                      </Box>
                    )}
                  </TableCell>
                ))}
                <TableCell>
                  {group.programmes === 0
                    ? '—'
                    : `${group.ready} of ${group.programmes}`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <HeatLegend />
    </Stack>
  );
};
