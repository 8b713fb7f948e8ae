import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type {
  MyWork,
  PortfolioRollup,
  ProgrammePage,
} from '@csip-coach/plugin-csip-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { csipApiRef } from '../../../api';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { rootRouteRef } from '../../../routes';
import { CsipPage } from './CsipPage';

const work: MyWork = {
  actions: [],
  followUps: [],
  awaitingAgreement: [
    {
      programmeId: 'p1',
      programmeTitle: 'Release CSIP',
      ownerRef: 'group:default/it-operations',
      versionNumber: 2,
      publishedBy: 'user:default/alex.coach',
      publishedAt: '2026-11-22T10:00:00.000Z',
    },
  ],
  programmes: [],
};

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

const rollup: PortfolioRollup = {
  group: null,
  processes: ['change'],
  groups: [],
  unassigned: 0,
  history: [],
};

function renderPage(path = '/') {
  return renderInTestApp(<CsipPage />, {
    apis: [
      [
        csipApiRef,
        mockCsipApi({
          getMyWork: async () => work,
          listProgrammes: async () => onePage,
          getPortfolioRollup: async () => rollup,
        }),
      ],
      catalogApiMock(),
    ],
    initialRouteEntries: [path],
    mountedRoutes: {
      '/csip': rootRouteRef,
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}

describe('CsipPage', () => {
  it('has a visible title and opens on the For-you tab', async () => {
    await renderPage();
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Continual service improvement',
      }),
    ).toBeVisible();
    expect(screen.getByRole('tab', { name: 'For you' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const panel = screen.getByRole('tabpanel', { name: 'For you' });
    expect(
      await within(panel).findByRole('link', { name: 'Release CSIP' }),
    ).toHaveAttribute('href', '/csip/programmes/p1?tab=scope');
    expect(
      screen.queryByRole('table', { name: 'Programme portfolio' }),
    ).not.toBeInTheDocument();
  });

  it('switches to the portfolio and keeps the tab in the URL', async () => {
    await renderPage();
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Portfolio' }),
    );
    expect(
      await screen.findByRole('table', { name: 'Programme portfolio' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tabpanel', { name: 'Portfolio' }),
    ).toBeInTheDocument();
  });

  it('opens the portfolio for a link with its filters', async () => {
    await renderPage('/?phase=implement');
    expect(
      await screen.findByRole('tab', { name: 'Portfolio' }),
    ).toHaveAttribute('aria-selected', 'true');
    expect(
      await screen.findByRole('link', { name: 'Change management CSIP' }),
    ).toHaveAttribute('href', '/csip/programmes/p1');
  });

  it('opens the roll-up by group from ?tab=rollup', async () => {
    await renderPage('/?tab=rollup');
    expect(
      await screen.findByRole('tab', { name: 'Roll-up by group' }),
    ).toHaveAttribute('aria-selected', 'true');
    expect(
      screen.getByRole('tabpanel', { name: 'Roll-up by group' }),
    ).toBeInTheDocument();
  });
});
