import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { ProgrammePage } from '@csip-coach/plugin-csip-common';
import { screen } from '@testing-library/react';
import { CsipApi, csipApiRef } from '../../api';
import { CsipPage } from './CsipPage';
import { mockCsipApi } from '../../__testUtils__/mockCsipApi';

function apiAnswering(listProgrammes: CsipApi['listProgrammes']): CsipApi {
  return mockCsipApi({ listProgrammes });
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

describe('CsipPage', () => {
  it('tells the user what to do when there is no programme yet', async () => {
    await renderInTestApp(<CsipPage />, {
      apis: [[csipApiRef, apiAnswering(async () => ({ items: [] }))]],
    });
    expect(
      await screen.findByRole('heading', {
        name: 'No improvement programmes yet',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Next step:/)).toBeInTheDocument();
  });

  it('lists programmes with their phase in words', async () => {
    await renderInTestApp(<CsipPage />, {
      apis: [[csipApiRef, apiAnswering(async () => onePage)]],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });
    expect(
      await screen.findByText('Change management CSIP'),
    ).toBeInTheDocument();
    expect(screen.getByText('Implement (2 of 5)')).toBeInTheDocument();
    expect(screen.getByText('Operational')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /it-operations/ })).toHaveAttribute(
      'href',
      '/catalog/default/group/it-operations',
    );
  });

  it('shows the error when the backend fails', async () => {
    await renderInTestApp(<CsipPage />, {
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
