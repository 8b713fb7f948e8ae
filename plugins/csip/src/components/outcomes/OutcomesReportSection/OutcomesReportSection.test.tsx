import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { csipApiRef } from '../../../api';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { OutcomesReportSection } from './OutcomesReportSection';

describe('OutcomesReportSection', () => {
  it('prints the closure and each KPI with its progress and readings in words', async () => {
    await renderInTestApp(
      <OutcomesReportSection
        programme={{
          id: 'p1',
          closure: {
            verdict: 'successful',
            outcome: 'Failed changes halved',
            lessons: 'Coach in the CAB',
            closedBy: 'user:default/dana.sponsor',
            closedAt: '2026-12-02T10:00:00.000Z',
          },
        }}
      />,
      {
        apis: [
          [
            csipApiRef,
            mockCsipApi({
              listKpis: async () => ({
                items: [
                  {
                    id: 'failed-changes',
                    objective: 'Halve failed changes',
                    name: 'Failed changes',
                    unit: '%',
                    baseline: 12,
                    target: 6,
                    direction: 'down',
                    readings: [
                      {
                        id: 'r1',
                        kpiId: 'failed-changes',
                        on: '2026-11-30',
                        value: 6,
                        recordedBy: 'user:default/dana.sponsor',
                        recordedAt: '2026-11-30T10:00:00.000Z',
                      },
                    ],
                    progress: 1,
                  },
                ],
              }),
            }),
          ],
        ],
      },
    );
    const section = await screen.findByRole('region', { name: 'Outcomes' });
    expect(section).toHaveTextContent('Closed: Successful');
    expect(section).toHaveTextContent('Outcome: Failed changes halved');
    expect(section).toHaveTextContent('Lessons: Coach in the CAB');
    const kpi = await within(section).findByRole('article', {
      name: 'Failed changes',
    });
    expect(kpi).toHaveTextContent('100% of the way from baseline to target');
    expect(kpi).toHaveTextContent(/6% on .*; baseline 12%, target 6%/);
    expect(
      within(kpi).queryByRole('button', { name: 'Record a reading' }),
    ).not.toBeInTheDocument();
  });
});
