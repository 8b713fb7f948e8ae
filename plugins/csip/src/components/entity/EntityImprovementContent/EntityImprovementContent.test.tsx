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
import { someActions } from '../../../__testUtils__/actionFixtures';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import {
  aComponentEntity,
  aGroupEntity,
  aProgrammeSummary,
  aSecondProgrammeSummary,
} from '../../../__testUtils__/entityFixtures';
import {
  aProgramme,
  aResponseError,
  aScopeView,
} from '../../../__testUtils__/fixtures';
import { aFollowUp } from '../../../__testUtils__/coachingFixtures';
import { aHandoverView } from '../../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  aMaturityView,
  aProcessMaturity,
} from '../../../__testUtils__/reviewsTabFixtures';
import type { CatalogEntity } from '../useEntityProgrammes';
import { EntityImprovementContent } from './EntityImprovementContent';

/** p1 (implement, not ready) and p2 (establish, ready, nothing overdue). */
const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    listProgrammes: async () => ({
      items: [aProgrammeSummary(), aSecondProgrammeSummary()],
    }),
    getMaturity: async id =>
      id === 'p1'
        ? aMaturityView()
        : aMaturityView([
            aProcessMaturity({
              process: 'release',
              name: 'Release management',
              level: 3,
              target: 3,
            }),
          ]),
    getHandover: async id =>
      id === 'p1'
        ? aHandoverView()
        : aHandoverView({
            score: 85,
            readiness: { ready: true, blockers: [] },
            summit: { percent: null, camp: 'start', processes: [] },
          }),
    getScope: async id => aScopeView(id === 'p1' ? {} : { status: 'agreed' }),
    listActions: async id => ({
      items: id === 'p1' ? someActions() : [],
    }),
    getProgramme: async id => aProgramme({ id }),
    listFollowUps: async id => ({
      items: id === 'p1' ? [aFollowUp()] : [],
    }),
    ...overrides,
  });

function renderContent(
  csipApi: CsipApi,
  entity: CatalogEntity = aGroupEntity(),
) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <EntityImprovementContent />
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

describe('EntityImprovementContent', () => {
  it('shows where each programme of the team stands, in words', async () => {
    const csipApi = api();
    await renderContent(csipApi);

    expect(
      await screen.findByRole('heading', { name: 'Improvement programmes' }),
    ).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('region', { name: /CSIP$/ });
    expect(first).toHaveAccessibleName('Release cadence CSIP');
    expect(second).toHaveAccessibleName('Change management CSIP');

    const p1 = within(second);
    expect(
      p1.getByRole('link', { name: 'Change management CSIP' }),
    ).toHaveAttribute('href', '/csip/programmes/p1');
    expect(p1.getByText('Implement (2 of 5)')).toBeInTheDocument();
    expect(p1.getByText('Do it yourself with coaching')).toBeInTheDocument();
    expect(await p1.findByText('Awaiting agreement')).toBeInTheDocument();
    expect(
      await p1.findByText(
        'Change management: Level 2 Managed, target 3 Established: 1 level to go',
      ),
    ).toBeInTheDocument();
    expect(p1.queryByText(/Release management/)).toBeNull();
    expect(await p1.findByText('Not ready: 3 blockers')).toBeInTheDocument();
    expect(p1.getByText('42.5 %')).toBeInTheDocument();
    expect(
      p1.getByText('Base camp, 50 % of the way to the targets'),
    ).toBeInTheDocument();
    expect(await p1.findByText('2 overdue actions')).toBeInTheDocument();

    const p2 = within(first);
    expect(
      p2.getByRole('link', { name: 'Release cadence CSIP' }),
    ).toHaveAttribute('href', '/csip/programmes/p2');
    expect(p2.getByText('Establish (1 of 5)')).toBeInTheDocument();
    expect(p2.getByText('Not decided yet')).toBeInTheDocument();
    expect(
      await p2.findByText('Ready for the coach to leave'),
    ).toBeInTheDocument();
    expect(p2.getByText('Agreed by every approver')).toBeInTheDocument();
    expect(
      p2.getByText(
        'Release management: Level 3 Established; target 3 Established reached',
      ),
    ).toBeInTheDocument();
    expect(p2.getByText('No targets yet')).toBeInTheDocument();
    expect(await p2.findByText('No overdue actions')).toBeInTheDocument();

    expect(csipApi.listProgrammes).toHaveBeenCalledWith({
      owner: 'group:default/it-operations',
      limit: 50,
    });
  });

  it('offers the coach a coaching moment and the due commitments of each programme', async () => {
    await renderContent(api());
    const p1 = within(
      await screen.findByRole('region', { name: 'Change management CSIP' }),
    );
    const due = await p1.findByRole('list', {
      name: 'Commitments due for follow-up',
    });
    expect(due).toHaveTextContent(
      'Add a backout-plan check to the change form',
    );
    expect(
      await p1.findByRole('button', { name: 'Record a coaching moment' }),
    ).toBeInTheDocument();
    const p2 = within(
      screen.getByRole('region', { name: 'Release cadence CSIP' }),
    );
    expect(
      await p2.findByText(/^No commitment is due for follow-up/),
    ).toBeInTheDocument();
    expect(
      await p2.findByRole('button', { name: 'Record a coaching moment' }),
    ).toBeInTheDocument();
  });

  it('shows one programme’s failure without hiding the others', async () => {
    await renderContent(
      api({
        getMaturity: async id => {
          if (id === 'p2') {
            throw aResponseError(403, 'NotAllowedError', 'Not a member');
          }
          return aMaturityView();
        },
        getHandover: async id => {
          if (id === 'p2') {
            throw aResponseError(500, 'Error', 'Handover unavailable');
          }
          return aHandoverView();
        },
      }),
    );

    const p2 = within(
      await screen.findByRole('region', { name: 'Release cadence CSIP' }),
    );
    expect(
      await p2.findByText('Could not load the levels: Not a member'),
    ).toBeInTheDocument();
    expect(
      await p2.findByText('Could not load the handover: Handover unavailable'),
    ).toBeInTheDocument();
    expect(p2.queryByText('Knowledge-transfer score')).toBeNull();

    const p1 = within(
      screen.getByRole('region', { name: 'Change management CSIP' }),
    );
    expect(
      await p1.findByText(/Change management: Level 2 Managed/),
    ).toBeInTheDocument();
    expect(await p1.findByText('Not ready: 3 blockers')).toBeInTheDocument();
  });

  it('says what a CSIP is and how to start one when the team has none', async () => {
    await renderContent(api({ listProgrammes: async () => ({ items: [] }) }));

    expect(
      await screen.findByRole('heading', {
        name: 'No improvement programme for IT Operations yet',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/continual service improvement programme \(CSIP\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/name IT Operations as its owner/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Start a programme on the CSIP page' }),
    ).toHaveAttribute('href', '/csip');
  });

  it('tells a component how to link a programme, and warns about a missing one', async () => {
    const csipApi = api({
      getProgramme: async () => {
        throw aResponseError(404, 'NotFoundError', 'Not found');
      },
    });
    await renderContent(csipApi, aComponentEntity('gone'));

    expect(
      await screen.findByRole('heading', {
        name: 'No improvement programme for Change API yet',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Programme gone, named in the csip-coach/programme-id annotation, does not exist. Check the id in the entity’s catalog-info.yaml.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/programmes belong to a group or a system/),
    ).toBeInTheDocument();
    expect(csipApi.listProgrammes).not.toHaveBeenCalled();
  });

  it('shows the server’s error when the programmes cannot be listed', async () => {
    await renderContent(
      api({
        listProgrammes: async () => {
          throw aResponseError(500, 'Error', 'Database unavailable');
        },
      }),
    );
    expect(
      await screen.findByText(/Could not load the improvement programmes/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Database unavailable/)).toBeInTheDocument();
  });
});
