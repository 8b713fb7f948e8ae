import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { csipApiRef } from '../../../api';
import {
  aCoachingSummary,
  anEmptyCoachingSummary,
} from '../../../__testUtils__/coachingFixtures';
import { aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { useCoaching } from '../useCoaching';
import { CoachingMixCard, CoachingMixState } from './CoachingMixCard';
import { describeAdvice, describeCommitments } from './describeCoaching';

/** The mix without a panel, as a page that loads the summary shows it. */
const Embedded = () => <CoachingMixState coaching={useCoaching('p1')} />;

describe('CoachingMixCard', () => {
  it('describes the mix in words, with a chart and its text alternative', async () => {
    const csipApi = mockCsipApi({
      getCoaching: async () => aCoachingSummary(),
    });
    await renderInTestApp(<CoachingMixCard programmeId="p1" />, {
      apis: [[csipApiRef, csipApi]],
    });
    const card = await screen.findByRole('region', {
      name: 'Coaching between reviews',
    });
    expect(
      await within(card).findByText(
        '9 moments in the work to 3 scheduled (3 : 1); at or above the 3 : 1 aim.',
      ),
    ).toBeInTheDocument();
    const chart = within(card).getByRole('figure', { name: 'Coaching mix' });
    expect(chart.querySelector('svg')).not.toBeNull();
    expect(chart).toHaveTextContent(
      'In the work: 9 moments. Scheduled: 3 moments.',
    );
    expect(card).toHaveTextContent(
      '2 open commitments, 1 of them due for follow-up. Followed up so far: 2 kept, 1 partly kept, 0 not yet.',
    );
    expect(card).toHaveTextContent(
      'The team’s responses to advice: 4 adopted, 1 deferred, 1 declined; 2 suggestions awaiting a response.',
    );
    expect(csipApi.getCoaching).toHaveBeenCalledWith('p1');
  });

  it('says what to do next when nothing is recorded', async () => {
    await renderInTestApp(<Embedded />, {
      apis: [[csipApiRef, mockCsipApi()]],
    });
    expect(
      await screen.findByText(/No coaching moments recorded yet/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Next step: record a moment/)).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
    expect(
      screen.queryByRole('region', { name: 'Coaching between reviews' }),
    ).toBeNull();
  });

  it('says when the summary cannot be loaded', async () => {
    await renderInTestApp(<CoachingMixCard programmeId="p1" />, {
      apis: [
        [
          csipApiRef,
          mockCsipApi({
            getCoaching: async () => {
              throw aResponseError(500, 'Error', 'Database unavailable');
            },
          }),
        ],
      ],
    });
    expect(
      await screen.findByText(
        'Could not load the coaching mix: Database unavailable.',
      ),
    ).toBeInTheDocument();
  });

  it('words commitments and advice without judging', () => {
    const empty = anEmptyCoachingSummary();
    expect(describeCommitments(empty)).toMatch(/^No commitments yet/);
    expect(
      describeCommitments({
        ...empty,
        openCommitments: 1,
        dueFollowUps: 0,
      }),
    ).toBe('1 open commitment, none due for follow-up yet.');
    expect(describeAdvice(empty.advice)).toBe(
      'No advice from published reviews yet.',
    );
    expect(
      describeAdvice({ adopted: 0, deferred: 0, declined: 2, awaiting: 0 }),
    ).toBe(
      'The team’s responses to advice: 0 adopted, 0 deferred, 2 declined.',
    );
  });
});
