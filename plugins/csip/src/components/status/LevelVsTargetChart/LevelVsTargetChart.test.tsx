import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { LevelVsTargetChart } from './LevelVsTargetChart';

const rows = [
  { process: 'change', name: 'Change management', level: 2, target: 3 },
  { process: 'release', level: 3, target: 3 },
  { process: 'config', name: 'Configuration', level: null, target: 2 },
];

describe('LevelVsTargetChart', () => {
  it('is a named figure with a bar chart, a legend and the levels in words', async () => {
    await renderInTestApp(
      <LevelVsTargetChart rows={rows} label="Levels against targets" />,
    );
    const figure = screen.getByRole('figure', {
      name: 'Levels against targets',
    });
    expect(figure.querySelector('svg')).not.toBeNull();
    expect(figure).toHaveTextContent('Current level');
    expect(figure).toHaveTextContent('Target');
    expect(figure).toHaveTextContent('2 Managed');
    expect(figure).toHaveTextContent('5 Innovating');
    expect(figure).toHaveTextContent('Capability level');
    const words = within(figure).getByRole('list', {
      name: 'Levels against targets in words',
    });
    expect(
      within(words)
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual([
      'Change management: Level 2 Managed, target 3 Established: 1 level to go',
      'Release management: Level 3 Established; target 3 Established reached',
      'Configuration: Not reviewed yet; target 2 Managed',
    ]);
  });

  it('has a compact variant without axis titles', async () => {
    await renderInTestApp(
      <LevelVsTargetChart
        rows={rows.slice(0, 1)}
        label="Levels"
        compact
        words="visible"
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Levels' });
    expect(figure).not.toHaveTextContent('Capability level');
    expect(
      screen.getByText(
        'Change management: Level 2 Managed, target 3 Established: 1 level to go',
      ),
    ).toBeVisible();
  });

  it('leaves the words out when the page says them', async () => {
    await renderInTestApp(
      <LevelVsTargetChart
        rows={rows}
        label="Levels"
        words="none"
        width={600}
      />,
    );
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says when there is nothing to chart', async () => {
    await renderInTestApp(<LevelVsTargetChart rows={[]} label="Levels" />);
    expect(
      screen.getByText(
        'No processes in scope yet: publish a scope with target levels.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
  });
});
