import type { Decision } from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aDecision } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  answer,
  answerAll,
  MIDDLE,
  recommendedHeading,
  renderTab,
  URGENT,
} from './__testUtils__/approachTab';

describe('ApproachTab: the current decision first, the questions behind Revisit', () => {
  it('shows no recommendation, and records nothing, until every question is answered', async () => {
    const csipApi = mockCsipApi({
      listDecisions: async () => ({ items: [] }),
      recordDecision: async () => aDecision(),
    });
    await renderTab(csipApi);
    const record = await screen.findByRole('button', {
      name: 'Record decision',
    });

    expect(recommendedHeading()).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Recommendation' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /see the recommendation: 8 questions are still to answer/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/of 100/)).not.toBeInTheDocument();
    expect(record).toBeDisabled();
    expect(record).toHaveAccessibleDescription(
      'Answer every readiness question to record the decision: 8 questions are still to answer.',
    );

    await answerAll(URGENT, 7);
    expect(recommendedHeading()).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Record decision' }),
    ).toHaveAccessibleDescription(/1 question is still to answer/);
    await userEvent.click(screen.getByRole('radio', { name: 'Done to you' }));
    expect(
      screen.getByRole('button', { name: 'Record decision' }),
    ).toBeDisabled();

    await answer(/risk of mistakes/, '1 – Not at all');
    expect(
      await screen.findByRole('heading', { name: 'Recommended: Done to you' }),
    ).toBeInTheDocument();
    const enabled = screen.getByRole('button', { name: 'Record decision' });
    expect(enabled).toBeEnabled();
    await userEvent.click(enabled);
    await waitFor(() =>
      expect(csipApi.recordDecision).toHaveBeenCalledWith('p1', {
        approach: 'done-to-you',
        rationale: '',
        answers: URGENT,
      }),
    );
  });

  it('shows the current decision first, with the answers, scores, reasons and risks it was recorded with', async () => {
    let items: Decision[] = [];
    const csipApi = mockCsipApi({
      listDecisions: async () => ({ items }),
      recordDecision: async (_id, body) => {
        const recorded = aDecision({
          id: 'd9',
          ...body,
          revisitOn: undefined,
          recommended: 'done-to-you',
        });
        items = [recorded, ...items];
        return recorded;
      },
    });
    const first = await renderTab(csipApi);
    await answerAll(URGENT);
    await userEvent.type(
      screen.getByLabelText('Rationale'),
      'We must keep the know-how',
    );
    await userEvent.click(
      screen.getByRole('radio', { name: 'Do it yourself with coaching' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Record decision' }),
    );
    expect(
      await screen.findByText(
        'Decision recorded. It is now the current decision.',
      ),
    ).toBeInTheDocument();
    first.unmount();

    // Again, as after a reload of the page.
    await renderTab(csipApi);
    const current = await screen.findByRole('region', {
      name: 'Current decision: Do it yourself with coaching',
    });
    const history = screen.getByRole('list', {
      name: 'Decisions, newest first',
    });
    expect(
      current.compareDocumentPosition(history) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(current).toHaveTextContent(
      'Chose differently (Recommended: Done to you)',
    );
    expect(current).toHaveTextContent('Rationale: We must keep the know-how');

    const recorded = within(current).getByRole('list', {
      name: 'Recorded answers',
    });
    const answers = within(recorded).getAllByRole('listitem');
    expect(answers).toHaveLength(8);
    expect(answers[0]).toHaveTextContent(
      /^1\. How much experience .*1 – Not at all$/,
    );
    expect(answers[3]).toHaveTextContent(/open .*4 – Quite a lot$/);
    expect(answers[4]).toHaveTextContent(/urgent .*5 – Very much$/);
    expect(answers[6]).toHaveTextContent(/know-how .*2 – A little$/);
    expect(within(recorded).getAllByText('3 – Somewhat')).toHaveLength(1);

    expect(current).toHaveTextContent('These answers recommend Done to you.');
    expect(
      within(current).getByRole('progressbar', {
        name: 'Done to you (recommended)',
      }),
    ).toHaveAttribute('aria-valuenow', '89');
    expect(
      within(current).getByRole('list', {
        name: 'Reasons for the recommendation',
      }),
    ).toHaveTextContent(/The operational pain is urgent \(5 of 5\)/);
    expect(
      within(current).getByRole('region', { name: 'Risks of do it yourself' }),
    ).toHaveTextContent(/expect mistakes and dead ends/);

    // The questionnaire waits behind "Revisit the decision".
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(recommendedHeading()).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Record decision' }),
    ).not.toBeInTheDocument();
    expect(
      within(current).getByRole('button', { name: 'Revisit the decision' }),
    ).toBeInTheDocument();
  });

  it('says so when the current decision was recorded without answers', async () => {
    await renderTab(
      mockCsipApi({
        listDecisions: async () => ({
          items: [aDecision({ recommended: undefined, answers: undefined })],
        }),
      }),
    );
    const current = await screen.findByRole('region', {
      name: 'Current decision: Do it yourself with coaching',
    });
    expect(current).toHaveTextContent('Made without the readiness questions');
    expect(current).toHaveTextContent(/No readiness answers were recorded/);
    expect(within(current).queryByText(/of 100/)).not.toBeInTheDocument();
  });

  it('opens the questionnaire unanswered to revisit the decision, and closes it again', async () => {
    const csipApi = mockCsipApi({
      listDecisions: async () => ({
        items: [aDecision({ answers: URGENT, recommended: 'done-to-you' })],
      }),
    });
    await renderTab(csipApi);
    const revisit = await screen.findByRole('button', {
      name: 'Revisit the decision',
    });
    await userEvent.click(revisit);

    const section = screen.getByRole('region', {
      name: 'Revisit the decision',
    });
    expect(section).toHaveFocus();
    expect(
      screen.queryByRole('button', { name: 'Revisit the decision' }),
    ).not.toBeInTheDocument();
    const groups = within(section).getAllByRole('radiogroup', {
      name: /^\d\. /,
    });
    expect(groups).toHaveLength(8);
    for (const group of groups) {
      for (const radio of within(group).getAllByRole('radio')) {
        expect(radio).not.toBeChecked();
      }
    }
    expect(recommendedHeading()).not.toBeInTheDocument();
    expect(
      within(section).getByRole('button', { name: 'Record decision' }),
    ).toBeDisabled();
    // The current decision stays on show until a new one is recorded.
    expect(
      screen.getByRole('region', {
        name: 'Current decision: Do it yourself with coaching',
      }),
    ).toBeInTheDocument();

    await userEvent.click(
      within(section).getByRole('button', {
        name: 'Keep the current decision',
      }),
    );
    expect(
      screen.queryByRole('region', { name: 'Revisit the decision' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Revisit the decision' }),
    ).toHaveFocus();
  });

  it('records a revisited decision as the new current one', async () => {
    let items: Decision[] = [
      aDecision({ answers: URGENT, recommended: 'done-to-you' }),
    ];
    const onDecided = jest.fn();
    const csipApi = mockCsipApi({
      listDecisions: async () => ({ items }),
      recordDecision: async (_id, body) => {
        const recorded = aDecision({ id: 'd2', ...body });
        items = [recorded, ...items];
        return recorded;
      },
    });
    await renderTab(csipApi, onDecided);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Revisit the decision' }),
    );
    await answerAll(MIDDLE);
    await userEvent.click(
      screen.getByRole('radio', { name: 'Do it yourself with coaching' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Record decision' }),
    );

    await waitFor(() =>
      expect(csipApi.recordDecision).toHaveBeenCalledWith('p1', {
        approach: 'diy-with-coaching',
        rationale: '',
        answers: MIDDLE,
      }),
    );
    expect(onDecided).toHaveBeenCalled();
    expect(
      await screen.findByText(
        'Decision recorded. It is now the current decision.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Revisit the decision' }),
      ).not.toBeInTheDocument(),
    );
    const recorded = await screen.findByRole('list', {
      name: 'Recorded answers',
    });
    await waitFor(() =>
      expect(within(recorded).getAllByText('3 – Somewhat')).toHaveLength(8),
    );
    const history = screen.getByRole('list', {
      name: 'Decisions, newest first',
    });
    expect(within(history).getAllByRole('listitem')).toHaveLength(2);
  });
});
