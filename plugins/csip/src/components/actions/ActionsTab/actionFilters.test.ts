import { anAction, someActions } from '../../../__testUtils__/actionFixtures';
import {
  describeSource,
  matchesFilter,
  summariseActions,
} from './actionFilters';

describe('summariseActions', () => {
  it('counts open (with in progress), overdue and done', () => {
    expect(summariseActions(someActions().slice(0, 4))).toBe(
      '3 open, 2 overdue, 1 done',
    );
  });

  it('adds the dropped ones only when there are some', () => {
    expect(summariseActions(someActions())).toBe(
      '3 open, 2 overdue, 1 done, 1 dropped',
    );
    expect(summariseActions([])).toBe('0 open, 0 overdue, 0 done');
  });
});

describe('matchesFilter', () => {
  it.each([
    ['open', ['a1', 'a2', 'a3']],
    ['overdue', ['a2', 'a3']],
    ['closed', ['a4', 'a5']],
    ['all', ['a1', 'a2', 'a3', 'a4', 'a5']],
  ] as const)('%s shows %j', (filter, ids) => {
    expect(
      someActions()
        .filter(a => matchesFilter(a, filter))
        .map(a => a.id),
    ).toEqual(ids);
  });
});

describe('describeSource', () => {
  const review = { id: 'r1', date: '2026-11-20' };

  it('names the review’s process and date', () => {
    expect(describeSource(anAction().source, [review])).toMatch(
      /^Review of Change management, .*2026$/,
    );
  });

  it('leaves the date out while the review is unknown', () => {
    expect(describeSource(anAction().source)).toBe(
      'Review of Change management',
    );
    expect(
      describeSource({ type: 'review', reviewId: 'r2', process: 'itsm-x' }, [
        review,
      ]),
    ).toBe('Review of itsm-x');
  });

  it('says when an action was added by hand or came from the scope', () => {
    expect(describeSource({ type: 'manual' })).toBe('Added by hand');
    expect(describeSource({ type: 'scope' })).toBe('From the scope');
  });
});
