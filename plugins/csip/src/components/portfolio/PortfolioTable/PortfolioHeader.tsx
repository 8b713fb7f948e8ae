import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { focusRingSx } from '../../shared';
import { visuallyHidden } from '../../status/visuallyHidden';
import {
  defaultOrder,
  PortfolioSortColumn,
  SortOrder,
} from '../usePortfolioQuery';

/**
 * The portfolio's columns, in order; `sort` marks the sortable ones. The
 * rest of a programme (driver, approach, scope, last change) is in its
 * details drawer, so the table fits a laptop screen without scrolling.
 */
export const PORTFOLIO_COLUMNS: ReadonlyArray<{
  label: string;
  sort?: PortfolioSortColumn;
  /** Named for screen readers only (the column of Details buttons). */
  hidden?: boolean;
}> = [
  { label: 'Programme', sort: 'title' },
  { label: 'Owner' },
  { label: 'Phase', sort: 'phase' },
  { label: 'Levels vs targets' },
  { label: 'Summit', sort: 'summit' },
  { label: 'Knowledge transfer', sort: 'score' },
  { label: 'Readiness' },
  { label: 'Overdue actions', sort: 'overdue' },
  { label: 'Details', hidden: true },
];

/** @internal */
export type PortfolioHeaderProps = {
  /** The column sorted by, when one of the shown columns. */
  sort?: { column: PortfolioSortColumn; order: SortOrder };
  onSort: (column: PortfolioSortColumn) => void;
};

/**
 * The portfolio's column headers. Sortable ones are buttons; the sorted
 * column carries `aria-sort` (MUI sets it from `sortDirection`) and an
 * arrow, and a click on it reverses the order.
 *
 * @internal
 */
export const PortfolioHeader = ({ sort, onSort }: PortfolioHeaderProps) => (
  <TableHead>
    <TableRow>
      {PORTFOLIO_COLUMNS.map(column => {
        if (column.hidden) {
          return (
            <TableCell key={column.label}>
              <span style={visuallyHidden}>{column.label}</span>
            </TableCell>
          );
        }
        if (!column.sort) {
          return <TableCell key={column.label}>{column.label}</TableCell>;
        }
        const active = sort?.column === column.sort;
        const order = active ? sort.order : defaultOrder(column.sort);
        return (
          <TableCell
            key={column.label}
            sortDirection={active ? sort.order : false}
          >
            <TableSortLabel
              active={active}
              direction={order}
              onClick={() => onSort(column.sort!)}
              sx={focusRingSx}
            >
              {column.label}
            </TableSortLabel>
          </TableCell>
        );
      })}
    </TableRow>
  </TableHead>
);
