import { Progress } from '@backstage/frontend-plugin-api';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import { useState } from 'react';
import type { ListProgrammesRequest } from '../../../api';
import { usePortfolioQuery } from '../usePortfolioQuery';
import { useProgrammeList } from '../useProgrammeList';
import { PortfolioEmptyState } from './PortfolioEmptyState';
import { PortfolioHeader } from './PortfolioHeader';
import { PortfolioPager } from './PortfolioPager';
import { PortfolioRow } from './PortfolioRow';
import { PortfolioSortSelect } from './PortfolioSortSelect';
import { ProgrammeDetailsDrawer } from './ProgrammeDetailsDrawer';
import { ClearFiltersButton } from '../ClearFiltersButton';
import { LoadError } from '../../shared';

/** How many programmes one page of the portfolio shows. */
export const PORTFOLIO_PAGE_SIZE = 25;

/** @internal */
export type PortfolioTableProps = {
  /**
   * Starts creating a programme; offered as "New programme" when there is
   * no programme at all. Without it, the empty state only explains.
   */
  onCreate?: () => void;
  /**
   * Changing it loads the current page again, such as after a programme
   * was created or imported.
   */
  refreshKey?: unknown;
};

/**
 * The cells: top-aligned, a little narrower than MUI's, and wrapping only
 * between words (a word too long for any width, such as a ref, may break).
 */
const TABLE_STYLE = {
  '& th, & td': {
    verticalAlign: 'top',
    px: 1,
    wordBreak: 'normal',
    overflowWrap: 'break-word',
    hyphens: 'manual',
  },
} as const;

/**
 * Every programme the user may read, at once: one row per programme with
 * its owner, phase, levels against targets, summit progress, knowledge
 * transfer, exit readiness and overdue actions, 25 to a page, narrow
 * enough for a 1280-pixel screen beside the sidebar. Each row's "Details"
 * opens a drawer with the rest (driver, approach, scope, last change).
 * Filtered, sorted and paged by the backend under the query in the URL
 * (see `usePortfolioQuery`, which `PortfolioFilters` writes); the column
 * headers and "Sort by" sort.
 *
 * @internal
 */
export const PortfolioTable = ({
  onCreate,
  refreshKey,
}: PortfolioTableProps) => {
  const { query, filtered, clearFilters, sort, setSort, page } =
    usePortfolioQuery();

  const request: ListProgrammesRequest = {
    ...query,
    ...(page.cursor ? { cursor: page.cursor } : {}),
    limit: PORTFOLIO_PAGE_SIZE,
  };
  const list = useProgrammeList(request, refreshKey);
  const { value, loading } = list;
  const [details, setDetails] = useState<{
    programme?: ProgrammeSummary;
    open: boolean;
  }>({ open: false });

  if (list.error && !loading) {
    return <LoadError failed={list} title="Could not load programmes" />;
  }
  // Keep the table while the next page or sort loads, so focus stays put.
  if (!value || (loading && value.items.length === 0)) {
    return <Progress />;
  }

  const items = value.items;
  if (items.length === 0) {
    if (filtered) {
      return (
        <PortfolioEmptyState
          title="No programme matches these filters"
          action={
            <ClearFiltersButton variant="outlined" onClick={clearFilters} />
          }
        >
          Try another phase, approach or status, a shorter search, or clear the
          filters to see every programme.
        </PortfolioEmptyState>
      );
    }
    if (page.index === 0) {
      return (
        <PortfolioEmptyState
          title="No programmes yet"
          action={
            onCreate && (
              <Button
                variant="contained"
                startIcon={<AddIcon aria-hidden />}
                onClick={onCreate}
              >
                New programme
              </Button>
            )
          }
        >
          A programme is where a team decides how to implement ITSM, agrees its
          scope with its sponsors and improves its Change, Configuration and
          Release processes with a coach. Start one, and it shows here with
          where it stands.
        </PortfolioEmptyState>
      );
    }
    return (
      <PortfolioEmptyState
        title="No more programmes"
        action={
          <Button variant="outlined" onClick={page.first}>
            Back to the first page
          </Button>
        }
      >
        This page is past the last programme; programmes may have been archived
        or changed since the link was made.
      </PortfolioEmptyState>
    );
  }

  const first = page.index * PORTFOLIO_PAGE_SIZE + 1;
  const nextCursor = value.nextCursor;
  return (
    <Stack spacing={1}>
      <Stack direction="row" justifyContent="flex-end">
        <PortfolioSortSelect sort={sort} onSort={setSort} />
      </Stack>
      {loading && <Progress />}
      <TableContainer component={Paper} variant="outlined">
        <Table
          size="small"
          aria-label="Programme portfolio"
          aria-busy={loading}
          sx={TABLE_STYLE}
        >
          <PortfolioHeader sort={sort} onSort={setSort} />
          <TableBody>
            {items.map(programme => (
              <PortfolioRow
                key={programme.id}
                programme={programme}
                onDetails={shown =>
                  setDetails({ programme: shown, open: true })
                }
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <ProgrammeDetailsDrawer
        {...details}
        onClose={() => setDetails(current => ({ ...current, open: false }))}
      />
      <PortfolioPager
        first={first}
        last={first - 1 + items.length}
        hasPrevious={page.hasPrevious}
        hasNext={Boolean(nextCursor) && !loading}
        onPrevious={page.previous}
        onNext={() => nextCursor && page.next(nextCursor)}
      />
    </Stack>
  );
};
