import type { RollupWeek } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import { levelAxis } from '../../status/levelScale';
import { useChartWidth } from '../../status/useChartWidth';

/** @internal */
export type RollupHistoryChartProps = {
  /** The portfolio week by week, oldest first. */
  history: readonly RollupWeek[];
  /** The processes of the model, in its order. */
  processes: readonly string[];
  /** The name of each process by id. */
  processName: (id: string) => string;
  /** A fixed width in pixels; otherwise it fills its container. */
  width?: number;
};

const weekFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** The Monday of a week as "3 Nov". */
export function formatWeek(week: string): string {
  const date = new Date(`${week}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? week : weekFormat.format(date);
}

const levelText = (level: number | null) =>
  level === null ? 'Not rated' : `L${level}`;

/** The history in a table: the chart's text alternative. */
const HistoryTable = ({
  history,
  processes,
  processName,
}: RollupHistoryChartProps) => (
  <Table size="small" aria-label="Portfolio by week">
    <TableHead>
      <TableRow>
        <TableCell component="th" scope="col">
          Week of
        </TableCell>
        {processes.map(process => (
          <TableCell component="th" scope="col" key={process}>
            {processName(process)}
          </TableCell>
        ))}
        <TableCell component="th" scope="col" align="right">
          Programmes
        </TableCell>
        <TableCell component="th" scope="col" align="right">
          Ready
        </TableCell>
        <TableCell component="th" scope="col" align="right">
          At target
        </TableCell>
      </TableRow>
    </TableHead>
    <TableBody>
      {history.map(week => (
        <TableRow key={week.week}>
          <TableCell component="th" scope="row">
            {formatWeek(week.week)}
          </TableCell>
          {processes.map(process => (
            <TableCell key={process}>
              {levelText(
                week.meanLevels.find(m => m.process === process)?.meanLevel ??
                  null,
              )}
            </TableCell>
          ))}
          <TableCell align="right">{week.programmes}</TableCell>
          <TableCell align="right">{week.ready}</TableCell>
          <TableCell align="right">
            {week.atTarget} of {week.rated}
          </TableCell>
        </TableRow>
      ))}
    </TableBody>
  </Table>
);

/**
 * The mean level of each process week by week, one line per process,
 * named in the legend; weeks on the x axis ("3 Nov"), levels by name on the
 * y axis (0 Incomplete … 5 Innovating). The same numbers, with the
 * programmes, ready and at-target counts, are in a table under "Show the
 * numbers".
 *
 * @internal
 */
export const RollupHistoryChart = (props: RollupHistoryChartProps) => {
  const { history, processes, processName, width: fixedWidth } = props;
  const { ref, width } = useChartWidth<HTMLDivElement>(fixedWidth ?? 480);
  if (history.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No weekly snapshots yet: the first is taken within hours of the backend
        starting, then one a week.
      </Typography>
    );
  }
  const weeks = history.map(w => w.week);
  const series = processes.map(process => ({
    id: process,
    label: processName(process),
    data: history.map(
      w => w.meanLevels.find(m => m.process === process)?.meanLevel ?? null,
    ),
    connectNulls: true,
    valueFormatter: (v: number | null) => levelText(v),
  }));
  return (
    <Box>
      <Box
        ref={ref}
        role="img"
        aria-label={`Mean level per process, week by week, from the week of ${formatWeek(
          weeks[0],
        )} to the week of ${formatWeek(
          weeks[weeks.length - 1],
        )}; the numbers are in the table below`}
        sx={{
          width: fixedWidth ?? '100%',
          '& text': { fontFamily: 'inherit' },
        }}
      >
        <LineChart
          width={fixedWidth ?? width}
          height={280}
          margin={{ top: 48, right: 24, bottom: 32, left: 96 }}
          xAxis={[
            {
              scaleType: 'point',
              data: weeks,
              valueFormatter: (week: string) => formatWeek(week),
              tickLabelStyle: { fontSize: 11 },
            },
          ]}
          yAxis={[{ ...levelAxis({}), tickLabelStyle: { fontSize: 11 } }]}
          series={series}
          slotProps={{
            legend: { position: { vertical: 'top', horizontal: 'middle' } },
          }}
        />
      </Box>
      <details>
        <summary>
          <Typography component="span" variant="body2">
            Show the numbers
          </Typography>
        </summary>
        <HistoryTable {...props} />
      </details>
    </Box>
  );
};
