import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { ScopeChange } from '@csip-coach/plugin-csip-common';
import { screen, within } from '@testing-library/react';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { formatDate } from '../../../util/formatDate';
import { ScopeDiff } from './ScopeDiff';
import { changedProcessId } from './describeScopeChange';

const renderDiff = (diff: ScopeChange[]) =>
  renderInTestApp(<ScopeDiff versionNumber={2} diff={diff} />, {
    apis: [catalogApiMock({ entities: catalogEntities })],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });

describe('ScopeDiff', () => {
  it('names processes, links people and writes dates out', async () => {
    await renderDiff([
      {
        section: 'processes',
        kind: 'added',
        text: 'Process added: change, level 1 → 3 by 2027-06-30',
      },
      {
        section: 'processes',
        kind: 'changed',
        text: 'Process change: target date 2027-06-30 → 2027-09-30',
      },
      {
        section: 'milestones',
        kind: 'removed',
        text: 'Milestone removed: First review (2027-03-01)',
      },
      {
        section: 'approvers',
        kind: 'added',
        text: 'Approver added: user:default/dana.sponsor',
      },
    ]);

    const list = await screen.findByRole('list', {
      name: 'What changed since version 1',
    });
    const [added, changed, milestone, approver] =
      within(list).getAllByRole('listitem');
    expect(added).toHaveTextContent(
      `Process added: Change management, level 1 → 3 by ${formatDate(
        '2027-06-30',
      )}`,
    );
    expect(changed).toHaveTextContent(
      `Process Change management: target date ${formatDate(
        '2027-06-30',
      )} → ${formatDate('2027-09-30')}`,
    );
    expect(milestone).toHaveTextContent(
      `Milestone removed: First review (${formatDate('2027-03-01')})`,
    );
    expect(milestone).toHaveTextContent(/Removed:/);
    expect(list).not.toHaveTextContent(/\d{4}-\d{2}-\d{2}/);
    expect(approver).not.toHaveTextContent('user:default/');
    expect(
      within(approver).getByRole('link', {
        name: /dana\.sponsor|Dana Sponsor/,
      }),
    ).toHaveAttribute('href', '/catalog/default/user/dana.sponsor');
  });

  it('finds the process a change is about', () => {
    expect(
      changedProcessId({
        section: 'processes',
        kind: 'removed',
        text: 'Process removed: incident',
      }),
    ).toBe('incident');
    expect(
      changedProcessId({
        section: 'objectives',
        kind: 'added',
        text: 'Objective added: Process change: faster',
      }),
    ).toBeUndefined();
  });
});
