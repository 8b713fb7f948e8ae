import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { Moment } from '@csip-coach/plugin-csip-common';
import { screen, within } from '@testing-library/react';
import {
  aMoment,
  aScheduledMoment,
} from '../../../__testUtils__/coachingFixtures';
import { describeContext, MomentList } from './MomentList';

async function renderList(moments: Moment[]) {
  await renderInTestApp(
    <>
      <h2 id="title">Coaching moments</h2>
      <MomentList
        moments={moments}
        labelledBy="title"
        empty="No coaching moments yet."
      />
    </>,
    {
      apis: [catalogApiMock()],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
}

describe('MomentList', () => {
  it('lists the moments newest first, the kind in words', async () => {
    await renderList([aScheduledMoment(), aMoment()]);
    const [first, second] = within(
      screen.getByRole('list', { name: 'Coaching moments' }),
    ).getAllByRole('listitem');
    expect(within(first).getByText('In the work')).toBeInTheDocument();
    expect(first).toHaveTextContent('CAB meeting CAB-2026-47: Weekly CAB');
    expect(first).toHaveTextContent('Change management');
    expect(first).toHaveTextContent(
      'Question askedWhat would tell you a change is ready for CAB?',
    );
    expect(first).toHaveTextContent(
      'The team’s answerA tested backout plan and the risk written down.',
    );
    expect(first).toHaveTextContent(
      'CommitmentAdd a backout-plan check to the change form (owner priya.change, follow up on',
    );
    expect(within(second).getByText('Scheduled session')).toBeInTheDocument();
    expect(second).toHaveTextContent('Release management');
    expect(second).not.toHaveTextContent('Question asked');
    expect(second).not.toHaveTextContent('Commitment');
  });

  it('says what to do when there are none', async () => {
    await renderList([]);
    expect(screen.getByText('No coaching moments yet.')).toBeInTheDocument();
  });

  it('describes where a moment happened', () => {
    expect(describeContext(undefined)).toBeUndefined();
    expect(describeContext({ kind: 'change' })).toBe('Change');
    expect(describeContext({ kind: 'release', title: 'R12' })).toBe(
      'Release: R12',
    );
  });
});
