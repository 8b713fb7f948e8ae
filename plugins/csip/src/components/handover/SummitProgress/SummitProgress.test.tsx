import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { SummitProgress as Summit } from '@csip-coach/plugin-csip-common';
import { screen } from '@testing-library/react';
import { SummitProgress } from './SummitProgress';

const baseCamp: Summit = {
  percent: 50,
  camp: 'base-camp',
  processes: [
    { process: 'change', percent: 50 },
    { process: 'release', percent: 50 },
  ],
};

describe('SummitProgress', () => {
  it('shows the score as a percentage with a labelled bar', async () => {
    await renderInTestApp(<SummitProgress score={62} summit={baseCamp} />);

    expect(
      screen.getByRole('heading', { name: 'Knowledge-transfer score' }),
    ).toBeInTheDocument();
    expect(screen.getByText('62 %')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', {
      name: 'Knowledge-transfer score',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '62');
    expect(
      screen.getByText(/80 % is needed before the coach can leave/),
    ).toBeInTheDocument();
  });

  it('says when the score is high enough', async () => {
    await renderInTestApp(<SummitProgress score={80} summit={baseCamp} />);
    expect(
      screen.getByText('At or above the 80 % the coach needs to leave.'),
    ).toBeInTheDocument();
  });

  it('shows the summit progress, the camps, the camp reached and each process', async () => {
    await renderInTestApp(<SummitProgress score={62} summit={baseCamp} />);

    expect(
      screen.getByRole('heading', { name: 'Summit progress' }),
    ).toBeInTheDocument();
    expect(screen.getByText('50 %')).toBeInTheDocument();
    expect(
      screen.getByText('Reached Base camp; next: Camp 2 at 55 %'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Summit progress 50 %. Camps: Base camp at 24 % (reached), Camp 2 at 55 %, Camp 3 at 85 %, Summit at 100 %',
      }),
    ).toBeInTheDocument();
    const processes = screen.getByRole('list', {
      name: 'Progress by process',
    });
    expect(processes).toHaveTextContent(
      'Change management: 50 % of the way to its target',
    );
    expect(processes).toHaveTextContent(
      'Release management: 50 % of the way to its target',
    );
  });

  it.each([
    [
      { percent: 10, camp: 'start' as const },
      'Setting out, no camp reached yet; next: Base camp at 24 %',
    ],
    [
      { percent: 90, camp: 'camp-3' as const },
      'Reached Camp 3; next: Summit at 100 %',
    ],
    [
      { percent: 100, camp: 'summit' as const },
      'Reached the Summit: every agreed target is met',
    ],
  ])('names the camp reached at %j', async (summit, words) => {
    await renderInTestApp(
      <SummitProgress score={0} summit={{ ...summit, processes: [] }} />,
    );
    expect(screen.getByText(words)).toBeInTheDocument();
  });

  it('says there are no targets yet before the scope has any', async () => {
    await renderInTestApp(
      <SummitProgress
        score={0}
        summit={{ percent: null, camp: 'start', processes: [] }}
      />,
    );
    expect(screen.getByText('No targets yet')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(
      screen.getByText(/Publish a scope with target levels/),
    ).toBeInTheDocument();
  });
});
