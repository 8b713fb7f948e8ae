import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { FollowUp } from '@csip-coach/plugin-csip-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { someFollowUps } from '../../../__testUtils__/coachingFixtures';
import { FollowUpList } from './FollowUpList';

const ALLOWED: ProgrammeActionAccess = { loading: false, allowed: true };

async function renderList(
  followUps: FollowUp[],
  access: ProgrammeActionAccess = ALLOWED,
) {
  const onRecordOutcome = jest.fn();
  await renderInTestApp(
    <>
      <h2 id="title">Commitments</h2>
      <FollowUpList
        followUps={followUps}
        labelledBy="title"
        access={access}
        reasonId="why"
        onRecordOutcome={onRecordOutcome}
        empty="No commitments yet."
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
  return { onRecordOutcome };
}

describe('FollowUpList', () => {
  it('says in words which are due, not due yet or followed up', async () => {
    await renderList(someFollowUps());
    const items = within(
      screen.getByRole('list', { name: 'Commitments' }),
    ).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Add a backout-plan check');
    expect(items[0]).toHaveTextContent('Change management · Owner');
    expect(within(items[0]).getByText('Due for follow-up')).toBeInTheDocument();
    expect(within(items[1]).getByText('Not due yet')).toBeInTheDocument();
    expect(within(items[2]).getByText('Kept')).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('Every change since has a risk rating.');
    expect(
      within(items[2]).queryByRole('button', { name: 'Record outcome' }),
    ).toBeNull();
  });

  it('opens the outcome of an open commitment', async () => {
    const { onRecordOutcome } = await renderList(someFollowUps());
    const [first] = screen.getAllByRole('button', { name: 'Record outcome' });
    expect(first).toHaveAccessibleDescription(
      'Add a backout-plan check to the change form',
    );
    await userEvent.click(first);
    expect(onRecordOutcome).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'f1' }),
    );
  });

  it('disables recording with the reason for someone who may not', async () => {
    await renderList(someFollowUps(), {
      loading: false,
      allowed: false,
      reason: 'Only the programme’s members record how a commitment went',
    });
    const buttons = screen.getAllByRole('button', { name: 'Record outcome' });
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toBeDisabled();
    expect(buttons[0]).toHaveAccessibleDescription(
      'Add a backout-plan check to the change form Only the programme’s members record how a commitment went.',
    );
  });

  it('says what to do when there are none', async () => {
    await renderList([]);
    expect(screen.getByText('No commitments yet.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
