import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import {
  defaultOrder,
  PortfolioSortColumn,
  SortOrder,
} from '../usePortfolioQuery';

/** The portfolio's columns, in order; `sort` marks the sortable ones. */
export const PORTFOLIO_COLUMNS: ReadonlyArray<{
  label: string;
  sort?: PortfolioSortColumn;
}> = [
  { label: 'Programme', sort: 'title' },
  { label: 'Owner' },
  { label: 'Phase', sort: 'phase' },
  { label: 'Approach' },
  { label: 'Scope' },
  { label: 'Levels vs targets' },
  { label: 'Summit', sort: 'summit' },
  { label: 'Knowledge transfer', sort: 'score' },
  { label: 'Readiness' },
  { label: 'Overdue actions', sort: 'overdue' },
  { label: 'Last updated', sort: 'updated' },
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
            >
              {column.label}
            </TableSortLabel>
          </TableCell>
        );
      })}
    </TableRow>
  </TableHead>
);
