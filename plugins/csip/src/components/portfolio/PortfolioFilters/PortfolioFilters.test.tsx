import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { CsipApi, csipApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aPortfolioPage } from '../../../__testUtils__/portfolioFixtures';
import { PortfolioTable } from '../PortfolioTable';
import { PortfolioFilters } from './PortfolioFilters';

const Query = () => (
  <output aria-label="Query">{decodeURIComponent(useLocation().search)}</output>
);

const api = () => mockCsipApi({ listProgrammes: async () => aPortfolioPage() });

/** The filters above the table they filter, as the CSIP page shows them. */
async function renderFilters(csipApi: CsipApi, query = '') {
  await renderInTestApp(
    <>
      <PortfolioFilters />
      <PortfolioTable />
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
  await screen.findByRole('table', { name: 'Programme portfolio' });
  return within(screen.getByRole('search', { name: 'Filter programmes' }));
}

const query = () => screen.getByRole('status', { name: 'Query' });

describe('PortfolioFilters', () => {
  it('labels every filter', async () => {
    const filters = await renderFilters(api());

    expect(
      filters.getByRole('searchbox', { name: 'Search programmes' }),
    ).toBeInTheDocument();
    for (const name of [
      'Phase',
      'Approach',
      'Scope status',
      'Exit readiness',
      'Owner',
    ]) {
      expect(filters.getByRole('combobox', { name })).toBeInTheDocument();
    }
    expect(
      filters.getByRole('checkbox', { name: 'Only with overdue actions' }),
    ).not.toBeChecked();
    expect(
      within(filters.getByRole('combobox', { name: 'Phase' }))
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual([
      'Any phase',
      'Establish',
      'Implement',
      'Review',
      'Handover',
      'Sustain',
    ]);
    expect(
      filters.getByRole('button', { name: 'Clear filters' }),
    ).toBeDisabled();
  });

  it('writes each filter to the URL and lists the programmes under it', async () => {
    const csipApi = api();
    const filters = await renderFilters(csipApi, '?sort=score&order=desc');
    const user = userEvent.setup();

    await user.selectOptions(
      filters.getByRole('combobox', { name: 'Phase' }),
      'Implement',
    );
    await user.selectOptions(
      filters.getByRole('combobox', { name: 'Exit readiness' }),
      'Not ready',
    );

    expect(query()).toHaveTextContent(
      '?sort=score&order=desc&phase=implement&ready=false',
    );
    await waitFor(() =>
      expect(csipApi.listProgrammes).toHaveBeenLastCalledWith({
        phase: 'implement',
        ready: false,
        sort: 'score',
        order: 'desc',
        limit: 25,
      }),
    );

    await user.selectOptions(
      filters.getByRole('combobox', { name: 'Approach' }),
      'Do it yourself with coaching',
    );
    await user.selectOptions(
      filters.getByRole('combobox', { name: 'Scope status' }),
      'Awaiting agreement',
    );
    await user.click(
      filters.getByRole('checkbox', { name: 'Only with overdue actions' }),
    );
    await user.click(filters.getByRole('combobox', { name: 'Owner' }));
    await user.click(
      await screen.findByRole('option', { name: /IT Operations/ }),
    );

    await waitFor(() =>
      expect(csipApi.listProgrammes).toHaveBeenLastCalledWith({
        phase: 'implement',
        approach: 'diy-with-coaching',
        scopeStatus: 'awaiting-agreement',
        ready: false,
        overdue: true,
        owner: 'group:default/it-operations',
        sort: 'score',
        order: 'desc',
        limit: 25,
      }),
    );

    // Back to any: the filter leaves the URL.
    await user.selectOptions(
      filters.getByRole('combobox', { name: 'Exit readiness' }),
      'Ready or not',
    );
    expect(query()).not.toHaveTextContent('ready=');
  });

  it('searches once the user pauses typing', async () => {
    const csipApi = api();
    const filters = await renderFilters(csipApi);
    const user = userEvent.setup();

    await user.type(
      filters.getByRole('searchbox', { name: 'Search programmes' }),
      'audit',
    );

    await waitFor(() => expect(query()).toHaveTextContent('?q=audit'));
    await waitFor(() =>
      expect(csipApi.listProgrammes).toHaveBeenLastCalledWith({
        q: 'audit',
        limit: 25,
      }),
    );
    // Not once per keystroke.
    expect(csipApi.listProgrammes).toHaveBeenCalledTimes(2);
  });

  it('shows the filters of a link and clears them all', async () => {
    const csipApi = api();
    const filters = await renderFilters(
      csipApi,
      '?phase=review&approach=diy&scopeStatus=agreed&ready=true&overdue=true&q=audit&owner=group:default/it-operations&sort=title',
    );
    const user = userEvent.setup();

    expect(filters.getByRole('combobox', { name: 'Phase' })).toHaveValue(
      'review',
    );
    expect(filters.getByRole('combobox', { name: 'Approach' })).toHaveValue(
      'diy',
    );
    expect(filters.getByRole('combobox', { name: 'Scope status' })).toHaveValue(
      'agreed',
    );
    expect(
      filters.getByRole('combobox', { name: 'Exit readiness' }),
    ).toHaveValue('true');
    expect(
      filters.getByRole('checkbox', { name: 'Only with overdue actions' }),
    ).toBeChecked();
    expect(
      filters.getByRole('searchbox', { name: 'Search programmes' }),
    ).toHaveValue('audit');
    await waitFor(() =>
      expect(filters.getByRole('combobox', { name: 'Owner' })).toHaveValue(
        'IT Operations (Group)',
      ),
    );

    await user.click(filters.getByRole('button', { name: 'Clear filters' }));

    expect(query()).toHaveTextContent(/^\?sort=title$/);
    expect(filters.getByRole('combobox', { name: 'Phase' })).toHaveValue('');
    expect(
      filters.getByRole('searchbox', { name: 'Search programmes' }),
    ).toHaveValue('');
    expect(
      filters.getByRole('checkbox', { name: 'Only with overdue actions' }),
    ).not.toBeChecked();
    expect(filters.getByRole('combobox', { name: 'Owner' })).toHaveValue('');
    await waitFor(() =>
      expect(csipApi.listProgrammes).toHaveBeenLastCalledWith({
        sort: 'title',
        limit: 25,
      }),
    );
  });
});
