import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { aScopeVersion } from '../../../__testUtils__/fixtures';
import { ScopeDetails } from './ScopeDetails';

describe('ScopeDetails', () => {
  it('lists the outcome KPIs under the objectives, only when there are some', async () => {
    const { unmount } = await renderInTestApp(
      <ScopeDetails
        version={aScopeVersion({
          kpis: [
            {
              id: 'failed-changes',
              objective: 'Fewer failed changes',
              name: 'Failed changes',
              unit: '%',
              baseline: 12,
              target: 6,
              direction: 'down',
            },
          ],
        })}
      />,
    );
    const kpis = screen.getByRole('list', { name: 'Outcome KPIs' });
    expect(within(kpis).getByRole('listitem')).toHaveTextContent(
      'Failed changes: 12% → 6% (lower is better), for “Fewer failed changes”',
    );
    unmount();

    await renderInTestApp(<ScopeDetails version={aScopeVersion()} />);
    expect(screen.getByRole('list', { name: 'Objectives' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Outcome KPIs' })).toBeNull();
  });
});
