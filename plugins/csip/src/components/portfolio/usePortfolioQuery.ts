import {
  programmeListQuerySchema,
  ProgrammeListQuery,
} from '@csip-coach/plugin-csip-common';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * The portfolio's filters, sort and order: the query of `GET /programmes`
 * (and `GET /programmes.csv`) without paging. Only the set fields are
 * present.
 */
export type PortfolioQuery = Partial<
  Omit<ProgrammeListQuery, 'limit' | 'cursor'>
>;

/** The filters of the portfolio, each kept in the URL under its own name. */
export type PortfolioFilterValues = Pick<
  PortfolioQuery,
  'phase' | 'approach' | 'scopeStatus' | 'ready' | 'overdue' | 'q' | 'owner'
>;

/** The name of one portfolio filter. */
export type PortfolioFilterName = keyof PortfolioFilterValues;

/** A column the portfolio can be sorted by. */
export type PortfolioSortColumn = ProgrammeListQuery['sort'];

/** A sort direction. */
export type SortOrder = NonNullable<ProgrammeListQuery['order']>;

/** The filter names, in the order they are kept in the URL. */
export const PORTFOLIO_FILTERS: readonly PortfolioFilterName[] = [
  'phase',
  'approach',
  'scopeStatus',
  'ready',
  'overdue',
  'q',
  'owner',
];

/** How long the search text rests before it filters the portfolio. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The URL parameter that holds the cursor stack, one value per page turned. */
const CURSOR = 'cursor';

/**
 * The order a column sorts in unless chosen: A–Z for title and phase
 * (as the backend does), highest or newest first for the rest.
 */
export function defaultOrder(sort: PortfolioSortColumn): SortOrder {
  return sort === 'title' || sort === 'phase' ? 'asc' : 'desc';
}

/** One URL parameter, parsed by the backend's own schema; undefined if invalid. */
function parseParam<K extends keyof ProgrammeListQuery>(
  name: K,
  raw: string | null,
): ProgrammeListQuery[K] | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const result = programmeListQuerySchema.shape[name].safeParse(raw);
  return result.success
    ? (result.data as ProgrammeListQuery[K] | undefined)
    : undefined;
}

/** The query a link's parameters describe, ignoring anything the API would reject. */
function parseQuery(params: URLSearchParams): PortfolioQuery {
  const query: Record<string, unknown> = {};
  for (const name of [...PORTFOLIO_FILTERS, 'sort', 'order'] as const) {
    const value = parseParam(name, params.get(name));
    if (value !== undefined) query[name] = value;
  }
  return query as PortfolioQuery;
}

/** The parameters without the cursor stack: back to the first page. */
function firstPage(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(CURSOR);
  return next;
}

/** What {@link usePortfolioQuery} returns. */
export type PortfolioQueryState = {
  /** The filters, sort and order in force; for the list and the CSV. */
  query: PortfolioQuery;
  /** Whether any filter narrows the portfolio (sorting does not). */
  filtered: boolean;
  /** The search box's text, ahead of `query.q` while the user types. */
  searchText: string;
  /** Sets the search text; it filters once the user pauses typing. */
  setSearchText(text: string): void;
  /** Sets (or, with undefined, removes) one filter, and goes to page 1. */
  setFilter<K extends PortfolioFilterName>(
    name: K,
    value: PortfolioFilterValues[K] | undefined,
  ): void;
  /** Removes every filter, keeping the sort, and goes to page 1. */
  clearFilters(): void;
  /**
   * Sorts by a column: the same column again reverses the order, another
   * column starts in its {@link defaultOrder}. Goes to page 1.
   */
  setSort(column: PortfolioSortColumn): void;
  /** The column sorted by and its direction, when one is chosen. */
  sort?: { column: PortfolioSortColumn; order: SortOrder };
  /** Paging through the results with the API's opaque cursors. */
  page: {
    /** The current page's cursor; undefined on the first page. */
    cursor?: string;
    /** 0 on the first page. */
    index: number;
    hasPrevious: boolean;
    /** Goes to the page the list's `nextCursor` points at. */
    next(nextCursor: string): void;
    previous(): void;
    /** Back to the first page, keeping filters and sort. */
    first(): void;
  };
};

/**
 * The portfolio's filters, sort, order and page, kept in the URL query
 * (`?phase=implement&ready=false&sort=score&order=desc`, plus one `cursor`
 * per page turned, so Previous works from a link too) so a filtered view can
 * be shared. Changes replace the history entry. Changing a filter or the
 * sort goes back to the first page. Typing in the search box filters after
 * a {@link SEARCH_DEBOUNCE_MS} pause.
 *
 * Components that call it on the same page share its state through the URL.
 */
export function usePortfolioQuery(): PortfolioQueryState {
  const [searchParams, setSearchParams] = useSearchParams();
  // setSearchParams reads the parameters of the render it came from; a
  // debounced write must use the latest one.
  const setParams = useRef(setSearchParams);
  setParams.current = setSearchParams;

  const update = useCallback(
    (change: (params: URLSearchParams) => URLSearchParams) =>
      setParams.current(previous => change(previous), { replace: true }),
    [],
  );

  const searchKey = searchParams.toString();
  const query = useMemo(
    () => parseQuery(new URLSearchParams(searchKey)),
    [searchKey],
  );
  const cursors = useMemo(
    () =>
      new URLSearchParams(searchKey)
        .getAll(CURSOR)
        .filter(c => parseParam('cursor', c) !== undefined),
    [searchKey],
  );

  const urlText = searchParams.get('q') ?? '';
  const [searchText, setText] = useState(urlText);
  const pending = useRef<ReturnType<typeof setTimeout>>();

  // Follow the URL when it changes from elsewhere (Clear filters, a link),
  // unless the user is typing.
  useEffect(() => {
    if (!pending.current) setText(urlText);
  }, [urlText]);
  useEffect(() => () => clearTimeout(pending.current), []);

  const writeFilter = useCallback(
    (name: PortfolioFilterName, value: string | boolean | undefined) =>
      update(previous => {
        const next = firstPage(previous);
        if (value === undefined || value === '') {
          next.delete(name);
        } else {
          next.set(name, String(value));
        }
        return next;
      }),
    [update],
  );

  const setSearchText = useCallback(
    (text: string) => {
      setText(text);
      clearTimeout(pending.current);
      pending.current = setTimeout(() => {
        pending.current = undefined;
        writeFilter('q', text);
      }, SEARCH_DEBOUNCE_MS);
    },
    [writeFilter],
  );

  const cancelSearch = () => {
    clearTimeout(pending.current);
    pending.current = undefined;
  };

  const setFilter: PortfolioQueryState['setFilter'] = (name, value) => {
    if (name === 'q') {
      cancelSearch();
      setText(typeof value === 'string' ? value : '');
    }
    writeFilter(name, value);
  };

  const clearFilters = () => {
    cancelSearch();
    setText('');
    update(previous => {
      const next = firstPage(previous);
      for (const name of PORTFOLIO_FILTERS) next.delete(name);
      return next;
    });
  };

  const sort = query.sort
    ? { column: query.sort, order: query.order ?? defaultOrder(query.sort) }
    : undefined;

  const setSort = (column: PortfolioSortColumn) => {
    let order = defaultOrder(column);
    if (sort?.column === column) {
      order = sort.order === 'asc' ? 'desc' : 'asc';
    }
    update(previous => {
      const next = firstPage(previous);
      next.set('sort', column);
      next.set('order', order);
      return next;
    });
  };

  const page: PortfolioQueryState['page'] = {
    cursor: cursors[cursors.length - 1],
    index: cursors.length,
    hasPrevious: cursors.length > 0,
    next: nextCursor =>
      update(previous => {
        const next = new URLSearchParams(previous);
        next.append(CURSOR, nextCursor);
        return next;
      }),
    previous: () =>
      update(previous => {
        const next = firstPage(previous);
        for (const cursor of cursors.slice(0, -1)) {
          next.append(CURSOR, cursor);
        }
        return next;
      }),
    first: () => update(firstPage),
  };

  return {
    query,
    filtered: PORTFOLIO_FILTERS.some(name => query[name] !== undefined),
    searchText,
    setSearchText,
    setFilter,
    clearFilters,
    setSort,
    sort,
    page,
  };
}
