import {
  COVERAGE_NAMES,
  PROFICIENCY_NAMES,
  proficiencySchema,
  type CoverageStatus,
  type ProcessCoverage,
  type Proficiency,
} from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import HighlightOffIcon from '@mui/icons-material/HighlightOff';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { RefLink } from '../../shared';
import { refName } from '../../../util/refName';
import { key, SkillsDraft } from './skillsDraft';
import { visuallyHidden } from '../../status/visuallyHidden';

const COVERAGE_ICONS: Record<CoverageStatus, JSX.Element> = {
  covered: (
    <CheckCircleOutlineIcon fontSize="small" color="success" aria-hidden />
  ),
  'at-risk': <WarningAmberIcon fontSize="small" color="warning" aria-hidden />,
  gap: <HighlightOffIcon fontSize="small" color="error" aria-hidden />,
};

/** @internal */
export type SkillsTableProps = {
  labelledBy: string;
  people: readonly string[];
  processes: ReadonlyArray<{ id: string; name: string }>;
  draft: SkillsDraft;
  coverage: readonly ProcessCoverage[];
  /** Cells are selects when set; text otherwise. */
  onChange?: (ref: string, process: string, value: Proficiency | '') => void;
  disabled?: boolean;
};

/** A process's coverage in words: "At risk: 1 proficient or better". */
const CoverageCell = ({ coverage }: { coverage?: ProcessCoverage }) => {
  if (!coverage) return <>—</>;
  return (
    <Stack direction="row" spacing={0.5} alignItems="center">
      {COVERAGE_ICONS[coverage.status]}
      <Typography variant="body2">
        {COVERAGE_NAMES[coverage.status]}: {coverage.proficient.length}{' '}
        proficient or better
      </Typography>
    </Stack>
  );
};

/**
 * People by in-scope process, each cell how well the person knows the
 * process, with each process's coverage in words at the foot.
 *
 * @internal
 */
export const SkillsTable = ({
  labelledBy,
  people,
  processes,
  draft,
  coverage,
  onChange,
  disabled,
}: SkillsTableProps) => (
  <TableContainer>
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            Person
          </TableCell>
          {processes.map(p => (
            <TableCell key={p.id} component="th" scope="col">
              {p.name}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {people.map(ref => (
          <TableRow key={ref}>
            <TableCell component="th" scope="row">
              <RefLink entityRef={ref} />
            </TableCell>
            {processes.map(p => {
              const value = draft[key(ref)]?.[p.id] ?? '';
              return (
                <TableCell key={p.id}>
                  {onChange ? (
                    <TextField
                      select
                      size="small"
                      SelectProps={{ native: true }}
                      inputProps={{
                        'aria-label': `${refName(ref)} in ${p.name}`,
                      }}
                      value={value}
                      disabled={disabled}
                      onChange={e =>
                        onChange(ref, p.id, e.target.value as Proficiency | '')
                      }
                      sx={{ minWidth: 140 }}
                    >
                      <option value="">—</option>
                      {proficiencySchema.options.map(level => (
                        <option key={level} value={level}>
                          {PROFICIENCY_NAMES[level]}
                        </option>
                      ))}
                    </TextField>
                  ) : (
                    <>
                      {value ? (
                        PROFICIENCY_NAMES[value]
                      ) : (
                        <>
                          <span aria-hidden>—</span>
                          <Box component="span" sx={visuallyHidden}>
                            Not recorded
                          </Box>
                        </>
                      )}
                    </>
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell component="th" scope="row">
            Coverage
          </TableCell>
          {processes.map(p => (
            <TableCell key={p.id}>
              <CoverageCell coverage={coverage.find(c => c.process === p.id)} />
            </TableCell>
          ))}
        </TableRow>
      </TableFooter>
    </Table>
  </TableContainer>
);
