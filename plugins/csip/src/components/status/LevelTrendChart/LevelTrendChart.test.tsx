import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { formatDate } from '../../../util/formatDate';
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
    expect(chart.querySelectorAll('.MuiMarkElement-root')).toHaveLength(2);
    expect(chart.querySelector('.MuiLineElement-series-target')).not.toBeNull();
  });

  it('dates the x axis, names the levels and the target in the legend', async () => {
    await renderInTestApp(
      <LevelTrendChart
        trend={[
          { date: '2026-09-01', level: 1 },
          { date: '2026-11-03', level: 2 },
        ]}
        target={3}
        width={480}
      />,
    );
    const chart = screen.getByRole('img', { name: /^Level over time/ });
    expect(chart).toHaveTextContent(formatDate('2026-11-03'));
    expect(chart).toHaveTextContent('Managed');
    expect(chart).toHaveTextContent('Innovating');
    expect(chart).toHaveTextContent('Target: Established');
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
    expect(chart.querySelector('.MuiLineElement-series-target')).toBeNull();
  });

  it('says so in text before the first published review', async () => {
    await renderInTestApp(<LevelTrendChart trend={[]} target={3} />);
    expect(screen.getByText('No published reviews yet')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
