import { renderInTestApp } from '@backstage/frontend-test-utils';
import { summariseFeedback } from '@csip-coach/plugin-csip-common';
import { screen } from '@testing-library/react';
import { csipApiRef } from '../../../api';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { FEEDBACK_CHART_NAME } from '../FeedbackSummaryView';
import { FeedbackReportSection } from './FeedbackReportSection';

const round = {
  id: 'r1',
  programmeId: 'p1',
  title: 'Spring round',
  closesOn: '2026-11-30',
  organisations: ['Client IT'],
  createdBy: 'user:default/alex.coach',
  createdAt: '2026-11-01T09:00:00.000Z',
  responses: 3,
  closed: true,
  answeredByMe: false,
};

describe('FeedbackReportSection', () => {
  it('prints each round with its summary', async () => {
    const csipApi = mockCsipApi({
      listFeedbackRounds: async () => ({ items: [round] }),
      getFeedbackSummary: async () =>
        summariseFeedback({
          roundId: 'r1',
          organisations: ['Client IT'],
          responses: [1, 2, 3].map(severity => ({
            organisation: 'Client IT',
            barriers: [{ barrier: 'hierarchy' as const, severity }],
          })),
        }),
    });
    await renderInTestApp(<FeedbackReportSection programmeId="p1" />, {
      apis: [[csipApiRef, csipApi]],
    });
    expect(
      await screen.findByRole('region', { name: 'Partnership feedback' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Spring round' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Closed on .* · 3 answers$/)).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: FEEDBACK_CHART_NAME }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Make an action/ }),
    ).not.toBeInTheDocument();
  });

  it('says when there are no rounds', async () => {
    await renderInTestApp(<FeedbackReportSection programmeId="p1" />, {
      apis: [[csipApiRef, mockCsipApi()]],
    });
    expect(
      await screen.findByText('No partnership feedback rounds yet.'),
    ).toBeInTheDocument();
  });
});
