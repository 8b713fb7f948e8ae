import { scopeVersionCreateSchema } from '../scope/scopeSchema';
import { kpiIdFor, kpiReadingCreateSchema, withKpiIds } from './kpiSchema';

const scope = (kpis: unknown[]) => ({
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
  ],
  objectives: ['Halve failed changes'],
  kpis,
});

const kpi = {
  objective: 'Halve failed changes',
  name: 'Failed changes',
  unit: '%',
  baseline: 12,
  target: 6,
  direction: 'down',
};

const issuesOf = (value: unknown) => {
  const result = scopeVersionCreateSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map(i => `${i.path.join('.')}: ${i.message}`);
};

describe('KPIs on a scope version', () => {
  it('is optional, so older scopes parse', () => {
    const { kpis: _kpis, ...older } = scope([]);
    expect(scopeVersionCreateSchema.safeParse(older).success).toBe(true);
  });

  it.each([
    ['a KPI on one of the objectives', [kpi], []],
    [
      'an objective the version does not have',
      [{ ...kpi, objective: 'Something else' }],
      ['kpis.0.objective: must be one of the scope version’s objectives'],
    ],
    [
      'a target on the wrong side of the baseline',
      [{ ...kpi, target: 20 }],
      [
        'kpis.0.target: must lie in the KPI’s direction from the baseline (at or above it for up, at or below it for down)',
      ],
    ],
    ['a target equal to the baseline', [{ ...kpi, target: 12 }], []],
    [
      'a figure that is not a finite number',
      [{ ...kpi, baseline: '12' }],
      ['kpis.0.baseline: must be a number'],
    ],
    [
      'the same id twice',
      [
        { ...kpi, id: 'failed' },
        { ...kpi, id: 'failed' },
      ],
      ['kpis.1.id: KPI id failed is used twice'],
    ],
    [
      'an id that is not a slug',
      [{ ...kpi, id: 'Failed Changes' }],
      ['kpis.0.id: must be a KPI id of lowercase letters, digits and dashes'],
    ],
  ])('%s', (_name, kpis, expected) => {
    expect(issuesOf(scope(kpis))).toEqual(expected);
  });
});

describe('KPI ids', () => {
  it.each([
    ['Failed changes %', 'failed-changes'],
    ['  Mean time to restore (minutes) ', 'mean-time-to-restore-minutes'],
    ['Délai de résolution', 'delai-de-resolution'],
    ['%%%', 'kpi'],
  ])('%s → %s', (name, id) => {
    expect(kpiIdFor(name)).toBe(id);
  });

  it('keeps given ids and makes new ones unique', () => {
    expect(
      withKpiIds([
        { name: 'Failed changes' },
        { name: 'Failed changes', id: 'failed-changes-2' },
        { name: 'Failed changes' },
      ]).map(k => k.id),
    ).toEqual(['failed-changes', 'failed-changes-2', 'failed-changes-3']);
  });
});

describe('a KPI reading', () => {
  it.each([
    [{ on: '2026-12-01', value: 7.5 }, true],
    [{ on: '2026-12-01', value: -3 }, true],
    [{ on: '2026-02-30', value: 1 }, false],
    [{ on: '2026-12-01', value: Number.POSITIVE_INFINITY }, false],
    [{ on: '2026-12-01', value: null }, false],
    [{ on: '2026-12-01', value: 2e12 }, false],
  ])('%j valid: %s', (reading, valid) => {
    expect(kpiReadingCreateSchema.safeParse(reading).success).toBe(valid);
  });
});
