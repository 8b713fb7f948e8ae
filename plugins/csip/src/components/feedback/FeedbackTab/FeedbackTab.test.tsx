import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  summariseFeedback,
  type FeedbackRound,
} from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aProgramme } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { FEEDBACK_CHART_NAME } from '../FeedbackSummaryView';
import { FeedbackTab } from './FeedbackTab';

const aRound = (fields: Partial<FeedbackRound> = {}): FeedbackRound => ({
  id: 'r1',
  programmeId: 'p1',
  title: 'Spring round',
  closesOn: '2999-01-31',
  organisations: ['Client IT', 'Acme Outsourcing'],
  createdBy: 'user:default/alex.coach',
  createdAt: '2026-11-30T09:00:00.000Z',
  responses: 3,
  closed: false,
  answeredByMe: false,
  ...fields,
});

const answer = (organisation: string, mistrust: number) => ({
  organisation,
  barriers: [
    { barrier: 'mistrust' as const, severity: mistrust },
    { barrier: 'hierarchy' as const, severity: 1, comment: 'Decisions wait' },
  ],
});

const summaryOf = (responses: ReturnType<typeof answer>[]) =>
  summariseFeedback({
    roundId: 'r1',
    organisations: ['Client IT', 'Acme Outsourcing'],
    responses,
  });

const threeAnswers = [
  answer('Acme Outsourcing', 3),
  answer('Acme Outsourcing', 2),
  answer('Acme Outsourcing', 3),
];

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    listFeedbackRounds: async () => ({ items: [aRound()] }),
    getFeedbackSummary: async () => summaryOf(threeAnswers),
    ...overrides,
  });

function renderTab(
  csipApi: CsipApi,
  userEntityRef = 'user:default/alex.coach',
) {
  return renderInTestApp(<FeedbackTab programme={aProgramme()} />, {
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

describe('FeedbackTab', () => {
  it('shows each round with its summary as a chart and a table', async () => {
    await renderTab(api());
    expect(
      await screen.findByRole('heading', { name: 'Partnership feedback' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Spring round' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Feedback summary' }),
    ).toBeInTheDocument();
    const chart = await screen.findByRole('figure', {
      name: FEEDBACK_CHART_NAME,
    });
    expect(chart).toHaveTextContent(/Mistrust: Acme Outsourcing 2\.67/);
    const table = screen.getByRole('table', {
      name: 'Mean severity per barrier',
    });
    const [, first] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent(/^Mistrust2\.67/);
    expect(screen.getAllByText('Decisions wait')).toHaveLength(3);
    expect(
      screen.getByRole('button', { name: 'Open a feedback round' }),
    ).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Give feedback' })).toBeEnabled();
    expect(
      screen.getByRole('button', { name: 'Make an action on Mistrust' }),
    ).toBeEnabled();
  });

  it('withholds the summary under 3 answers, and lets members only answer', async () => {
    await renderTab(
      api({
        listFeedbackRounds: async () => ({
          items: [aRound({ responses: 2, answeredByMe: true })],
        }),
        getFeedbackSummary: async () => summaryOf(threeAnswers.slice(0, 2)),
      }),
      'user:default/omar.ops',
    );
    expect(
      await screen.findByText(/shows once 3 people have answered \(2 so far\)/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('figure', { name: FEEDBACK_CHART_NAME }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Open a feedback round' }),
    ).toBeDisabled();
    expect(
      screen.getByRole('button', { name: 'Give feedback' }),
    ).toBeDisabled();
    expect(
      screen.getByText(/You have answered this round/),
    ).toBeInTheDocument();
  });

  it('opens a round with its title, closing day and organisations', async () => {
    const csipApi = api({
      listFeedbackRounds: async () => ({ items: [] }),
      openFeedbackRound: async () => aRound({ responses: 0 }),
    });
    await renderTab(csipApi);
    expect(
      await screen.findByText(/^No feedback rounds yet/),
    ).toBeInTheDocument();
    await user().click(
      screen.getByRole('button', { name: 'Open a feedback round' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Open a feedback round',
    });
    await user().click(
      within(dialog).getByRole('button', { name: 'Open round' }),
    );
    expect(
      await within(dialog).findAllByText(/Required|empty/i),
    ).not.toHaveLength(0);
    expect(csipApi.openFeedbackRound).not.toHaveBeenCalled();

    await user().type(
      within(dialog).getByRole('textbox', { name: /Title/ }),
      'Spring round',
    );
    await user().type(within(dialog).getByLabelText(/Closes on/), '2999-01-31');
    await user().type(
      within(dialog).getByRole('textbox', { name: /Organisations/ }),
      'Client IT{enter}Acme Outsourcing{enter}',
    );
    await user().click(
      within(dialog).getByRole('button', { name: 'Open round' }),
    );
    await waitFor(() =>
      expect(csipApi.openFeedbackRound).toHaveBeenCalledWith('p1', {
        title: 'Spring round',
        closesOn: '2999-01-31',
        organisations: ['Client IT', 'Acme Outsourcing'],
      }),
    );
    expect(
      await screen.findByText(/Round “Spring round” opened/),
    ).toBeInTheDocument();
  });

  it('gives feedback on every barrier, anonymously when asked', async () => {
    const csipApi = api({
      respondToFeedbackRound: async (roundId, body) => ({
        ...body,
        roundId,
        anonymous: true,
      }),
    });
    await renderTab(csipApi);
    await user().click(
      await screen.findByRole('button', { name: 'Give feedback' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Give feedback: Spring round',
    });
    await user().click(
      within(dialog).getByRole('button', { name: 'Send feedback' }),
    );
    expect(
      await within(dialog).findByText('Choose the organisation you speak for.'),
    ).toBeInTheDocument();

    await user().selectOptions(
      within(dialog).getByRole('combobox', { name: /Organisation/ }),
      'Acme Outsourcing',
    );
    const mistrust = within(dialog).getByRole('radiogroup', {
      name: 'Mistrust',
    });
    await user().click(within(mistrust).getByRole('radio', { name: 'Severe' }));
    await user().type(
      within(dialog).getByRole('textbox', { name: 'Comment on Mistrust' }),
      'Everything is checked twice',
    );
    await user().click(
      within(dialog).getByRole('checkbox', { name: 'Answer anonymously' }),
    );
    await user().click(
      within(dialog).getByRole('button', { name: 'Send feedback' }),
    );

    await waitFor(() =>
      expect(csipApi.respondToFeedbackRound).toHaveBeenCalled(),
    );
    const [roundId, body] = csipApi.respondToFeedbackRound.mock.calls[0];
    expect(roundId).toBe('r1');
    expect(body.organisation).toBe('Acme Outsourcing');
    expect(body.anonymous).toBe(true);
    expect(body.barriers).toHaveLength(12);
    expect(body.barriers.find(b => b.barrier === 'mistrust')).toEqual({
      barrier: 'mistrust',
      severity: 3,
      comment: 'Everything is checked twice',
    });
    expect(body.barriers.find(b => b.barrier === 'hierarchy')).toEqual({
      barrier: 'hierarchy',
      severity: 0,
    });
    expect(await screen.findByText(/recorded anonymously/)).toBeInTheDocument();
  });

  it('makes an owned action of a barrier', async () => {
    const csipApi = api({
      createFeedbackAction: async (_id, body) => ({
        ...body,
        id: 'a1',
        programmeId: 'p1',
        status: 'open',
        source: {
          type: 'feedback',
          feedbackRoundId: 'r1',
          barrier: 'mistrust',
        },
        overdue: false,
        version: 1,
        createdBy: 'user:default/alex.coach',
        createdAt: '2026-12-01T09:00:00.000Z',
        updatedAt: '2026-12-01T09:00:00.000Z',
      }),
    });
    await renderTab(csipApi);
    await user().click(
      await screen.findByRole('button', { name: 'Make an action on Mistrust' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Make an action on Mistrust',
    });
    const owner = within(dialog).getByRole('combobox', { name: /Owner/ });
    await waitFor(() =>
      expect(within(owner).getAllByRole('option').length).toBeGreaterThan(1),
    );
    await user().selectOptions(owner, within(owner).getAllByRole('option')[1]);
    await user().type(
      within(dialog).getByRole('textbox', { name: /Measure of done/ }),
      'Joint incident reviews each month',
    );
    await user().type(within(dialog).getByLabelText(/Due date/), '2999-03-01');
    await user().click(
      within(dialog).getByRole('button', { name: 'Add action' }),
    );
    await waitFor(() =>
      expect(csipApi.createFeedbackAction).toHaveBeenCalledWith(
        'r1',
        expect.objectContaining({
          barrier: 'mistrust',
          description: 'Address “Mistrust”, raised in Spring round',
          measure: 'Joint incident reviews each month',
          dueDate: '2999-03-01',
        }),
      ),
    );
    expect(
      await screen.findByText(/Action added to the register for “Mistrust”/),
    ).toBeInTheDocument();
  });
});
