import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { LevelTrendChart } from './LevelTrendChart';

describe('LevelTrendChart', () => {
  it('says the levels over time and the target in words', async () => {
    await renderInTestApp(
      <LevelTrendChart
        trend={[
          { date: '2026-09-01', level: 1 },
          { date: '2026-11-01', level: 2 },
        ]}
        target={3}
      />,
    );
    const chart = screen.getByRole('img', {
      name: 'Level over time: 1 on 2026-09-01, 2 on 2026-11-01; target 3',
    });
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    expect(chart.querySelector('line[stroke-dasharray]')).not.toBeNull();
  });

  it('draws no target line when the process has no target', async () => {
    await renderInTestApp(
      <LevelTrendChart
        trend={[{ date: '2026-09-01', level: 0 }]}
        target={null}
      />,
    );
    const chart = screen.getByRole('img', {
      name: 'Level over time: 0 on 2026-09-01; no target',
    });
    expect(chart.querySelector('line[stroke-dasharray]')).toBeNull();
  });

  it('says so in text before the first published review', async () => {
    await renderInTestApp(<LevelTrendChart trend={[]} target={3} />);
    expect(screen.getByText('No published reviews yet')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
