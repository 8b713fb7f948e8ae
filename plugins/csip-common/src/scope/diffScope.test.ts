import { diffScope } from './diffScope';

const base = {
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
    {
      process: 'release',
      baselineLevel: 1,
      targetLevel: 2,
      targetDate: '2027-09-30',
    },
  ],
  objectives: ['Halve failed changes'],
  outOfScope: ['Incidents'],
  milestones: [{ title: 'Baseline', date: '2027-01-31' }],
  resources: { coachDays: 10, budget: 20000, notes: '' },
  assumptions: ['Owners named'],
  approvers: [],
};

describe('diffScope', () => {
  it('reports nothing for identical versions', () => {
    expect(diffScope(base, base)).toEqual([]);
  });

  it('describes every kind of change in words', () => {
    const next = {
      ...base,
      processes: [
        {
          process: 'change',
          baselineLevel: 1,
          targetLevel: 4,
          targetDate: '2027-12-31',
        },
        {
          process: 'configuration',
          baselineLevel: 0,
          targetLevel: 2,
          targetDate: '2027-09-30',
        },
      ],
      objectives: ['Halve failed changes', 'No unauthorised changes'],
      outOfScope: [],
      resources: { coachDays: 15, budget: 20000, notes: '' },
      approvers: ['user:default/priya'],
    };
    expect(diffScope(base, next).map(c => c.text)).toEqual([
      'Process change: target level 3 → 4, target date 2027-06-30 → 2027-12-31',
      'Process added: configuration, level 0 → 2 by 2027-09-30',
      'Process removed: release',
      'Objective added: No unauthorised changes',
      'Out of scope removed: Incidents',
      'Resources: coach days 10 → 15',
      'Approver added: user:default/priya',
    ]);
  });

  it('treats every part of a first version as added', () => {
    const changes = diffScope(undefined, base);
    expect(changes.every(c => c.kind === 'added')).toBe(true);
    expect(changes).toHaveLength(7);
  });

  it('reports KPIs added, changed and removed, matched by id', () => {
    const kpi = {
      id: 'failed-changes',
      objective: 'Halve failed changes',
      name: 'Failed changes',
      unit: '%',
      baseline: 12,
      target: 6,
      direction: 'down' as const,
    };
    const withKpi = { ...base, kpis: [kpi] };
    expect(diffScope(base, withKpi).map(c => c.text)).toEqual([
      'KPI added: Failed changes (%) 12 → 6, lower is better, for “Halve failed changes”',
    ]);
    const retargeted = {
      ...base,
      kpis: [
        { ...kpi, name: 'Failed changes rate', target: 5 },
        { ...kpi, id: 'emergency', name: 'Emergency changes', unit: '' },
      ],
    };
    expect(diffScope(withKpi, retargeted).map(c => [c.kind, c.text])).toEqual([
      [
        'changed',
        'KPI Failed changes: Failed changes rate (%) 12 → 5, lower is better, for “Halve failed changes”',
      ],
      [
        'added',
        'KPI added: Emergency changes 12 → 6, lower is better, for “Halve failed changes”',
      ],
    ]);
    expect(diffScope(retargeted, base).map(c => c.text)).toEqual([
      'KPI removed: Failed changes rate',
      'KPI removed: Emergency changes',
    ]);
    expect(diffScope(withKpi, { ...withKpi })).toEqual([]);
  });
});
