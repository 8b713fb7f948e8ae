import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import { CsipApi, csipApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import {
  aGroupEntity,
  aProgrammeSummary,
  aSecondProgrammeSummary,
} from '../../../__testUtils__/entityFixtures';
import { aResponseError, aScopeView } from '../../../__testUtils__/fixtures';
import { aHandoverView } from '../../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aMaturityView } from '../../../__testUtils__/reviewsTabFixtures';
import { EntityImprovementCard } from './EntityImprovementCard';

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    listProgrammes: async () => ({ items: [aProgrammeSummary()] }),
    getMaturity: async () => aMaturityView(),
    getHandover: async () => aHandoverView(),
    getScope: async () => aScopeView(),
    ...overrides,
  });

function renderCard(csipApi: CsipApi) {
  return renderInTestApp(
    <EntityProvider entity={aGroupEntity()}>
      <EntityImprovementCard />
    </EntityProvider>,
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
    },
  );
}

describe('EntityImprovementCard', () => {
  it('sums up the team’s programme and links to the Improvement tab', async () => {
    const csipApi = api();
    await renderCard(csipApi);

    expect(
      await screen.findByRole('heading', { name: 'Improvement' }),
    ).toBeInTheDocument();
    const programme = within(
      await screen.findByRole('region', { name: 'Change management CSIP' }),
    );
    expect(
      programme.getByRole('link', { name: 'Change management CSIP' }),
    ).toHaveAttribute('href', '/csip/programmes/p1');
    expect(programme.getByText('Implement (2 of 5)')).toBeInTheDocument();
    expect(
      await programme.findByText('Awaiting agreement'),
    ).toBeInTheDocument();
    expect(
      await programme.findByText(
        'Change management: Level 2 Managed, target 3 Established: 1 level to go',
      ),
    ).toBeInTheDocument();
    expect(
      await programme.findByText('Not ready: 3 blockers'),
    ).toBeInTheDocument();
    // Compact: no score, summit or overdue actions, so no action register call.
    expect(programme.queryByText('42.5 %')).toBeNull();
    expect(csipApi.listActions).not.toHaveBeenCalled();

    expect(screen.getByRole('link', { name: 'View all' })).toHaveAttribute(
      'href',
      '/improvement',
    );
  });

  it('shows at most three active programmes, latest first', async () => {
    const items = [
      aProgrammeSummary(),
      aSecondProgrammeSummary(),
      aProgrammeSummary({
        id: 'p3',
        title: 'Configuration CSIP',
        updatedAt: '2026-11-01T00:00:00.000Z',
      }),
      aProgrammeSummary({
        id: 'p4',
        title: 'Old CSIP',
        updatedAt: '2026-10-01T00:00:00.000Z',
      }),
      aProgrammeSummary({ id: 'p5', title: 'Archived CSIP', archived: true }),
    ];
    await renderCard(api({ listProgrammes: async () => ({ items }) }));

    await screen.findByRole('region', { name: 'Release cadence CSIP' });
    expect(
      screen
        .getAllByRole('region', { name: /CSIP$/ })
        .map(region => region.getAttribute('aria-labelledby')),
    ).toEqual([
      'csip-entity-card-p2',
      'csip-entity-card-p1',
      'csip-entity-card-p3',
    ]);
    expect(
      screen.getByText('And 1 more on the Improvement tab.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Archived CSIP')).toBeNull();
  });

  it('calls to start a programme when the team has none', async () => {
    await renderCard(api({ listProgrammes: async () => ({ items: [] }) }));

    expect(
      await screen.findByText(
        'No improvement programme for IT Operations yet.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Start a programme on the CSIP page' }),
    ).toHaveAttribute('href', '/csip');
    expect(screen.queryByRole('link', { name: 'View all' })).toBeNull();
  });

  it('says when every programme is archived', async () => {
    await renderCard(
      api({
        listProgrammes: async () => ({
          items: [aProgrammeSummary({ archived: true })],
        }),
      }),
    );
    expect(
      await screen.findByText(
        'IT Operations has no active improvement programme; one is archived.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View all' })).toBeInTheDocument();
  });

  it('shows the server’s error', async () => {
    await renderCard(
      api({
        listProgrammes: async () => {
          throw aResponseError(500, 'Error', 'Database unavailable');
        },
      }),
    );
    expect(
      await screen.findByText(
        'Could not load the improvement programmes: Database unavailable',
      ),
    ).toBeInTheDocument();
  });
});
