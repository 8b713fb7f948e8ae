import { diffReviews } from './diffReviews';

const base = {
  ledBy: 'coach' as const,
  level: 1,
  ratings: [
    { criterionId: 'change-1-1', coach: 'F' as const },
    { criterionId: 'change-2-1', coach: 'P' as const },
    { criterionId: 'change-2-2', coach: 'L' as const },
  ],
  strengths: ['Every change has a record'],
  suggestions: [{ technique: 'Peer review', advice: 'Pair on RFCs' }],
  actions: [
    {
      description: 'Publish the change schedule',
      owner: 'user:default/priya',
      measure: 'Schedule on the wiki',
      dueDate: '2026-12-01',
    },
  ],
};

describe('diffReviews', () => {
  it('finds nothing between identical reviews', () => {
    expect(diffReviews(base, base)).toEqual([]);
  });

  it('describes the level, ratings, lists and who led, in words', () => {
    const next = {
      ...base,
      ledBy: 'co-led' as const,
      level: 2,
      ratings: [
        { criterionId: 'change-1-1', coach: 'F' as const },
        { criterionId: 'change-2-1', coach: 'L' as const },
        { criterionId: 'change-3-1', coach: 'P' as const },
      ],
      strengths: ['Every change has a record', 'CAB meets weekly'],
      suggestions: [{ technique: 'Change models', advice: 'Start with two' }],
      actions: [
        ...base.actions,
        {
          description: 'Measure lead time',
          owner: 'user:default/omar',
          measure: 'Monthly chart',
          dueDate: '2027-01-10',
        },
      ],
    };
    const changes = diffReviews(base, next, [
      { id: 'change-2-1', level: 2, text: 'Changes are assessed for risk.' },
    ]);
    expect(changes).toEqual([
      { kind: 'level', direction: 'up', text: 'Level 1 Performed → 2 Managed' },
      {
        kind: 'ledBy',
        direction: 'changed',
        text: 'Led by the coach → coach and team',
      },
      {
        kind: 'rating',
        criterionId: 'change-2-1',
        direction: 'up',
        text: 'Changes are assessed for risk. (change-2-1): Partly → Largely',
      },
      {
        kind: 'rating',
        criterionId: 'change-3-1',
        direction: 'up',
        text: '(change-3-1): Not yet → Partly',
      },
      {
        kind: 'rating',
        criterionId: 'change-2-2',
        direction: 'down',
        text: '(change-2-2): Largely → not rated',
      },
      {
        kind: 'strength',
        direction: 'added',
        text: 'New strength: CAB meets weekly',
      },
      {
        kind: 'suggestion',
        direction: 'added',
        text: 'New growth suggestion: Change models',
      },
      {
        kind: 'suggestion',
        direction: 'removed',
        text: 'No longer listed as a growth suggestion: Peer review',
      },
      {
        kind: 'action',
        direction: 'added',
        text: 'New agreed action: Measure lead time',
      },
    ]);
  });

  it('reports a level going down', () => {
    expect(diffReviews(base, { ...base, level: 0 })[0]).toEqual({
      kind: 'level',
      direction: 'down',
      text: 'Level 1 Performed → 0 Incomplete',
    });
  });

  it('tells when a criterion becomes not applicable, or applicable again, neither up nor down', () => {
    const na = {
      ...base,
      ratings: [
        base.ratings[0],
        { criterionId: 'change-2-1', coach: 'NA' as const, naReason: 'x' },
        base.ratings[2],
      ],
    };
    expect(diffReviews(base, na)).toEqual([
      {
        kind: 'rating',
        criterionId: 'change-2-1',
        direction: 'changed',
        text: '(change-2-1): Partly → Not applicable',
      },
    ]);
    expect(diffReviews(na, base)[0]).toMatchObject({
      direction: 'changed',
      text: '(change-2-1): Not applicable → Partly',
    });
    expect(
      diffReviews(na, { ...base, ratings: [base.ratings[0]] }).map(
        c => c.direction,
      ),
    ).toEqual(['changed', 'down']);
  });

  it('ignores the level when either review is a draft without one', () => {
    expect(
      diffReviews({ ...base, level: undefined }, { ...base, level: 3 }),
    ).toEqual([]);
  });
});
