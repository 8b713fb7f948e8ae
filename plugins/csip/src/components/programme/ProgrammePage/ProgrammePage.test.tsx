import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import {
  aBlockedPhaseStatus,
  aProgramme,
  aResponseError,
  aScopeVersion,
  aScopeView,
} from '../../../__testUtils__/fixtures';
import { aHandoverView } from '../../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  aMaturityModel,
  aMaturityView,
} from '../../../__testUtils__/reviewsTabFixtures';
import { anArchive } from '../../../__testUtils__/reportFixtures';
import { rootRouteRef } from '../../../routes';
import { formatLocalDate } from '../../../util/formatDate';
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
    getMaturity: async () => aMaturityView(),
    listMembershipChanges: async () => ({ items: [] }),
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
    // No decision yet: the tab opens on the unanswered questionnaire (no
    // recommendation until every question is answered, issue 15).
    expect(
      await screen.findByRole('heading', {
        name: 'Decide how to implement ITSM',
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

  it('opens the coaching tab from ?tab=coaching', async () => {
    await renderPage(
      api({ getMaturityModel: async () => aMaturityModel() }),
      '/csip/programmes/p1?tab=coaching',
    );
    expect(
      await screen.findByRole('tab', { name: 'Coaching' }),
    ).toHaveAttribute('aria-selected', 'true');
    expect(
      await screen.findByRole('heading', { name: 'Coaching moments' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/^No coaching moments yet\. Record one/),
    ).toBeInTheDocument();
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

  it('says when the programme does not exist, with the way back and no retry', async () => {
    const csipApi = api({
      getProgramme: async () => {
        throw aResponseError(404, 'NotFoundError', 'No programme with id p1');
      },
    });
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
    expect(
      await screen.findByText('This programme does not exist or was removed.'),
    ).toBeInTheDocument();
    expect(screen.getByText('No programme with id p1')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the programme list' }),
    ).toHaveAttribute('href', '/csip?tab=portfolio');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByText(/Could not load the programme/)).toBeNull();
  });

  it('says the server failed in a sentence, and loads again on Try again', async () => {
    const getProgramme = jest
      .fn()
      .mockRejectedValueOnce(
        aResponseError(500, 'Error', 'The database is unavailable'),
      )
      .mockResolvedValue(aProgramme());
    await renderPage(api({ getProgramme }));
    expect(
      await screen.findByText(
        'Could not load the programme: The database is unavailable.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/does not exist/)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { name: 'Change management CSIP' }),
    ).toBeInTheDocument();
    expect(getProgramme).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/Could not load the programme/)).toBeNull();
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

  it('says under the title where an imported programme came from', async () => {
    const provenance = {
      importedBy: 'user:default/alex.coach',
      importedAt: '2026-12-01T10:00:00.000Z',
      exportedAt: '2026-11-28T09:00:00.000Z',
    };
    await renderPage(
      api({ getProgramme: async () => aProgramme({ provenance }) }),
    );
    expect(await screen.findByText(/^Imported by/)).toHaveTextContent(
      `Imported by alex.coach on ${formatLocalDate(
        provenance.importedAt,
      )} from an export of ${formatLocalDate(provenance.exportedAt)}.`,
    );
  });

  it('keeps the membership history on the overview', async () => {
    const csipApi = api({
      listMembershipChanges: async () => ({
        items: [
          {
            programmeId: 'p1',
            changedBy: 'user:default/alex.coach',
            changedAt: '2026-11-25T16:30:00.000Z',
            before: [],
            after: [{ userRef: 'user:default/omar.member', role: 'member' }],
          },
        ],
      }),
    });
    await renderPage(csipApi);
    const history = await screen.findByRole('list', {
      name: 'Membership history',
    });
    expect(history).toHaveTextContent(/Added: .*omar\.member as Member/);
    expect(csipApi.listMembershipChanges).toHaveBeenCalledWith('p1');
  });

  it('lets a coach edit the programme and shows the saved programme', async () => {
    let current = aProgramme();
    const csipApi = api({
      getProgramme: async () => current,
      updateProgramme: async (_id, update) => {
        current = { ...current, ...update, version: current.version + 1 };
        return current;
      },
    });
    await renderInTestApp(<ProgrammePage />, {
      apis: [
        [csipApiRef, csipApi],
        mockApis.identity({ userEntityRef: 'user:default/alex.coach' }),
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountPath: '/csip/programmes/:programmeId',
      initialRouteEntries: ['/csip/programmes/p1'],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Edit programme' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit programme' });
    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Change CSIP 2027');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByRole('heading', { name: 'Change CSIP 2027' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(csipApi.updateProgramme).toHaveBeenCalledWith('p1', {
      title: 'Change CSIP 2027',
      version: 1,
    });
  });

  it('tells a member why they cannot edit the programme', async () => {
    await renderInTestApp(<ProgrammePage />, {
      apis: [
        [csipApiRef, api()],
        mockApis.identity({ userEntityRef: 'user:default/dana.sponsor' }),
      ],
      mountPath: '/csip/programmes/:programmeId',
      initialRouteEntries: ['/csip/programmes/p1'],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });
    const edit = await screen.findByRole('button', { name: 'Edit programme' });
    expect(edit).toBeDisabled();
    expect(edit).toHaveAccessibleDescription(
      'Only the programme’s leads and coaches change its title, vision, drivers and owner.',
    );
  });
});
