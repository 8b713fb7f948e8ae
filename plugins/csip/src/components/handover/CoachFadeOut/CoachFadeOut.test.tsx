import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { aHandoverView } from '../../../__testUtils__/handoverFixtures';
import { CoachFadeOut } from './CoachFadeOut';

describe('CoachFadeOut', () => {
  it('gives the share of team-led latest reviews and who led each review over time', async () => {
    await renderInTestApp(<CoachFadeOut fadeOut={aHandoverView().fadeOut} />);

    expect(
      screen.getByText(
        'Coach fade-out: 67 % of the latest reviews were led by the team or co-led',
      ),
    ).toBeInTheDocument();
    const rows = within(
      screen.getByRole('table', { name: 'Who led each review' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent(/2026/);
    expect(rows[1]).toHaveTextContent('Change management');
    expect(rows[1]).toHaveTextContent('Led by the coach');
    expect(rows[1]).toHaveTextContent('0 %');
    expect(rows[2]).toHaveTextContent('Co-led by coach and team');
    expect(rows[2]).toHaveTextContent('50 %');
    expect(rows[3]).toHaveTextContent('Led by the team');
    expect(rows[3]).toHaveTextContent('67 %');
    expect(
      screen.getByText(
        'Who ran them: 2 reviews recorded by a coach; 1 review run and recorded by the team on its own.',
      ),
    ).toBeInTheDocument();
  });

  it('says how many reviews there are when it shows only the latest', async () => {
    const { fadeOut } = aHandoverView();
    await renderInTestApp(
      <CoachFadeOut fadeOut={{ ...fadeOut, trendTotal: 40 }} />,
    );
    expect(
      screen.getByText(
        'Showing the last 3 of 40 reviews; the Reviews tab lists them all.',
      ),
    ).toBeInTheDocument();
  });

  it('says when there are no published reviews yet', async () => {
    await renderInTestApp(
      <CoachFadeOut
        fadeOut={{
          share: null,
          trend: [],
          trendTotal: 0,
          ranBy: { coach: 0, team: 0 },
        }}
      />,
    );
    expect(screen.getByText(/No published reviews yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
