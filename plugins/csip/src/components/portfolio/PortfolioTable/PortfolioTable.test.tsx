import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { CsipApi, csipApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  aPortfolioPage,
  aPortfolioProgramme,
  manyPortfolioProgrammes,
} from '../../../__testUtils__/portfolioFixtures';
import { PortfolioTable } from './PortfolioTable';

/** Shows the query of the current URL, to check what a link would share. */
const Query = () => (
  <output aria-label="Query">{decodeURIComponent(useLocation().search)}</output>
);

function renderTable(
  csipApi: CsipApi,
  { query = '', onCreate }: { query?: string; onCreate?: () => void } = {},
) {
  return renderInTestApp(
    <>
      <PortfolioTable onCreate={onCreate} />
      <Query />
    </>,
    {
      apis: [
        [csipApiRef, csipApi],
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/csip': rootRouteRef,
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
      initialRouteEntries: [`/csip${query}`],
    },
  );
}

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({ listProgrammes: async () => aPortfolioPage(), ...overrides });

/** A programme's row, found by its title. */
function rowOf(title: string): HTMLElement {
  return screen
    .getByRole('rowheader', { name: new RegExp(title) })
    .closest('tr')!;
}

/**
 * The text of each cell of a programme's row, owner and the levels left
 * out (see {@link levelChips}).
 */
function rowTexts(title: string): string[] {
  const row = rowOf(title);
  return [
    within(row).getByRole('rowheader'),
    ...within(row).getAllByRole('cell'),
  ]
    .map(cell => cell.textContent ?? '')
    .filter((_text, index) => index !== 1 && index !== 3);
}

/** The levels vs targets of a row: each one's short text, then its words. */
function levelChips(title: string): string[][] {
  return within(rowOf(title))
    .queryAllByRole('listitem')
    .map(item => [
      item.querySelector('[aria-hidden]')?.textContent ?? '',
      item.textContent ?? '',
    ]);
}

/** Opens a programme's details drawer; returns its terms and values. */
async function openDetails(title: string) {
  await userEvent.click(
    within(rowOf(title)).getByRole('button', { name: `Details for ${title}` }),
  );
  const drawer = await screen.findByRole('dialog', { name: title });
  const terms = within(drawer).getAllByRole('term');
  const values = within(drawer).getAllByRole('definition');
  const facts = Object.fromEntries(
    terms.map((term, index) => [term.textContent, values[index].textContent]),
  );
  return { drawer, facts };
}

/** Closes the details drawer with its close button. */
async function closeDetails(drawer: HTMLElement) {
  await userEvent.click(
    within(drawer).getByRole('button', { name: 'Close details' }),
  );
  await waitFor(() =>
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
  );
}

const query = () => screen.getByRole('status', { name: 'Query' });

describe('PortfolioTable', () => {
  it('shows every programme with its status in words, and "–" where no status is known yet', async () => {
    await renderTable(api());

    const table = await screen.findByRole('table', {
      name: 'Programme portfolio',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(header => header.textContent),
    ).toEqual([
      'Programme',
      'Owner',
      'Phase',
      'Levels vs targets',
      'Summit',
      'Knowledge transfer',
      'Readiness',
      'Overdue actions',
      'Details',
    ]);

    expect(
      screen.getByRole('link', { name: 'Change management CSIP' }),
    ).toHaveAttribute('href', '/csip/programmes/p1');
    expect(rowTexts('Change management CSIP')).toEqual([
      'Change management CSIP',
      'Implement (2 of 5)',
      '60% (Camp 2)',
      '45%',
      'Not ready: 2 blockers',
      '3 overdue',
      'Details',
    ]);
    expect(levelChips('Change management CSIP')).toEqual([
      ['Change L2→3', expect.stringMatching(/Change: 2 of 3$/)],
      [
        'Configuration –→2',
        expect.stringMatching(/Configuration: not reviewed yet, target 2$/),
      ],
      ['Release L1', expect.stringMatching(/Release: 1, no target$/)],
    ]);
    expect(rowTexts('Release cadence CSIP')).toEqual([
      'Release cadence CSIP',
      'Sustain (5 of 5)',
      '100% (Summit)',
      '92%',
      'Ready',
      'None',
      'Details',
    ]);
    expect(levelChips('Release cadence CSIP')).toEqual([
      ['Release L3→3', expect.stringMatching(/Release: 3 of 3$/)],
    ]);
    expect(rowTexts('Old configuration CSIP')).toEqual([
      'Old configuration CSIPArchived',
      'Establish (1 of 5)',
      '–',
      '–',
      '–',
      '–',
      'Details',
    ]);
    expect(levelChips('Old configuration CSIP')).toEqual([]);
    expect(
      within(rowOf('Old configuration CSIP')).getAllByRole('cell')[2],
    ).toHaveTextContent(/^–$/);

    // Approach, scope, levels in words and last change are in the drawer.
    let details = await openDetails('Change management CSIP');
    expect(details.facts).toMatchObject({
      Approach: 'Do it yourself with coaching',
      Scope: 'Agreed by every approver',
      'Levels vs targets':
        'Change: 2 of 3Configuration: not reviewed yet, target 2Release: 1, no target',
      'Last updated': expect.stringMatching(/2026/),
    });
    await closeDetails(details.drawer);
    details = await openDetails('Release cadence CSIP');
    expect(details.facts).toMatchObject({
      Approach: 'Do it yourself',
      Scope: 'Agreed by every approver',
      'Levels vs targets': 'Release: 3 of 3',
      'Last updated': expect.stringMatching(/2026/),
    });
    await closeDetails(details.drawer);
    details = await openDetails('Old configuration CSIP');
    expect(details.facts).toMatchObject({
      Approach: 'Not decided yet',
      Scope: '–',
      'Levels vs targets': '–',
      'Last updated': expect.stringMatching(/2026/),
    });
    await closeDetails(details.drawer);

    // Owners link to their catalog pages.
    const owners = screen
      .getAllByRole('row')
      .slice(1)
      .map(row => within(row).getAllByRole('cell')[0]);
    expect(within(owners[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/group/it-operations',
    );
    expect(within(owners[2]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/system/change-platform',
    );
  });

  it('draws levels, summit and knowledge transfer small beside their words', async () => {
    await renderTable(api());
    await screen.findByRole('table', { name: 'Programme portfolio' });
    const row = rowOf('Change management CSIP');

    // Per process: the levels filled and the target marked, 1–5.
    const meters = within(row)
      .getAllByRole('listitem')
      .map(item =>
        Array.from(item.querySelectorAll('[data-level]')).map(segment => {
          if (segment.hasAttribute('data-target')) return 'target';
          return segment.getAttribute('data-filled') === 'true' ? 'x' : '.';
        }),
      );
    expect(meters).toEqual([
      ['x', 'x', 'target', '.', '.'],
      ['.', 'target', '.', '.', '.'],
      ['x', '.', '.', '.', '.'],
    ]);

    const reached = Array.from(row.querySelectorAll('[data-camp]')).map(camp =>
      camp.getAttribute('data-reached'),
    );
    expect(reached).toEqual(['true', 'true', 'false', 'false']);
    expect(
      within(row).getByRole('progressbar', {
        name: 'Knowledge-transfer score',
      }),
    ).toHaveAttribute('aria-valuenow', '45');

    const unknown = rowOf('Old configuration CSIP');
    expect(unknown.querySelector('[data-level], [data-camp]')).toBeNull();
    expect(within(unknown).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows the rest of a programme in a drawer, and gives focus back on close', async () => {
    await renderTable(api());
    await screen.findByRole('table', { name: 'Programme portfolio' });
    const user = userEvent.setup();
    const button = screen.getByRole('button', {
      name: 'Details for Change management CSIP',
    });

    const { drawer, facts } = await openDetails('Change management CSIP');
    expect(facts).toEqual({
      Owner: expect.stringContaining('group:default/it-operations'),
      Phase: 'Implement (2 of 5)',
      Driver: expect.any(String),
      Approach: 'Do it yourself with coaching',
      Scope: 'Agreed by every approver',
      'Levels vs targets':
        'Change: 2 of 3Configuration: not reviewed yet, target 2Release: 1, no target',
      Summit: '60% (Camp 2)',
      'Knowledge transfer': '45% of the coach’s know-how taken over',
      'Exit readiness': 'Not ready: 2 blockers',
      'Overdue actions': '3 overdue',
      'Last updated': expect.stringMatching(/2026/),
    });
    expect(
      within(drawer).getByRole('link', { name: 'Open the programme' }),
    ).toHaveAttribute('href', '/csip/programmes/p1');
    await closeDetails(drawer);
    expect(button).toHaveFocus();

    await user.click(button);
    await screen.findByRole('dialog', { name: 'Change management CSIP' });
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(button).toHaveFocus();
  });

  it('sorts by the last change from "Sort by", which has no column', async () => {
    const csipApi = api();
    await renderTable(csipApi, { query: '?phase=implement' });
    await screen.findByRole('table', { name: 'Programme portfolio' });

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Sort by' }),
      'Last updated',
    );
    expect(query()).toHaveTextContent(
      '?phase=implement&sort=updated&order=desc',
    );
    await waitFor(() =>
      expect(csipApi.listProgrammes).toHaveBeenLastCalledWith({
        phase: 'implement',
        sort: 'updated',
        order: 'desc',
        limit: 25,
      }),
    );
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue(
      'updated',
    );
  });

  it('loads 25 programmes under the filters and sort of the link', async () => {
    const csipApi = api();
    await renderTable(csipApi, {
      query: '?phase=implement&ready=false&sort=score&order=desc',
    });

    await screen.findByRole('table', { name: 'Programme portfolio' });
    expect(csipApi.listProgrammes).toHaveBeenCalledTimes(1);
    expect(csipApi.listProgrammes).toHaveBeenCalledWith({
      phase: 'implement',
      ready: false,
      sort: 'score',
      order: 'desc',
      limit: 25,
    });
    expect(
      screen.getByRole('columnheader', { name: 'Knowledge transfer' }),
    ).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts by a column header, reversing the order on a second click', async () => {
    const csipApi = api();
    await renderTable(csipApi, { query: '?phase=implement' });
    await screen.findByRole('table', { name: 'Programme portfolio' });
    const user = userEvent.setup();

    const score = screen.getByRole('columnheader', {
      name: 'Knowledge transfer',
    });
    expect(score).not.toHaveAttribute('aria-sort');

    await user.click(within(score).getByRole('button'));
    expect(score).toHaveAttribute('aria-sort', 'descending');
    expect(query()).toHaveTextContent('?phase=implement&sort=score&order=desc');
    await waitFor(() =>
      expect(csipApi.listProgrammes).toHaveBeenLastCalledWith({
        phase: 'implement',
        sort: 'score',
        order: 'desc',
        limit: 25,
      }),
    );

    await user.click(within(score).getByRole('button'));
    expect(score).toHaveAttribute('aria-sort', 'ascending');
    await waitFor(() =>
      expect(csipApi.listProgrammes).toHaveBeenLastCalledWith({
        phase: 'implement',
        sort: 'score',
        order: 'asc',
        limit: 25,
      }),
    );

    // Another column starts in its own order; title reads A–Z.
    const title = screen.getByRole('columnheader', { name: 'Programme' });
    await user.click(within(title).getByRole('button'));
    expect(title).toHaveAttribute('aria-sort', 'ascending');
    expect(score).not.toHaveAttribute('aria-sort');
    expect(query()).toHaveTextContent('?phase=implement&sort=title&order=asc');
  });

  it('pages with Next and Previous through the cursor', async () => {
    const csipApi = api({
      listProgrammes: async request =>
        request?.cursor === 'c25'
          ? aPortfolioPage(manyPortfolioProgrammes(5, 26))
          : aPortfolioPage(manyPortfolioProgrammes(25), 'c25'),
    });
    await renderTable(csipApi, { query: '?sort=title&order=asc' });
    const user = userEvent.setup();

    const pages = await screen.findByRole('navigation', {
      name: 'Pages of programmes',
    });
    expect(within(pages).getByText('Showing 1–25')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(26);
    expect(
      within(pages).getByRole('button', { name: 'Previous' }),
    ).toBeDisabled();

    await user.click(within(pages).getByRole('button', { name: 'Next' }));
    expect(
      await screen.findByRole('link', { name: 'Programme 26' }),
    ).toBeInTheDocument();
    expect(csipApi.listProgrammes).toHaveBeenLastCalledWith({
      sort: 'title',
      order: 'asc',
      cursor: 'c25',
      limit: 25,
    });
    expect(within(pages).getByText('Showing 26–30')).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(query()).toHaveTextContent('cursor=c25');

    await user.click(within(pages).getByRole('button', { name: 'Previous' }));
    expect(
      await screen.findByRole('link', { name: 'Programme 1' }),
    ).toBeInTheDocument();
    expect(csipApi.listProgrammes).toHaveBeenLastCalledWith({
      sort: 'title',
      order: 'asc',
      limit: 25,
    });
    expect(within(pages).getByText('Showing 1–25')).toBeInTheDocument();
  });

  it('says what to do when there is no programme at all', async () => {
    const onCreate = jest.fn();
    await renderTable(api({ listProgrammes: async () => ({ items: [] }) }), {
      onCreate,
    });

    const empty = await screen.findByRole('region', {
      name: 'No programmes yet',
    });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(
      within(empty).getByRole('button', { name: 'New programme' }),
    );
    expect(onCreate).toHaveBeenCalledTimes(1);
  });

  it('offers no New programme button without onCreate', async () => {
    await renderTable(api({ listProgrammes: async () => ({ items: [] }) }));

    await screen.findByRole('heading', { name: 'No programmes yet' });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers to clear the filters when no programme matches them', async () => {
    const csipApi = api({
      listProgrammes: async request =>
        request?.phase ? { items: [] } : aPortfolioPage(),
    });
    await renderTable(csipApi, { query: '?phase=sustain&q=audit&sort=title' });

    const empty = await screen.findByRole('region', {
      name: 'No programme matches these filters',
    });
    await userEvent.click(
      within(empty).getByRole('button', { name: 'Clear filters' }),
    );

    expect(
      await screen.findByRole('table', { name: 'Programme portfolio' }),
    ).toBeInTheDocument();
    expect(query()).toHaveTextContent(/^\?sort=title$/);
    expect(csipApi.listProgrammes).toHaveBeenLastCalledWith({
      sort: 'title',
      limit: 25,
    });
  });

  it('loads the page again when refreshKey changes', async () => {
    const Refreshing = () => {
      const [key, setKey] = useState(1);
      return (
        <>
          <button onClick={() => setKey(key + 1)}>Refresh</button>
          <PortfolioTable refreshKey={key} />
        </>
      );
    };
    const csipApi = api();
    await renderInTestApp(<Refreshing />, {
      apis: [
        [csipApiRef, csipApi],
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/csip': rootRouteRef,
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });
    await screen.findByRole('table', { name: 'Programme portfolio' });
    expect(csipApi.listProgrammes).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() =>
      expect(csipApi.listProgrammes).toHaveBeenCalledTimes(2),
    );
  });

  it('shows why the programmes could not be loaded, and tries again', async () => {
    const listProgrammes = jest
      .fn()
      .mockRejectedValueOnce(
        aResponseError(400, 'InputError', 'Invalid query: owner is invalid'),
      )
      .mockResolvedValue(aPortfolioPage());
    await renderTable(mockCsipApi({ listProgrammes }));

    expect(
      await screen.findByText(/Could not load programmes/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/Invalid query: owner is invalid/)[0],
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('table', { name: 'Programme portfolio' }),
    ).toBeInTheDocument();
  });

  it('marks a closed programme with its verdict', async () => {
    await renderTable(
      api({
        listProgrammes: async () =>
          aPortfolioPage([aPortfolioProgramme({ verdict: 'successful' })]),
      }),
    );
    await screen.findByRole('table', { name: 'Programme portfolio' });
    expect(
      within(rowOf(aPortfolioProgramme().title)).getByText(
        'Closed: Successful',
      ),
    ).toBeInTheDocument();
  });
});
