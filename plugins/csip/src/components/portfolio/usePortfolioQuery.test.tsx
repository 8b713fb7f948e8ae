import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router-dom';
import { SEARCH_DEBOUNCE_MS, usePortfolioQuery } from './usePortfolioQuery';

function render(search = '') {
  let location = '';
  let navigation = '';
  const LocationProbe = () => {
    location = useLocation().search;
    navigation = useNavigationType();
    return null;
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter
      initialEntries={[`/csip${search}`]}
      future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
    >
      {children}
      <LocationProbe />
    </MemoryRouter>
  );
  const hook = renderHook(() => usePortfolioQuery(), { wrapper });
  return {
    ...hook,
    search: () => decodeURIComponent(location),
    navigation: () => navigation,
  };
}

describe('usePortfolioQuery', () => {
  afterEach(() => jest.useRealTimers());

  it('reads the filters, sort and order of a link, ignoring invalid values', () => {
    const { result } = render(
      '?phase=implement&approach=diy&scopeStatus=agreed&ready=false&overdue=true&q=+audit+&owner=group:default/it-operations&sort=score&order=desc&phase2=x',
    );
    expect(result.current.query).toEqual({
      phase: 'implement',
      approach: 'diy',
      scopeStatus: 'agreed',
      ready: false,
      overdue: true,
      q: 'audit',
      owner: 'group:default/it-operations',
      sort: 'score',
      order: 'desc',
    });
    expect(result.current.filtered).toBe(true);
    expect(result.current.sort).toEqual({ column: 'score', order: 'desc' });

    const invalid = render(
      '?phase=launch&ready=maybe&owner=jane&sort=colour&order=up',
    );
    expect(invalid.result.current.query).toEqual({});
    expect(invalid.result.current.filtered).toBe(false);
    expect(invalid.result.current.sort).toBeUndefined();
  });

  it('writes filters to the URL, replacing the history entry, and goes back to page 1', () => {
    const { result, search, navigation } = render('?sort=title&cursor=c1');
    expect(result.current.page.index).toBe(1);

    act(() => result.current.setFilter('phase', 'implement'));
    expect(navigation()).toBe('REPLACE');
    act(() => result.current.setFilter('ready', false));
    act(() => result.current.setFilter('overdue', true));

    expect(search()).toBe(
      '?sort=title&phase=implement&ready=false&overdue=true',
    );
    expect(result.current.query).toEqual({
      sort: 'title',
      phase: 'implement',
      ready: false,
      overdue: true,
    });
    expect(result.current.page).toMatchObject({ index: 0, hasPrevious: false });

    act(() => result.current.setFilter('ready', undefined));
    expect(search()).toBe('?sort=title&phase=implement&overdue=true');

    act(() => result.current.clearFilters());
    expect(search()).toBe('?sort=title');
    expect(result.current.filtered).toBe(false);
  });

  it('sorts by a column in its default order, and reverses it on the same column', () => {
    const { result, search } = render('?cursor=c1');

    act(() => result.current.setSort('score'));
    expect(search()).toBe('?sort=score&order=desc');
    act(() => result.current.setSort('score'));
    expect(search()).toBe('?sort=score&order=asc');
    act(() => result.current.setSort('title'));
    expect(search()).toBe('?sort=title&order=asc');
    expect(result.current.sort).toEqual({ column: 'title', order: 'asc' });
  });

  it('keeps a stack of cursors for Next and Previous', () => {
    const { result, search } = render('?phase=review');
    expect(result.current.page).toMatchObject({
      cursor: undefined,
      index: 0,
      hasPrevious: false,
    });

    act(() => result.current.page.next('c25'));
    act(() => result.current.page.next('c50'));
    expect(search()).toBe('?phase=review&cursor=c25&cursor=c50');
    expect(result.current.page).toMatchObject({ cursor: 'c50', index: 2 });

    act(() => result.current.page.previous());
    expect(search()).toBe('?phase=review&cursor=c25');
    expect(result.current.page).toMatchObject({
      cursor: 'c25',
      index: 1,
      hasPrevious: true,
    });

    act(() => result.current.page.previous());
    expect(search()).toBe('?phase=review');
    expect(result.current.page.cursor).toBeUndefined();
  });

  it('searches once typing pauses', () => {
    jest.useFakeTimers();
    const { result, search } = render('?cursor=c1');

    act(() => result.current.setSearchText('aud'));
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 100));
    act(() => result.current.setSearchText('audit '));
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 100));

    expect(result.current.searchText).toBe('audit ');
    expect(search()).toBe('?cursor=c1');
    expect(result.current.query.q).toBeUndefined();

    act(() => jest.advanceTimersByTime(100));
    expect(search()).toBe('?q=audit+');
    expect(result.current.query.q).toBe('audit');
    // The text keeps its trailing space, so typing can go on.
    expect(result.current.searchText).toBe('audit ');

    act(() => result.current.clearFilters());
    expect(search()).toBe('');
    expect(result.current.searchText).toBe('');
  });
});
