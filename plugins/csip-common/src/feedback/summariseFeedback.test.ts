import { OTHER_ORGANISATIONS } from './feedbackSchema';
import { foldOrganisations, summariseFeedback } from './summariseFeedback';

const answer = (organisation: string, severity = 2, comment?: string) => ({
  organisation,
  barriers: [
    { barrier: 'mistrust' as const, severity, ...(comment && { comment }) },
  ],
});
const many = (organisation: string, n: number) =>
  Array.from({ length: n }, () => answer(organisation));

describe('foldOrganisations', () => {
  it.each([
    ['nobody answered', [], []],
    [
      'every organisation has 3 or more',
      [...many('A', 3), ...many('B', 4)],
      ['A', 'B'],
    ],
    [
      'small ones make "other" of 3 or more',
      [...many('A', 3), ...many('B', 2), ...many('C', 1)],
      ['A', OTHER_ORGANISATIONS],
    ],
    [
      '"other" of 1 takes the smallest named one too',
      [...many('A', 5), ...many('B', 3), ...many('C', 1)],
      ['A', OTHER_ORGANISATIONS],
    ],
    [
      '"other" of 2 with one named one: all is "other"',
      [...many('A', 4), ...many('B', 2)],
      [OTHER_ORGANISATIONS],
    ],
    [
      'all small but 3 together',
      [...many('A', 1), ...many('B', 1), ...many('C', 1)],
      [OTHER_ORGANISATIONS],
    ],
  ])('%s', (_, responses, groups) => {
    expect(foldOrganisations(['A', 'B', 'C'], responses).groups).toEqual(
      groups,
    );
  });

  it('keeps the round’s order and puts an organisation in its group', () => {
    const { groups, groupOf } = foldOrganisations(
      ['B', 'A', 'C'],
      [...many('A', 3), ...many('B', 3), ...many('C', 3)],
    );
    expect(groups).toEqual(['B', 'A', 'C']);
    expect(groupOf('A')).toBe('A');
    expect(groupOf('unknown')).toBe(OTHER_ORGANISATIONS);
  });
});

describe('summariseFeedback', () => {
  const organisations = ['Client', 'Partner'];

  it.each([0, 1, 2])('withholds the summary with %i responses', n => {
    expect(
      summariseFeedback({
        roundId: 'r',
        organisations,
        responses: many('Client', n),
      }),
    ).toEqual({
      roundId: 'r',
      responses: n,
      minimumGroup: 3,
      withheld: true,
      barriers: [],
      organisations: [],
    });
  });

  it('summarises per barrier and per organisation, folding small ones', () => {
    const summary = summariseFeedback({
      roundId: 'r',
      organisations,
      responses: [
        answer('Client', 3, 'They check everything twice'),
        answer('Client', 2),
        answer('Client', 2, 'A shared board would help'),
        answer('Partner', 0),
      ],
    });
    expect(summary.withheld).toBe(false);
    expect(summary.barriers).toHaveLength(12);
    const mistrust = summary.barriers.find(b => b.barrier === 'mistrust');
    expect(mistrust).toEqual({
      barrier: 'mistrust',
      responses: 4,
      meanSeverity: 1.75,
      // Partner (1 response) would make an "other" of 1: everything folds.
      byOrganisation: [
        { organisation: OTHER_ORGANISATIONS, responses: 4, meanSeverity: 1.75 },
      ],
      comments: ['A shared board would help', 'They check everything twice'],
    });
    expect(summary.organisations).toEqual([
      { organisation: OTHER_ORGANISATIONS, responses: 4, meanSeverity: 1.75 },
    ]);
  });

  it('shows each organisation of 3 or more, and withholds a mean of fewer ratings', () => {
    const summary = summariseFeedback({
      roundId: 'r',
      organisations,
      responses: [
        ...many('Client', 3),
        answer('Partner', 1),
        answer('Partner', 2),
        {
          organisation: 'Partner',
          barriers: [{ barrier: 'hierarchy', severity: 3 }],
        },
      ],
    });
    const byId = Object.fromEntries(summary.barriers.map(b => [b.barrier, b]));
    expect(byId.mistrust.byOrganisation).toEqual([
      { organisation: 'Client', responses: 3, meanSeverity: 2 },
      { organisation: 'Partner', responses: 2, meanSeverity: null },
    ]);
    expect(byId.mistrust.meanSeverity).toBe(1.8);
    expect(byId.hierarchy).toMatchObject({ responses: 1, meanSeverity: null });
    expect(byId.silo).toBeUndefined();
    expect(byId['silo-mentality']).toMatchObject({
      responses: 0,
      meanSeverity: null,
      comments: [],
    });
    expect(summary.organisations).toEqual([
      { organisation: 'Client', responses: 3, meanSeverity: 2 },
      { organisation: 'Partner', responses: 3, meanSeverity: 2 },
    ]);
  });
});
