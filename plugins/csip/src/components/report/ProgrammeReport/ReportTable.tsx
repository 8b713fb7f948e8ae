import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';

/** @internal */
export type ReportTableProps = {
  /** The table's accessible name. */
  label: string;
  columns: string[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
};

/**
 * A compact table with column headers and plain black-on-white borders,
 * whose rows are not split across printed pages.
 *
 * @internal
 */
export const ReportTable = ({ label, columns, rows }: ReportTableProps) => (
  <Table
    size="small"
    aria-label={label}
    sx={{
      '& th, & td': {
        borderBottom: 1,
        borderColor: 'divider',
        verticalAlign: 'top',
        px: 1,
      },
      '& th': { fontWeight: 700 },
      '& tr': { breakInside: 'avoid', pageBreakInside: 'avoid' },
      '@media print': {
        '& th, & td': { color: 'black', borderColor: 'grey.500' },
      },
    }}
  >
    <TableHead>
      <TableRow>
        {columns.map(column => (
          <TableCell key={column} component="th" scope="col">
            {column}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
    <TableBody>
      {rows.map(row => (
        <TableRow key={row.key}>
          {row.cells.map((cell, i) => (
            <TableCell key={i}>{cell}</TableCell>
          ))}
        </TableRow>
      ))}
    </TableBody>
  </Table>
);
