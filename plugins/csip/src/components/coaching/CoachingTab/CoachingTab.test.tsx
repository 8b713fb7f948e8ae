import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import {
  aCoachingSummary,
  aFollowUp,
  aMoment,
  aScheduledMoment,
  someFollowUps,
} from '../../../__testUtils__/coachingFixtures';
import { aProgramme, aScopeView } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aMaturityModel } from '../../../__testUtils__/reviewsTabFixtures';
import { CoachingTab } from './CoachingTab';

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    listMoments: async () => ({ items: [aMoment(), aScheduledMoment()] }),
    listFollowUps: async () => ({ items: someFollowUps() }),
    getCoaching: async () => aCoachingSummary(),
    getMaturityModel: async () => aMaturityModel(),
    getScope: async () => aScopeView(),
    ...overrides,
  });

function renderTab(
  csipApi: CsipApi,
  userEntityRef = 'user:default/alex.coach',
) {
  return renderInTestApp(<CoachingTab programme={aProgramme()} />, {
    apis: [
      [csipApiRef, csipApi],
      mockApis.identity({ userEntityRef }),
      mockApis.permission(),
      catalogApiMock({ entities: catalogEntities }),
    ],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}

const user = () => userEvent.setup({ delay: null });

describe('CoachingTab', () => {
  it('shows the mix, the commitments and the moments', async () => {
    await renderTab(api());
    expect(
      await screen.findByRole('heading', { name: 'Coaching' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/9 moments in the work to 3 scheduled/),
    ).toBeInTheDocument();
    const commitments = await screen.findByRole('list', {
      name: 'Commitments to follow up',
    });
    expect(within(commitments).getAllByRole('listitem')).toHaveLength(3);
    const moments = screen.getByRole('list', { name: 'Coaching moments' });
    expect(within(moments).getAllByRole('listitem')).toHaveLength(2);
    expect(
      await screen.findByRole('button', { name: 'Record a coaching moment' }),
    ).toBeEnabled();
  });

  it('says what to do when nothing is recorded yet', async () => {
    await renderTab(
      api({
        listMoments: async () => ({ items: [] }),
        listFollowUps: async () => ({ items: [] }),
      }),
    );
    expect(
      await screen.findByText(/^No coaching moments yet\. Record one/),
    ).toBeInTheDocument();
    expect(screen.getByText(/^No commitments yet\./)).toBeInTheDocument();
  });

  it('tells a sponsor why they may not record a moment', async () => {
    await renderTab(api(), 'user:default/dana.sponsor');
    const button = await screen.findByRole('button', {
      name: 'Record a coaching moment',
    });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Only the programme’s coaches and leads record coaching moments.',
    );
  });

  it('records a moment and loads the lists and the mix again', async () => {
    const csipApi = api({ recordMoment: async () => aMoment() });
    await renderTab(csipApi);
    await user().click(
      await screen.findByRole('button', { name: 'Record a coaching moment' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Record a coaching moment',
    });
    await user().type(
      await within(dialog).findByRole('textbox', { name: /Observation/ }),
      'The CAB agenda went out late.',
    );
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));

    expect(
      await screen.findByText(
        /^Moment recorded\. Its commitment is followed up on/,
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(csipApi.listMoments).toHaveBeenCalledTimes(2));
    expect(csipApi.listFollowUps).toHaveBeenCalledTimes(2);
    expect(csipApi.getCoaching).toHaveBeenCalledTimes(2);
  });

  it('records how a commitment went', async () => {
    const csipApi = api({
      recordFollowUpOutcome: async () => aFollowUp({ outcome: 'kept' }),
    });
    await renderTab(csipApi);
    const [first] = await screen.findAllByRole('button', {
      name: 'Record outcome',
    });
    await user().click(first);
    const dialog = await screen.findByRole('dialog', {
      name: 'Record the outcome',
    });
    await user().click(within(dialog).getByRole('radio', { name: 'Kept' }));
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(
      await screen.findByText(
        'Recorded how “Add a backout-plan check to the change form” went.',
      ),
    ).toBeInTheDocument();
    expect(csipApi.recordFollowUpOutcome).toHaveBeenCalledWith('f1', {
      outcome: 'kept',
    });
  });
});
