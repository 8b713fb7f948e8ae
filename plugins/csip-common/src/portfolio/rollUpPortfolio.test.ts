import {
  addWeeks,
  buildRollupWeeks,
  RollupCatalogGroup,
  RollupProgramme,
  rollUpPortfolio,
  RollupStatus,
  weekStart,
} from './rollUpPortfolio';

const group = (
  name: string,
  parent: string | null = null,
): RollupCatalogGroup => ({
  ref: `group:default/${name}`,
  title: name.toUpperCase(),
  parentRef: parent && `group:default/${parent}`,
});

/** it (top) > ops > platform; it > desk; coaching (top). */
const GROUPS = [
  group('it'),
  group('ops', 'it'),
  group('platform', 'ops'),
  group('desk', 'it'),
  group('coaching'),
];

const status = (
  levels: [string, number | null, number | null][],
  ready = false,
  score = 50,
): RollupStatus => ({
  levels: levels.map(([process, level, target]) => ({
    process,
    level,
    target,
  })),
  ready,
  score,
});

const programme = (owner: string, s?: RollupStatus): RollupProgramme => ({
  ownerRef: owner.includes(':') ? owner : `group:default/${owner}`,
  status: s,
});

const PROCESSES = ['change', 'release'];

describe('rollUpPortfolio', () => {
  it('rolls up the top-level groups, counting every programme below each', () => {
    const result = rollUpPortfolio({
      groups: GROUPS,
      processes: PROCESSES,
      programmes: [
        programme('platform', status([['change', 2, 3]], true, 80)),
        programme('ops', status([['change', 3, 3]], false, 61)),
        programme('desk'),
        programme('system:default/payments', status([['change', 1, 2]])),
        programme('group:default/not-in-catalog'),
      ],
    })!;
    expect(result.group).toBeNull();
    expect(result.ownerKeys).toBeUndefined();
    expect(result.unassigned).toBe(2);
    expect(result.groups.map(g => [g.title, g.programmes])).toEqual([
      ['COACHING', 0],
      ['IT', 3],
    ]);
    const it = result.groups[1];
    expect(it).toMatchObject({
      groupRef: 'group:default/it',
      hasChildren: true,
      ready: 1,
      meanScore: 70.5,
    });
    expect(it.cells).toEqual([
      {
        process: 'change',
        programmes: 2,
        rated: 2,
        meanLevel: 2.5,
        meanTarget: 3,
        atTarget: 1,
      },
      {
        process: 'release',
        programmes: 0,
        rated: 0,
        meanLevel: null,
        meanTarget: null,
        atTarget: 0,
      },
    ]);
    expect(result.groups[0]).toMatchObject({
      hasChildren: false,
      meanScore: null,
    });
  });

  it('rolls grandchild programmes into the child under a chosen group; its own are unassigned', () => {
    const result = rollUpPortfolio({
      groups: GROUPS,
      processes: PROCESSES,
      groupRef: 'Group:default/IT',
      programmes: [
        programme('platform'),
        programme('ops'),
        programme('it'),
        programme('coaching'),
      ],
    })!;
    expect(result.group).toEqual({
      groupRef: 'group:default/it',
      title: 'IT',
      parentRef: null,
    });
    expect(
      result.groups.map(g => [g.title, g.programmes, g.hasChildren]),
    ).toEqual([
      ['DESK', 0, false],
      ['OPS', 2, true],
    ]);
    expect(result.unassigned).toBe(1);
    expect([...result.ownerKeys!].sort()).toEqual([
      'group:default/desk',
      'group:default/it',
      'group:default/ops',
      'group:default/platform',
    ]);
  });

  it.each([
    ['not a group of the catalog', 'group:default/nobody'],
    ['empty catalog', 'group:default/it'],
  ])('returns undefined for an unknown group (%s)', (_case, ref) => {
    expect(
      rollUpPortfolio({
        groups: ref === 'group:default/it' ? [] : GROUPS,
        processes: PROCESSES,
        programmes: [],
        groupRef: ref,
      }),
    ).toBeUndefined();
  });

  it('follows parents that loop only once', () => {
    const loop = [group('a', 'b'), group('b', 'a'), group('c', 'a')];
    const programmes = [programme('a'), programme('b'), programme('c')];
    const underA = rollUpPortfolio({
      groups: loop,
      processes: PROCESSES,
      programmes,
      groupRef: 'group:default/a',
    })!;
    expect(underA.groups.map(g => [g.title, g.programmes])).toEqual([
      ['B', 1],
      ['C', 1],
    ]);
    expect(underA.groups[0].hasChildren).toBe(false);
    expect(underA.unassigned).toBe(1);
    // No group of the loop is at the top: their programmes are unassigned there.
    const top = rollUpPortfolio({
      groups: loop,
      processes: PROCESSES,
      programmes,
    })!;
    expect(top.groups).toEqual([]);
    expect(top.unassigned).toBe(3);
  });

  it('treats a group whose parent is not in the catalog as top level', () => {
    const result = rollUpPortfolio({
      groups: [group('orphan', 'gone')],
      processes: [],
      programmes: [programme('orphan')],
    })!;
    expect(result.groups.map(g => g.programmes)).toEqual([1]);
    expect(result.unassigned).toBe(0);
  });

  it('rounds means to one decimal', () => {
    const result = rollUpPortfolio({
      groups: [group('g')],
      processes: ['change'],
      programmes: [
        programme('g', status([['change', 1, 3]], false, 10)),
        programme('g', status([['change', 2, null]], false, 10)),
        programme('g', status([['change', 2, 2]], false, 11)),
        programme('g', status([['change', null, 2]], false, 0)),
      ],
    })!;
    expect(result.groups[0].meanScore).toBe(7.8);
    expect(result.groups[0].cells[0]).toEqual({
      process: 'change',
      programmes: 4,
      rated: 3,
      meanLevel: 1.7,
      meanTarget: 2.3,
      atTarget: 1,
    });
  });
});

describe('weekStart', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026-12-06', '2026-11-30'],
    ['2026-12-07', '2026-12-07'],
    ['2026-12-01T23:59:59.000Z', '2026-11-30'],
    ['2027-01-01', '2026-12-28'],
    [new Date('2026-02-01T10:00:00Z'), '2026-01-26'],
  ])('%p starts the week of %p', (date, monday) => {
    expect(weekStart(date)).toBe(monday);
  });

  it('refuses what is not a date', () => {
    expect(() => weekStart('soon')).toThrow(RangeError);
  });
});

describe('addWeeks', () => {
  it.each([
    ['2026-11-30', -1, '2026-11-23'],
    ['2026-11-30', -25, '2026-06-08'],
    ['2026-12-28', 1, '2027-01-04'],
  ])('%p plus %p weeks is %p', (date, weeks, expected) => {
    expect(addWeeks(date, weeks)).toBe(expected);
  });
});

describe('buildRollupWeeks', () => {
  it('sums each week, oldest first', () => {
    expect(
      buildRollupWeeks(
        [
          {
            week: '2026-11-30',
            status: status(
              [
                ['change', 3, 3],
                ['release', null, 2],
              ],
              true,
            ),
          },
          { week: '2026-11-23', status: status([['change', 1, 3]]) },
          { week: '2026-11-30', status: status([['change', 2, 3]]) },
        ],
        PROCESSES,
      ),
    ).toEqual([
      {
        week: '2026-11-23',
        programmes: 1,
        ready: 0,
        rated: 1,
        atTarget: 0,
        meanLevels: [
          { process: 'change', meanLevel: 1 },
          { process: 'release', meanLevel: null },
        ],
      },
      {
        week: '2026-11-30',
        programmes: 2,
        ready: 1,
        rated: 2,
        atTarget: 1,
        meanLevels: [
          { process: 'change', meanLevel: 2.5 },
          { process: 'release', meanLevel: null },
        ],
      },
    ]);
  });

  it('is empty without snapshots', () => {
    expect(buildRollupWeeks([], PROCESSES)).toEqual([]);
  });
});
