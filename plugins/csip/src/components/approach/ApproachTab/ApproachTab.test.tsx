import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { Decision } from '@csip-coach/plugin-csip-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { csipApiRef } from '../../../api';
import {
  aDecision,
  aProgramme,
  aResponseError,
} from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  freshProgrammeId,
  policyDenying,
} from '../../../__testUtils__/permissionFixtures';
import { ApproachTab } from './ApproachTab';
import {
  answer,
  answerAll,
  COACH,
  MIDDLE,
  renderTab,
  SPONSOR,
} from './__testUtils__/approachTab';

describe('ApproachTab', () => {
  it('asks the eight readiness questions, each from 1 to 5, none answered to begin with', async () => {
    await renderTab(
      mockCsipApi({ listDecisions: async () => ({ items: [] }) }),
    );

    const groups = (await screen.findAllByRole('radiogroup')).slice(0, 8);
    expect(groups[0]).toHaveAccessibleName(
      '1. How much experience does the team have of implementing ITSM processes?',
    );
    for (const group of groups) {
      const radios = within(group).getAllByRole('radio');
      expect(radios.map(r => r.getAttribute('value'))).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
      ]);
      for (const radio of radios) expect(radio).not.toBeChecked();
    }
    expect(
      within(groups[0]).getByRole('radio', { name: '1 – Not at all' }),
    ).toBeInTheDocument();
    expect(
      within(groups[0]).getByRole('radio', { name: '5 – Very much' }),
    ).toBeInTheDocument();
  });

  it('updates the recommendation live as the questions are answered', async () => {
    await renderTab(
      mockCsipApi({ listDecisions: async () => ({ items: [] }) }),
    );
    await answerAll(MIDDLE);
    expect(
      await screen.findByRole('heading', {
        name: 'Recommended: Do it yourself with coaching',
      }),
    ).toBeInTheDocument();

    await answer(/much experience/, '1 – Not at all');
    await answer(/urgent/, '5 – Very much');
    await answer(/budget/, '5 – Very much');
    await answer(/know-how in house/, '1 – Not at all');

    expect(
      screen.getByRole('heading', { name: 'Recommended: Done to you' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Done to you (recommended)')).toBeInTheDocument();
    expect(screen.getByText('82 of 100')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Done to you (recommended)' }),
    ).toHaveAttribute('aria-valuenow', '82');
    expect(
      screen.getByText(/The operational pain is urgent \(5 of 5\)/),
    ).toBeInTheDocument();
    const risks = screen.getByRole('region', { name: 'Risks of done to you' });
    expect(risks).toHaveTextContent(/Little knowledge transfer/);
    expect(
      screen.getByRole('region', { name: 'Risks of do it yourself' }),
    ).toHaveTextContent(/expect mistakes and dead ends/);
  });

  it('needs a rationale to choose against the recommendation, then records the decision', async () => {
    const recorded = aDecision({ approach: 'done-to-you' });
    let items: Decision[] = [];
    const onDecided = jest.fn();
    const csipApi = mockCsipApi({
      listDecisions: async () => ({ items }),
      recordDecision: async () => {
        items = [recorded];
        return recorded;
      },
    });
    await renderTab(csipApi, onDecided);
    expect(await screen.findByText('No decision yet')).toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await answerAll(MIDDLE);

    await user.click(await screen.findByRole('radio', { name: 'Done to you' }));
    const rationale = screen.getByLabelText('Rationale');
    expect(rationale).toHaveAccessibleDescription(
      /The recommendation was Do it yourself with coaching; choosing Done to you instead needs a rationale/,
    );

    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    await waitFor(() => {
      expect(rationale).toHaveAttribute('aria-invalid', 'true');
    });
    expect(csipApi.recordDecision).not.toHaveBeenCalled();

    await user.type(rationale, 'No one in house has time this year');
    fireEvent.change(screen.getByLabelText('Revisit on'), {
      target: { value: '2027-06-30' },
    });
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    await waitFor(() =>
      expect(csipApi.recordDecision).toHaveBeenCalledWith('p1', {
        approach: 'done-to-you',
        rationale: 'No one in house has time this year',
        revisitOn: '2027-06-30',
        answers: MIDDLE,
      }),
    );
    expect(await screen.findByText(/Decision recorded/)).toBeInTheDocument();
    expect(onDecided).toHaveBeenCalled();
    expect(csipApi.listDecisions).toHaveBeenCalledTimes(2);
    expect(
      await screen.findByRole('list', { name: 'Decisions, newest first' }),
    ).toBeInTheDocument();
  });

  it('records a decision that follows the recommendation without a rationale', async () => {
    const csipApi = mockCsipApi({
      listDecisions: async () => ({ items: [] }),
      recordDecision: async () => aDecision(),
    });
    await renderTab(csipApi);
    const user = userEvent.setup({ delay: null });
    await answerAll(MIDDLE);

    await user.click(
      await screen.findByRole('radio', {
        name: 'Do it yourself with coaching',
      }),
    );
    expect(screen.getByLabelText('Rationale')).toHaveAccessibleDescription(
      /Follows the recommendation/,
    );
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    await waitFor(() =>
      expect(csipApi.recordDecision).toHaveBeenCalledWith('p1', {
        approach: 'diy-with-coaching',
        rationale: '',
        answers: MIDDLE,
      }),
    );
  });

  it('shows the server’s message when the decision is refused', async () => {
    const csipApi = mockCsipApi({
      listDecisions: async () => ({ items: [] }),
      recordDecision: async () => {
        throw aResponseError(400, 'InputError', 'Invalid decision: rationale');
      },
    });
    await renderTab(csipApi);
    const user = userEvent.setup({ delay: null });
    await answerAll(MIDDLE);
    await user.click(
      await screen.findByRole('radio', {
        name: 'Do it yourself with coaching',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(
      await screen.findByText(
        'The decision was not recorded: Invalid decision: rationale',
      ),
    ).toBeInTheDocument();
  });

  it('lists the decision history, newest first, in words', async () => {
    await renderTab(
      mockCsipApi({
        listDecisions: async () => ({
          items: [
            aDecision({
              id: 'd2',
              approach: 'diy',
              recommended: 'done-to-you',
              rationale: 'We must keep the know-how',
              decidedAt: '2026-12-01T09:00:00.000Z',
              revisitOn: undefined,
            }),
            aDecision(),
          ],
        }),
      }),
    );
    const history = await screen.findByRole('list', {
      name: 'Decisions, newest first',
    });
    const [newest, oldest] = within(history).getAllByRole('listitem');
    expect(
      within(newest).getByRole('heading', {
        name: 'Do it yourself (current decision)',
      }),
    ).toBeInTheDocument();
    expect(newest).toHaveTextContent(
      'Chose differently (Recommended: Done to you)',
    );
    expect(newest).toHaveTextContent('Rationale: We must keep the know-how');
    expect(newest).not.toHaveTextContent('Revisit on');
    expect(oldest).toHaveTextContent(
      'Followed the recommendation (Recommended: Do it yourself with coaching)',
    );
    expect(oldest).toHaveTextContent(/Revisit on .*2027/);
    expect(within(oldest).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/user/dana.sponsor',
    );
  });

  it('disables recording with the reason when the portal’s policy does not allow it', async () => {
    const csipApi = mockCsipApi({ listDecisions: async () => ({ items: [] }) });
    await renderInTestApp(
      <ApproachTab programme={aProgramme({ id: freshProgrammeId() })} />,
      {
        apis: [
          [csipApiRef, csipApi],
          policyDenying('csip.approach.decide'),
          mockApis.identity({ userEntityRef: SPONSOR }),
        ],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name':
            convertLegacyRouteRef(entityRouteRef),
        },
      },
    );
    const record = await screen.findByRole('button', {
      name: 'Record decision',
    });
    expect(record).toBeDisabled();
    const reason =
      'Your portal’s permission policy does not allow you to record the approach decision.';
    expect(record).toHaveAccessibleDescription(reason);
    expect(screen.getByText(reason)).toBeVisible();
    // The questions and the recommendation stay open to explore.
    await userEvent.click(screen.getByRole('radio', { name: 'Done to you' }));
    expect(screen.getByRole('radio', { name: 'Done to you' })).toBeChecked();
    expect(csipApi.recordDecision).not.toHaveBeenCalled();
  });

  it('lets only leads and sponsors record the decision, saying why to a coach', async () => {
    const csipApi = mockCsipApi({ listDecisions: async () => ({ items: [] }) });
    await renderTab(csipApi, jest.fn(), COACH);
    const record = await screen.findByRole('button', {
      name: 'Record decision',
    });
    expect(record).toBeDisabled();
    const reason =
      'Only the programme’s leads and sponsors record the approach decision.';
    expect(record).toHaveAccessibleDescription(reason);
    expect(screen.getByText(reason)).toBeVisible();
  });

  it('lets a lead record the decision', async () => {
    const csipApi = mockCsipApi({
      listDecisions: async () => ({ items: [] }),
      recordDecision: async () => aDecision(),
    });
    await renderTab(csipApi, jest.fn(), 'user:default/priya.change');
    await screen.findByRole('button', { name: 'Record decision' });
    await answerAll(MIDDLE);
    expect(
      await screen.findByRole('button', { name: 'Record decision' }),
    ).toBeEnabled();
  });
});
