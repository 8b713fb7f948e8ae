import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../api';
import {
  aBlockedPhaseStatus,
  aProgramme,
  aScopeVersion,
  aScopeView,
} from '../../__testUtils__/fixtures';
import { aHandoverView } from '../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../__testUtils__/mockCsipApi';
import { anArchive } from '../../__testUtils__/reportFixtures';
import { rootRouteRef } from '../../routes';
import { ProgrammePage } from './ProgrammePage';

function renderPage(csipApi: CsipApi, path = '/csip/programmes/p1') {
  return renderInTestApp(<ProgrammePage />, {
    apis: [[csipApiRef, csipApi]],
    mountPath: '/csip/programmes/:programmeId',
    initialRouteEntries: [path],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    getProgramme: async () => aProgramme(),
    getPhaseStatus: async () => aBlockedPhaseStatus(),
    listDecisions: async () => ({ items: [] }),
    getHandover: async () => aHandoverView(),
    ...overrides,
  });

describe('ProgrammePage', () => {
  it('shows what the programme is, in words', async () => {
    await renderPage(api());

    expect(
      await screen.findByRole('heading', { name: 'Change management CSIP' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      screen.getByText('Changes that land safely, first time.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Operational:/)).toBeInTheDocument();

    const drivers = screen.getByRole('list', { name: 'Business drivers' });
    const [obvious, hidden] = within(drivers).getAllByRole('listitem');
    expect(obvious).toHaveTextContent('ObviousFewer failed changes');
    expect(hidden).toHaveTextContent('HiddenPass next year’s audit');

    expect(screen.getByRole('link', { name: /it-operations/ })).toHaveAttribute(
      'href',
      '/catalog/default/group/it-operations',
    );
    const members = screen.getByRole('list', { name: 'Members and roles' });
    const people = within(members).getAllByRole('listitem');
    expect(people).toHaveLength(3);
    expect(people[2]).toHaveTextContent(/priya\.change/);
    expect(people[2]).toHaveTextContent('Lead, Member');
    expect(
      screen.getByText(/Not decided yet: answer the readiness questions/),
    ).toBeInTheDocument();
  });

  it('says in words when the programme is archived', async () => {
    await renderPage(
      api({ getProgramme: async () => aProgramme({ archived: true }) }),
    );
    expect(await screen.findByText('Archived')).toBeInTheDocument();
    expect(screen.getByText(/Archived: this programme is kept/)).toBeVisible();
  });

  it('opens the approach tab from the keyboard and from ?tab=', async () => {
    const csipApi = api();
    await renderPage(csipApi);
    const overview = await screen.findByRole('tab', { name: 'Overview' });

    const user = userEvent.setup({ delay: null });
    overview.focus();
    await user.keyboard('{ArrowRight}{Enter}');

    expect(screen.getByRole('tab', { name: 'Approach' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Recommended: Do it yourself with coaching',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toHaveAttribute(
      'aria-labelledby',
      'csip-tab-approach',
    );
  });

  it('opens the scope tab from ?tab=scope', async () => {
    await renderPage(
      api({
        getScope: async () => aScopeView(),
        listScopeVersions: async () => ({ items: [aScopeVersion()] }),
      }),
      '/csip/programmes/p1?tab=scope',
    );
    expect(await screen.findByRole('tab', { name: 'Scope' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByRole('heading', { name: 'Scope version 2' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Awaiting agreement')).toBeInTheDocument();
  });

  it('shows the error when the programme cannot be loaded', async () => {
    await renderPage(
      api({
        getProgramme: async () => {
          throw new Error('no such programme');
        },
      }),
    );
    expect(
      await screen.findByText(/Could not load the programme/),
    ).toBeInTheDocument();
  });

  it('offers the printable report and the export next to the title', async () => {
    const csipApi = api({ exportProgramme: async () => anArchive() });
    await renderInTestApp(<ProgrammePage />, {
      apis: [[csipApiRef, csipApi]],
      mountPath: '/csip/programmes/:programmeId',
      initialRouteEntries: ['/csip/programmes/p1'],
      mountedRoutes: {
        '/csip': rootRouteRef,
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });

    await screen.findByRole('heading', { name: 'Change management CSIP' });
    expect(
      screen.getByRole('link', { name: 'Printable report' }),
    ).toHaveAttribute('href', '/csip/programmes/p1/report');
    expect(screen.getByRole('button', { name: 'Export' })).toBeEnabled();
    expect(csipApi.exportProgramme).not.toHaveBeenCalled();
  });
});
