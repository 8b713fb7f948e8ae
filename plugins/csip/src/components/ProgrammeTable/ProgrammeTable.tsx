import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Paper from '@mui/material/Paper';
import { programmeRouteRef } from '../../routes';
import { DRIVER_NAMES } from '../../util/labels';
import { PhaseLabel } from '../PhaseLabel';

/** @internal */
export type ProgrammeTableProps = {
  programmes: ProgrammeSummary[];
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * The programmes as a table: title (linked to the programme's page), owner
 * (linked to its catalog page), phase in words, driver and last change.
 *
 * @internal
 */
export const ProgrammeTable = ({ programmes }: ProgrammeTableProps) => {
  const programmeLink = useRouteRef(programmeRouteRef);
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label="Improvement programmes">
        <TableHead>
          <TableRow>
            <TableCell>Programme</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Phase</TableCell>
            <TableCell>Driver</TableCell>
            <TableCell>Last updated</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {programmes.map(programme => (
            <TableRow key={programme.id}>
              <TableCell component="th" scope="row">
                {programmeLink ? (
                  <Link to={programmeLink({ programmeId: programme.id })}>
                    {programme.title}
                  </Link>
                ) : (
                  programme.title
                )}
              </TableCell>
              <TableCell>
                <EntityRefLink entityRef={programme.ownerRef} />
              </TableCell>
              <TableCell>
                <PhaseLabel phase={programme.phase} />
              </TableCell>
              <TableCell>{DRIVER_NAMES[programme.driver]}</TableCell>
              <TableCell>
                {dateFormat.format(new Date(programme.updatedAt))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
