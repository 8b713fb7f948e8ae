import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  aProcessMaturity,
  anUnreviewedProcessMaturity,
} from '../../../__testUtils__/reviewsTabFixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { csipApiRef } from '../../../api';
import { ProcessMaturityCard } from './ProcessMaturityCard';

const mountedRoutes = {
  '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
};

describe('ProcessMaturityCard', () => {
  it('shows the level against the target, the trend and the last review in words', async () => {
    await renderInTestApp(
      <ProcessMaturityCard
        maturity={aProcessMaturity({ drafts: 1 })}
        drafts={[{ id: 'r3', date: '2026-11-24' }]}
        onStart={jest.fn()}
      />,
      { mountedRoutes, initialRouteEntries: ['/programmes/p1?tab=reviews'] },
    );
    const card = screen.getByRole('region', { name: 'Change management' });
    expect(
      within(card).getByText(
        'Level 2 Managed, target 3 Established: 1 level to go',
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText(/Target date: /)).toBeInTheDocument();
    expect(
      within(card).getByText('Target agreed by the sponsors'),
    ).toBeInTheDocument();
    expect(
      within(card).getByRole('img', {
        name: 'Level over time: 1 on 2026-09-01, 2 on 2026-11-01; target 3',
      }),
    ).toBeInTheDocument();
    expect(card).toHaveTextContent(
      /Last review: .*2026, co-led by coach and team, by .*alex\.coach/,
    );
    expect(
      within(card).getByRole('link', {
        name: 'Open the last review of Change management',
      }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/\?tab=reviews&review=r2$/),
    );
    expect(
      within(card).getByText(
        'The team rates itself 0.5 steps higher than the coach.',
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText('1 draft in progress')).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: /Continue the draft of/ }),
    ).toHaveAttribute('href', expect.stringMatching(/review=r3$/));
  });

  it('lets a coach start a review', async () => {
    const onStart = jest.fn();
    await renderInTestApp(
      <ProcessMaturityCard maturity={aProcessMaturity()} onStart={onStart} />,
      { mountedRoutes },
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Start a review of Change management',
      }),
    );
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it('tells others that coaches record reviews', async () => {
    await renderInTestApp(
      <ProcessMaturityCard
        maturity={aProcessMaturity({ targetAgreed: false })}
      />,
      { mountedRoutes },
    );
    expect(screen.queryByRole('button', { name: /Start a review/ })).toBeNull();
    expect(screen.getByText('Coaches record reviews.')).toBeInTheDocument();
    expect(screen.getByText('Target not yet agreed')).toBeInTheDocument();
  });

  it('shows the start button disabled with the reason when one is given', async () => {
    await renderInTestApp(
      <ProcessMaturityCard
        maturity={aProcessMaturity({ drafts: 1 })}
        drafts={[{ id: 'r3', date: '2026-11-24' }]}
        notAllowedReason="Only the programme’s coaches record reviews"
      />,
      { mountedRoutes },
    );
    const start = screen.getByRole('button', {
      name: 'Start a review of Change management',
    });
    expect(start).toBeDisabled();
    expect(start).toHaveAccessibleDescription(
      'Only the programme’s coaches record reviews.',
    );
    expect(
      screen.getByText('Only the programme’s coaches record reviews.'),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: /Read the draft of/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Coaches record reviews.')).toBeNull();
  });

  it('says what it can about a process not yet reviewed or in scope', async () => {
    await renderInTestApp(
      <ProcessMaturityCard maturity={anUnreviewedProcessMaturity()} />,
      { mountedRoutes },
    );
    const card = screen.getByRole('region', { name: 'Release management' });
    expect(within(card).getByText('Not in scope')).toBeInTheDocument();
    expect(within(card).getByText('Not reviewed yet')).toBeInTheDocument();
    expect(
      within(card).getByText('No published reviews yet'),
    ).toBeInTheDocument();
    expect(
      within(card).getByText('No review published yet.'),
    ).toBeInTheDocument();
    expect(within(card).queryByText(/draft/)).toBeNull();
  });

  it('words the calibration gap when the team rates itself lower', async () => {
    await renderInTestApp(
      <ProcessMaturityCard
        maturity={aProcessMaturity({ calibrationGap: -1 })}
      />,
      { mountedRoutes },
    );
    expect(
      screen.getByText('The team rates itself 1 step lower than the coach.'),
    ).toBeInTheDocument();
  });

  it('shows the last 12 of a long trend and loads the older reviews on request', async () => {
    const point = (day: number) => ({
      date: `2025-01-${String(day).padStart(2, '0')}`,
      level: day % 4,
      reviewId: `r${day}`,
    });
    const latest = Array.from({ length: 12 }, (_, i) => point(i + 19));
    const csipApi = mockCsipApi({
      getMaturityTrend: async (_id, query) =>
        query?.cursor === 'r19'
          ? {
              items: Array.from({ length: 12 }, (_, i) => point(i + 7)),
              total: 30,
              nextCursor: 'r7',
            }
          : {
              items: Array.from({ length: 6 }, (_, i) => point(i + 1)),
              total: 30,
            },
    });
    await renderInTestApp(
      <ProcessMaturityCard
        programmeId="p1"
        maturity={aProcessMaturity({ trend: latest, trendTotal: 30 })}
      />,
      { mountedRoutes, apis: [[csipApiRef, csipApi]] },
    );
    const card = screen.getByRole('region', { name: 'Change management' });
    expect(
      within(card).getByText('Showing the last 12 of 30 reviews'),
    ).toBeInTheDocument();
    const older = within(card).getByRole('button', {
      name: 'Show older reviews of Change management',
    });
    await userEvent.click(older);
    expect(csipApi.getMaturityTrend).toHaveBeenCalledWith('p1', {
      process: 'change',
      cursor: 'r19',
      limit: 12,
    });
    expect(
      await within(card).findByText('Showing the last 24 of 30 reviews'),
    ).toBeInTheDocument();
    await userEvent.click(older);
    expect(
      await within(card).findByText('Showing all 30 reviews'),
    ).toBeInTheDocument();
    expect(csipApi.getMaturityTrend).toHaveBeenLastCalledWith('p1', {
      process: 'change',
      cursor: 'r7',
      limit: 12,
    });
    expect(within(card).queryByRole('button', { name: /older/ })).toBeNull();
    expect(
      within(card).getByRole('img', {
        name: /^Level over time: 1 on 2025-01-01, /,
      }),
    ).toBeInTheDocument();
  });

  it('says how many reviews there are without a programme to load them from', async () => {
    await renderInTestApp(
      <ProcessMaturityCard maturity={aProcessMaturity({ trendTotal: 40 })} />,
      { mountedRoutes },
    );
    expect(
      screen.getByText('Showing the last 2 of 40 reviews'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /older/ })).toBeNull();
  });
});
