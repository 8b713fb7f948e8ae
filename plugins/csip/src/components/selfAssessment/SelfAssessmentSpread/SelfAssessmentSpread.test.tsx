import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { SelfAssessmentSummary } from '@csip-coach/plugin-csip-common';
import { screen, within } from '@testing-library/react';
import { type CsipApi, csipApiRef } from '../../../api';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aProcessDefinition } from '../../../__testUtils__/reviewsTabFixtures';
import { SelfAssessmentSpread } from './SelfAssessmentSpread';

const none = { N: 0, P: 0, L: 0, F: 0, NA: 0 };

function aSummary(
  overrides: Partial<SelfAssessmentSummary> = {},
): SelfAssessmentSummary {
  return {
    process: 'change',
    since: '2026-11-01T10:00:00.000Z',
    respondents: 3,
    anonymousWithheld: 0,
    criteria: [
      {
        criterionId: 'change-1-1',
        counts: { ...none, P: 1, L: 1, F: 1 },
        median: 'L',
        spread: 2,
      },
      {
        criterionId: 'change-1-2',
        counts: { ...none, N: 2, NA: 1 },
        median: 'N',
        spread: 0,
      },
      { criterionId: 'change-1-3', counts: none, median: null, spread: 0 },
    ],
    disagreements: [
      { criterionId: 'change-1-1', spread: 2, lowest: 'P', highest: 'F' },
    ],
    ...overrides,
  };
}

async function renderSpread(
  csipApi: CsipApi,
  ratings = [
    { criterionId: 'change-1-1', coach: 'P' },
    { criterionId: 'change-1-2', coach: 'N' },
  ],
) {
  await renderInTestApp(
    <SelfAssessmentSpread
      programmeId="p1"
      process={aProcessDefinition('change')}
      ratings={ratings}
    />,
    { apis: [[csipApiRef, csipApi]] },
  );
  return screen.findByRole('region', { name: 'Team self-assessment' });
}

describe('SelfAssessmentSpread', () => {
  it('shows per criterion the spread, the median and the gap from the coach, and where the team disagrees', async () => {
    const csipApi = mockCsipApi({ getSelfAssessments: async () => aSummary() });
    const panel = await renderSpread(csipApi);
    expect(csipApi.getSelfAssessments).toHaveBeenCalledWith('p1', {
      process: 'change',
    });
    expect(
      await within(panel).findByText(
        /3 people have self-assessed Change management since the last review was published on/,
      ),
    ).toBeInTheDocument();
    // Medians L and N against the coach's P and N: (+1 + 0) / 2.
    expect(
      within(panel).getByText(
        /The team rates itself 0.5 steps higher than the coach/,
      ),
    ).toBeInTheDocument();

    const table = within(panel).getByRole('table', {
      name: 'Team self-assessment of Change management',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    // Only the criteria someone rated.
    expect(rows).toHaveLength(2);
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['1 Partly, 1 Largely, 1 Fully', 'Largely', 'Partly', '+1 step']);
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['2 Not yet, 1 Not applicable', 'Not yet', 'Not yet', 'Alike']);

    const disagree = within(panel).getByRole('heading', {
      name: 'Where we disagree most',
    });
    expect(disagree).toBeInTheDocument();
    const [item] = within(panel).getAllByRole('listitem');
    expect(item).toHaveTextContent(
      /\(change-1-1\): from Partly to Fully, 2 steps apart/,
    );
  });

  it('says how many anonymous answers are withheld, and what to do when nobody answered', async () => {
    const csipApi = mockCsipApi({
      getSelfAssessments: async () =>
        aSummary({
          since: undefined,
          respondents: 0,
          anonymousWithheld: 2,
          criteria: [],
          disagreements: [],
        }),
    });
    const panel = await renderSpread(csipApi);
    expect(
      await within(panel).findByText(
        /2 anonymous answers are withheld until at least 3 people have answered/,
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(
        /Nobody’s self-assessment of Change management is shown so far/,
      ),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole('table')).not.toBeInTheDocument();
    expect(
      within(panel).queryByRole('heading', { name: 'Where we disagree most' }),
    ).not.toBeInTheDocument();
  });

  it('says when the team rates every criterion alike', async () => {
    const csipApi = mockCsipApi({
      getSelfAssessments: async () => aSummary({ disagreements: [] }),
    });
    const panel = await renderSpread(csipApi, []);
    expect(
      await within(panel).findByText('The team rates every criterion alike.'),
    ).toBeInTheDocument();
    // Without the coach's ratings there is no gap.
    expect(within(panel).queryByText(/rates itself/)).not.toBeInTheDocument();
  });

  it('says so when the summary cannot be loaded', async () => {
    const csipApi = mockCsipApi({
      getSelfAssessments: async () => {
        throw new Error('boom');
      },
    });
    const panel = await renderSpread(csipApi);
    expect(
      await within(panel).findByText(
        /Could not load the team’s self-assessment/,
      ),
    ).toBeInTheDocument();
  });
});
