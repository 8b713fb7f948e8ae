import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { ProgrammePage } from '@csip-coach/plugin-csip-common';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { PortfolioPanel } from './PortfolioPanel';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';

function apiAnswering(listProgrammes: CsipApi['listProgrammes']): CsipApi {
  return mockCsipApi({
    listProgrammes,
  });
}

const onePage: ProgrammePage = {
  items: [
    {
      id: 'p1',
      title: 'Change management CSIP',
      driver: 'operational',
      ownerRef: 'group:default/it-operations',
      phase: 'implement',
      archived: false,
      version: 3,
      updatedAt: '2026-11-20T10:00:00.000Z',
    },
  ],
};

describe('PortfolioPanel', () => {
  it('tells the user what to do when there is no programme yet', async () => {
    await renderInTestApp(<PortfolioPanel onOpen={jest.fn()} />, {
      apis: [[csipApiRef, apiAnswering(async () => ({ items: [] }))]],
    });
    expect(
      await screen.findByRole('heading', {
        name: 'No improvement programmes yet',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Next step:/)).toBeInTheDocument();
  });

  it('offers to create the first programme from the empty state', async () => {
    await renderInTestApp(<PortfolioPanel onOpen={jest.fn()} />, {
      apis: [
        [csipApiRef, apiAnswering(async () => ({ items: [] }))],
        catalogApiMock(),
      ],
    });
    const emptyState = await screen.findByRole('region', {
      name: 'No improvement programmes yet',
    });
    expect(
      await screen.findAllByRole('button', { name: 'Create programme' }),
    ).toHaveLength(1);
    await userEvent.click(
      within(emptyState).getByRole('button', { name: 'Create programme' }),
    );
    expect(
      screen.getByRole('dialog', { name: 'Create programme' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toBeInTheDocument();
  });

  it('lists programmes with their phase in words', async () => {
    await renderInTestApp(<PortfolioPanel onOpen={jest.fn()} />, {
      apis: [[csipApiRef, apiAnswering(async () => onePage)], catalogApiMock()],
      mountedRoutes: {
        '/csip': rootRouteRef,
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });
    expect(
      await screen.findByRole('link', { name: 'Change management CSIP' }),
    ).toHaveAttribute('href', '/csip/programmes/p1');
    expect(
      await screen.findByRole('button', { name: 'Create programme' }),
    ).toBeEnabled();
    expect(screen.getByText('Implement (2 of 5)')).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Programme portfolio' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Export CSV' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeInTheDocument();
    expect(
      screen.getByRole('search', { name: 'Filter programmes' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /it-operations/ })).toHaveAttribute(
      'href',
      '/catalog/default/group/it-operations',
    );
  });

  it('shows the error when the backend fails', async () => {
    await renderInTestApp(<PortfolioPanel onOpen={jest.fn()} />, {
      apis: [
        [
          csipApiRef,
          apiAnswering(async () => {
            throw new Error('backend is down');
          }),
        ],
      ],
    });
    expect(
      await screen.findByText(/Could not load programmes/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/backend is down/).length).toBeGreaterThan(0);
  });
});
