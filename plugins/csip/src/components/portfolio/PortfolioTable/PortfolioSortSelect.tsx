import TextField from '@mui/material/TextField';
import type { ChangeEvent } from 'react';
import type { PortfolioSortColumn, SortOrder } from '../usePortfolioQuery';

/** What each sort is called; the last two have no column header. */
const SORT_NAMES: Record<PortfolioSortColumn, string> = {
  title: 'Programme',
  phase: 'Phase',
  summit: 'Summit',
  score: 'Knowledge transfer',
  overdue: 'Overdue actions',
  updated: 'Last updated',
  created: 'Date created',
};

/** @internal */
export type PortfolioSortSelectProps = {
  sort?: { column: PortfolioSortColumn; order: SortOrder };
  onSort: (column: PortfolioSortColumn) => void;
};

/**
 * "Sort by": every order the portfolio offers, including the last change
 * (in the details drawer) and creation, which have no column; the column
 * headers sort too and reverse the order on a second click.
 *
 * @internal
 */
export const PortfolioSortSelect = ({
  sort,
  onSort,
}: PortfolioSortSelectProps) => (
  <TextField
    id="csip-portfolio-sort"
    select
    size="small"
    label="Sort by"
    value={sort?.column ?? ''}
    onChange={(event: ChangeEvent<HTMLInputElement>) =>
      onSort(event.target.value as PortfolioSortColumn)
    }
    SelectProps={{ native: true }}
    InputLabelProps={{ shrink: true }}
    sx={{ minWidth: 190 }}
  >
    {!sort && (
      <option value="" disabled>
        Default order
      </option>
    )}
    {Object.entries(SORT_NAMES).map(([column, name]) => (
      <option key={column} value={column}>
        {name}
      </option>
    ))}
  </TextField>
);
