import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import {
  aMoment,
  someFollowUps,
} from '../../../__testUtils__/coachingFixtures';
import {
  aProgramme,
  aResponseError,
  aScopeView,
} from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  aMaturityModel,
  aProcessDefinition,
} from '../../../__testUtils__/reviewsTabFixtures';
import { EntityProgrammeCoaching } from './EntityProgrammeCoaching';

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    getProgramme: async () => aProgramme(),
    listFollowUps: async () => ({ items: someFollowUps() }),
    getMaturityModel: async () => aMaturityModel(),
    getScope: async () => aScopeView(),
    recordMoment: async () => aMoment(),
    ...overrides,
  });

function renderPart(
  csipApi: CsipApi,
  userEntityRef = 'user:default/alex.coach',
) {
  return renderInTestApp(<EntityProgrammeCoaching programmeId="p1" />, {
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

describe('EntityProgrammeCoaching', () => {
  it('lists only the commitments due for follow-up', async () => {
    await renderPart(api());
    const due = await screen.findByRole('list', {
      name: 'Commitments due for follow-up',
    });
    const items = within(due).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Add a backout-plan check');
    expect(within(items[0]).getByText('Due for follow-up')).toBeInTheDocument();
  });

  it('says so when nothing is due', async () => {
    await renderPart(api({ listFollowUps: async () => ({ items: [] }) }));
    expect(
      await screen.findByText(/^No commitment is due for follow-up/),
    ).toBeInTheDocument();
  });

  it('lets the coach record an in-the-work moment with a question and a commitment', async () => {
    const csipApi = api();
    await renderPart(csipApi);
    await user().click(
      await screen.findByRole('button', { name: 'Record a coaching moment' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Record a coaching moment',
    });
    const question = aProcessDefinition('change').criteria[0].questions[1];
    await user().type(
      await within(dialog).findByRole('textbox', { name: /Observation/ }),
      'Two changes reached the CAB without a backout plan.',
    );
    await user().click(
      within(dialog).getByRole('combobox', { name: /Question asked/ }),
    );
    await user().click(await screen.findByRole('option', { name: question }));
    await user().type(
      within(dialog).getByRole('textbox', { name: /What the team commits to/ }),
      'Add a backout-plan check',
    );
    await user().selectOptions(
      within(dialog).getByRole('combobox', { name: /Owner/ }),
      'user:default/priya.change',
    );
    await user().type(
      within(dialog).getByLabelText(/Follow up on/),
      '2026-12-01',
    );
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));

    await waitFor(() =>
      expect(csipApi.recordMoment).toHaveBeenCalledWith('p1', {
        process: 'change',
        kind: 'in-the-work',
        observation: 'Two changes reached the CAB without a backout plan.',
        question,
        commitment: {
          text: 'Add a backout-plan check',
          owner: 'user:default/priya.change',
          followUpOn: '2026-12-01',
        },
      }),
    );
    expect(await screen.findByText(/^Moment recorded\./)).toBeInTheDocument();
    expect(csipApi.listFollowUps).toHaveBeenCalledTimes(2);
  });

  it('tells a member why they may not record a moment', async () => {
    await renderPart(
      api({
        getProgramme: async () =>
          aProgramme({
            members: [
              { userRef: 'user:default/alex.coach', role: 'coach' },
              { userRef: 'user:default/sam.desk', role: 'member' },
            ],
          }),
      }),
      'user:default/sam.desk',
    );
    const button = await screen.findByRole('button', {
      name: 'Record a coaching moment',
    });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Only the programme’s coaches and leads record coaching moments.',
    );
  });

  it('says when the programme cannot be loaded', async () => {
    await renderPart(
      api({
        getProgramme: async () => {
          throw aResponseError(500, 'Error', 'Database unavailable');
        },
      }),
    );
    expect(
      await screen.findByText(
        'Could not load the coaching: Database unavailable.',
      ),
    ).toBeInTheDocument();
  });
});
